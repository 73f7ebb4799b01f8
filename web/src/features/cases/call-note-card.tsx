import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../../gql';
import { formatDateTime, formatPhone } from '../../lib/format';
import { useCasesT } from './cases.i18n';
import { CallNoteItemFragment } from './cases.operations';

type CallNoteCardProps = {
  note: FragmentType<typeof CallNoteItemFragment>;
  /** Shown on a candidate's page, where notes come from several cases. */
  inCase?: { id: string; reference: string; title: string };
};

/** One call: when, which way, with whom, who wrote it — and what was said, for those who may read it. */
export function CallNoteCard({ note: ref, inCase }: CallNoteCardProps) {
  const { t } = useCasesT();
  const note = getFragmentData(CallNoteItemFragment, ref);
  return (
    <Paper withBorder p="sm" radius="sm" component="article" aria-label={`${formatDateTime(note.occurredAt)} ${note.otherPartyName}`}>
      <Stack gap={6}>
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Group gap="xs">
            <Badge variant="outline" color="gray" tt="none" fw={500} c="dark">
              {t(`direction.${note.direction}`)}
            </Badge>
            <Text fw={600} size="sm">
              {note.otherPartyName}
              {note.otherPartyPhone ? ` · ${formatPhone(note.otherPartyPhone)}` : ''}
            </Text>
          </Group>
          <Text size="sm" c="dimmed">
            <time dateTime={note.occurredAt}>{formatDateTime(note.occurredAt)}</time> {t('notes.by', { name: note.author.fullName })}
          </Text>
        </Group>
        {inCase && (
          <Anchor component={Link} to={`/saker/${inCase.id}`} size="sm">
            {`${inCase.reference} · ${inCase.title}`}
          </Anchor>
        )}
        {note.body === undefined || note.body === null ? (
          <Text size="sm" c="dimmed" fs="italic">
            {t('notes.bodyHidden')}
          </Text>
        ) : (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {note.body}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
