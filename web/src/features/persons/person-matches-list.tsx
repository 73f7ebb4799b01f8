import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../lib/format';
import { choiceFor, groupMatches, linkFor, readLabel, type PersonMatch } from './person-matches';
import { usePersonsT } from './persons.i18n';
import type { SubjectChoice } from './subject-params';

type Props = { matches: readonly PersonMatch[]; onChoose: (choice: SubjectChoice) => void };

/** Everything the search found, one section per area, each record with what matched. */
export function PersonMatchesList({ matches, onChoose }: Props) {
  const { t } = usePersonsT();
  return (
    <Stack gap="lg">
      {groupMatches(matches).map(({ area, matches: inArea }) => (
        <Stack key={area} gap="xs" component="section" aria-labelledby={`person-area-${area}`}>
          <Group gap="xs">
            <Title order={2} size="h4" id={`person-area-${area}`}>
              {t(`area.${area}`)}
            </Title>
            <Badge variant="light" color="gray" aria-label={t('search.found', { count: inArea.length })}>
              {inArea.length}
            </Badge>
          </Group>
          <Paper withBorder>
            <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
              {inArea.map((match, index) => (
                <MatchRow key={match.recordId} match={match} all={matches} first={index === 0} onChoose={onChoose} />
              ))}
            </Stack>
          </Paper>
        </Stack>
      ))}
    </Stack>
  );
}

function MatchRow({ match, all, first, onChoose }: { match: PersonMatch; all: readonly PersonMatch[]; first: boolean; onChoose: (choice: SubjectChoice) => void }) {
  const { t } = usePersonsT();
  const label = useMatchLabel(match);
  const link = linkFor(match);
  const choice = choiceFor(match, all);
  return (
    <Group component="li" justify="space-between" gap="sm" px="md" py="xs" wrap="nowrap" style={first ? undefined : { borderTop: '1px solid var(--mantine-color-default-border)' }}>
      <div style={{ minWidth: 0 }}>
        {link ? (
          <Anchor component={Link} to={link} fw={500} size="sm">
            {label}
          </Anchor>
        ) : (
          <Text size="sm" fw={500}>
            {label}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t(`matchedBy.${match.matchedBy}`)}
        </Text>
      </div>
      {choice && (
        <Button
          variant="light"
          size="xs"
          style={{ flexShrink: 0 }}
          onClick={() => onChoose(choice)}
          aria-label={t('chooseLabel', { label: choice.label ?? label })}
        >
          {t('choose')}
        </Button>
      )}
    </Group>
  );
}

/** The API's label in words: codes translated, dates the Norwegian way. */
function useMatchLabel(match: PersonMatch): string {
  const { t } = usePersonsT();
  const label = readLabel(match);
  switch (label.kind) {
    case 'consent':
      return t('label.consent', {
        purpose: t(`purpose.${label.purpose}` as 'purpose.newsletter', { ns: 'common', defaultValue: label.purpose }),
        action: t(`consentAction.${label.action}` as 'consentAction.granted', { ns: 'common', defaultValue: label.action }).toLocaleLowerCase(),
        date: formatCalendarDate(label.date),
      });
    case 'callNote':
      return t('label.callNote', { reference: label.reference, date: formatCalendarDate(label.date) });
    case 'subscriber':
      return t('label.subscriber', { status: t(`subscriberStatus.${label.status}` as 'subscriberStatus.active', { defaultValue: label.status }) });
    case 'inquiry':
      return t('label.inquiry', { date: formatCalendarDate(label.date) });
    case 'request':
      return t('label.request', { kind: t(`requestKind.${label.requestKind}` as 'requestKind.access', { defaultValue: label.requestKind }), date: formatCalendarDate(label.date) });
    case 'text':
      return label.text;
  }
}
