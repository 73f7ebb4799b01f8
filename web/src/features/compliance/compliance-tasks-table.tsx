import { Badge, Button, Table, Text } from '@mantine/core';
import { formatCalendarDate, formatDateTime } from '../../lib/format';
import { useComplianceT } from './compliance.i18n';
import type { ComplianceTaskItem } from './compliance.operations';
import { TaskConcerns, useTaskTitle } from './task-concerns';

type Props = { tasks: readonly ComplianceTaskItem[]; busy: boolean; onAttest?: (task: ComplianceTaskItem) => void };

export function ComplianceTasksTable({ tasks, busy, onAttest }: Props) {
  const { t } = useComplianceT();
  const taskTitle = useTaskTitle();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table aria-label={t('title')} striped highlightOnHover verticalSpacing="xs" aria-busy={busy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('columns.task')}</Table.Th>
            <Table.Th scope="col">{t('columns.concerns')}</Table.Th>
            <Table.Th scope="col">{t('columns.due')}</Table.Th>
            <Table.Th scope="col">{t('columns.attested')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((task) => (
            <Table.Tr key={task.id} data-kind={task.kind} data-attested={task.attestedAt ? true : undefined}>
              <Table.Th scope="row" fw={500}>
                {t(`kind.${task.kind}`)}
              </Table.Th>
              <Table.Td>
                <TaskConcerns task={task} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatCalendarDate(task.dueOn)}
                {task.overdue && (
                  <Badge ml="xs" variant="dot" color="red" tt="none" fw={700}>
                    {t('overdueBadge')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {task.attestedAt ? (
                  <Text size="sm">
                    {task.attestedBy
                      ? t('attestedBy', { date: formatDateTime(task.attestedAt), name: task.attestedBy.fullName })
                      : t('attestedAt', { date: formatDateTime(task.attestedAt) })}
                  </Text>
                ) : onAttest ? (
                  <Button size="xs" variant="light" onClick={() => onAttest(task)} aria-label={t('attestLabel', { task: taskTitle(task) })}>
                    {t('attest')}
                  </Button>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('open')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
