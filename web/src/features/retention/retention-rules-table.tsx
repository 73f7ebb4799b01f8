import { Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import type { RetentionRuleFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { useDurationText } from './duration-text';
import { useRetentionT } from './retention.i18n';

const labelStyles = { label: { overflow: 'visible' } } as const;

type Props = { rules: readonly RetentionRuleFieldsFragment[]; onEdit?: (rule: RetentionRuleFieldsFragment) => void };

/** One row per category: how long, from when, what then, and why. */
export function RetentionRulesTable({ rules, onEdit }: Props) {
  const { t } = useRetentionT();
  const durationText = useDurationText();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-labelledby="retention-rules-title" striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('rules.category')}</Table.Th>
            <Table.Th scope="col">{t('duration.label')}</Table.Th>
            <Table.Th scope="col">{t('countsFrom.label')}</Table.Th>
            <Table.Th scope="col">{t('action.label')}</Table.Th>
            <Table.Th scope="col">{t('rules.legalBasis')}</Table.Th>
            <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
              {t('rules.enabled')}
            </Table.Th>
            {onEdit && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('rules.edit')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rules.map((rule) => (
            <Table.Tr key={rule.id} data-category={rule.category}>
              <Table.Th scope="row" style={{ verticalAlign: 'top' }}>
                <Text size="sm" fw={600}>
                  {t(`category.${rule.category}`)}
                </Text>
                <Text size="xs" c="dimmed" fw={400} maw={320}>
                  {rule.description}
                </Text>
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }} data-duration>
                {durationText(rule.durationMonths)}
              </Table.Td>
              <Table.Td style={{ verticalAlign: 'top' }}>{t(`countsFrom.${rule.countsFrom}`)}</Table.Td>
              <Table.Td style={{ verticalAlign: 'top' }}>{t(`action.${rule.action}`)}</Table.Td>
              <Table.Td style={{ verticalAlign: 'top' }}>
                <Text size="xs" maw={320}>
                  {rule.legalBasis}
                </Text>
                <Text size="xs" c="dimmed" mt={4}>
                  {rule.updatedBy
                    ? t('rules.updated', { date: formatDateTime(rule.updatedAt), name: rule.updatedBy.fullName })
                    : t('rules.updatedBySystem', { date: formatDateTime(rule.updatedAt) })}
                </Text>
              </Table.Td>
              <Table.Td style={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>
                <Badge variant="dot" color={rule.enabled ? 'teal' : 'gray'} tt="none" fw={500} styles={labelStyles}>
                  {rule.enabled ? t('rules.on') : t('rules.off')}
                </Badge>
              </Table.Td>
              {onEdit && (
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <Button size="xs" variant="default" onClick={() => onEdit(rule)} aria-label={t('rules.editLabel', { category: t(`category.${rule.category}`) })}>
                    {t('rules.edit')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
