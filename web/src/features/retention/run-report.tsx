import { Alert, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { RetentionRunMode, RetentionRunReportFragment, RetentionRunStatus } from '../../gql/graphql';
import { useDurationText, useKeepHoursText } from './duration-text';
import { useRetentionT } from './retention.i18n';

/** Only inactive candidates are warned before deletion; other lines have no warning counts. */
const hasWarnings = (line: { warningsDue?: number | null; warned?: number | null; warningsCleared?: number | null }) =>
  [line.warningsDue, line.warned, line.warningsCleared].some((n) => typeof n === 'number');

type Props = { report: RetentionRunReportFragment; mode: RetentionRunMode; status: RetentionRunStatus; headingLevel?: 2 | 3 | 4 };

/** What a run found and did per rule and per housekeeping step: counts and record ids, never names. */
export function RunReport({ report, mode, status, headingLevel = 2 }: Props) {
  const { t } = useRetentionT();
  const durationText = useDurationText();
  const keepHoursText = useKeepHoursText();
  const noteText = (note: string) => (note === 'no_records_held' ? t('report.note.no_records_held') : t('report.noteOther', { note }));
  return (
    <Stack gap="sm">
      {status === 'failed' && (
        <Alert color="red" variant="light" role="alert" title={t('report.failure')}>
          {t('report.failureText', { kind: report.failure ?? '–' })}
        </Alert>
      )}
      {status === 'interrupted' && (
        <Alert color="orange" variant="light">
          {t('report.interruptedText')}
        </Alert>
      )}
      <Title order={headingLevel} size="h4">
        {t('report.lines')}
      </Title>
      {mode === 'dry_run' && (
        <Text size="sm" c="dimmed">
          {t('report.dryRunApplied')}
        </Text>
      )}
      {report.rules.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('report.noLines')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table striped verticalSpacing="xs" aria-label={t('report.lines')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('rules.category')}</Table.Th>
                <Table.Th scope="col">{t('action.label')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('report.due')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('report.applied')}
                </Table.Th>
                <Table.Th scope="col">{t('report.examples')}</Table.Th>
                <Table.Th scope="col">{t('report.warnings')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.rules.map((line) => (
                <Table.Tr key={line.ruleId} data-category={line.category}>
                  <Table.Th scope="row" style={{ verticalAlign: 'top' }}>
                    <Text size="sm" fw={600}>
                      {t(`category.${line.category}`)}
                    </Text>
                    {line.note && (
                      <Text size="xs" c="dimmed" fw={400} maw={280}>
                        {noteText(line.note)}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    {t(`action.${line.action}`)}
                    <Text size="xs" c="dimmed">
                      {durationText(line.durationMonths)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" style={{ verticalAlign: 'top' }} data-due>
                    {line.due}
                  </Table.Td>
                  <Table.Td ta="right" style={{ verticalAlign: 'top' }} data-applied>
                    {line.applied}
                    {mode === 'apply' && line.applied > 0 && (
                      <Text size="xs" c="dimmed">
                        {line.action === 'anonymise' ? t('report.appliedAnonymise') : t('report.appliedDelete')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    {line.exampleIds.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('report.noExamples')}
                      </Text>
                    ) : (
                      <Group gap={4} maw={300}>
                        {line.exampleIds.map((id) => (
                          <Code key={id} fz="xs">
                            {id}
                          </Code>
                        ))}
                      </Group>
                    )}
                  </Table.Td>
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    {!hasWarnings(line) ? (
                      '–'
                    ) : (
                      <Stack gap={0}>
                        {typeof line.warningsDue === 'number' && <Text size="xs">{t('report.warningsDue', { count: line.warningsDue })}</Text>}
                        {typeof line.warned === 'number' && <Text size="xs">{t('report.warned', { count: line.warned })}</Text>}
                        {typeof line.warningsCleared === 'number' && <Text size="xs">{t('report.warningsCleared', { count: line.warningsCleared })}</Text>}
                      </Stack>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="sm">
        <Text span fw={600}>
          {t('report.disabled')}:
        </Text>{' '}
        {report.disabledCategories.length ? report.disabledCategories.map((category) => t(`category.${category}`)).join(', ') : t('report.noneDisabled')}
      </Text>
      {report.housekeeping.length > 0 && (
        <>
          <Title order={headingLevel} size="h4" mt="sm">
            {t('report.housekeeping')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('report.housekeepingIntro')}
          </Text>
          <Table.ScrollContainer minWidth={560}>
            <Table striped verticalSpacing="xs" aria-label={t('report.housekeeping')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('report.housekeepingStep')}</Table.Th>
                  <Table.Th scope="col">{t('report.keptFor')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('report.due')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('report.appliedDelete')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.housekeeping.map((line) => (
                  <Table.Tr key={line.task} data-task={line.task}>
                    <Table.Th scope="row" fw={600}>
                      {t(`report.task.${line.task}`)}
                    </Table.Th>
                    <Table.Td>{keepHoursText(line.keepHours)}</Table.Td>
                    <Table.Td ta="right" data-due>
                      {line.due}
                    </Table.Td>
                    <Table.Td ta="right" data-applied>
                      {line.applied}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
