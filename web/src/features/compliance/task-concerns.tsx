import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useComplianceT } from './compliance.i18n';
import type { ComplianceTaskItem } from './compliance.operations';
import { complianceNb } from './locales/nb';

/** Whose mailbox or departure, which agreement, or the privacy statement. */
export function TaskConcerns({ task }: { task: ComplianceTaskItem }) {
  const { t } = useComplianceT();
  if (task.agreement) {
    return (
      <Text size="sm">
        <Anchor component={Link} to={`/behandlere/${task.agreement.processor.id}`} size="sm">
          {task.agreement.processor.name}
        </Anchor>{' '}
        <Text span size="sm" c="dimmed">
          ({t(`agreementKind.${task.agreement.kind}`)})
        </Text>
      </Text>
    );
  }
  if (task.user) return <Text size="sm">{task.user.fullName}</Text>;
  return <Text size="sm">{task.kind === 'privacy_statement_review' ? t('statement') : '–'}</Text>;
}

/** The task as one line, for a dialog title or a button's name. */
export function useTaskTitle() {
  const { t } = useComplianceT();
  return (task: ComplianceTaskItem) => {
    const who = task.agreement ? task.agreement.processor.name : task.user?.fullName;
    return who ? `${t(`kind.${task.kind}`)} – ${who}` : t(`kind.${task.kind}`);
  };
}

type ChecklistKey = keyof typeof complianceNb.checklistItem;
const isKnownItem = (key: string): key is ChecklistKey => Object.hasOwn(complianceNb.checklistItem, key);

/** A checklist item in the chosen language; an item this release does not know keeps the API's own (Norwegian) label. */
export function useChecklistLabel() {
  const { t } = useComplianceT();
  return (item: { key: string; label: string }) => (isKnownItem(item.key) ? t(`checklistItem.${item.key}`) : item.label);
}
