import { useQuery } from '@apollo/client/react';
import { Button, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { describeError } from '../../lib/graphql-errors';
import { PageError } from '../../lib/page-error';
import { PageHeader } from '../../lib/page-header';
import { PageLoader } from '../../lib/page-state';
import { emailIn, isCapped } from './person-matches';
import { PersonMatchesList } from './person-matches-list';
import { PersonSearch } from './person-search';
import { FindPersonQuery } from './persons.operations';
import { usePersonsT } from './persons.i18n';
import { SubjectPanel } from './subject-panel';
import { paramsFor, sameSubject, stateFor, subjectFromLocation, type SubjectChoice } from './subject-params';

/** "Finn en person overalt": search every area, then give access, a portable copy, or erase. */
export default function PersonsPage() {
  const { t } = usePersonsT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { state } = useLocation();
  // Ids come in the URL; an email only in navigation state, so it never reaches an address.
  const fromLocation = useMemo(() => subjectFromLocation(params, state), [params, state]);
  // A name shown with the choice, when the person was chosen from the search.
  const [named, setNamed] = useState<SubjectChoice | null>(null);
  const [search, setSearch] = useState('');

  const chosen = fromLocation && { ...fromLocation, label: named && sameSubject(named.subject, fromLocation.subject) ? named.label : null };

  // Every search is asked anew: an erased person must not linger in a cached answer.
  const found = useQuery(FindPersonQuery, { variables: { query: search }, skip: !search, fetchPolicy: 'network-only', notifyOnNetworkStatusChange: true });
  const problem = found.error ? describeError(found.error) : null;
  const fieldError = problem?.code === 'BAD_USER_INPUT' ? t(/\d/.test(search) ? 'search.phoneTooShort' : 'search.tooShort') : null;

  function choose(choice: SubjectChoice) {
    setNamed(choice);
    void navigate({ search: paramsFor(choice).toString() }, { state: stateFor(choice) });
  }

  function close() {
    void navigate({ search: '' });
  }

  const matches = found.data?.findPerson ?? [];
  const email = emailIn(search);
  return (
    <Stack gap="lg">
      <PageHeader title={t('title')}>
        <Text c="dimmed" size="sm" maw={720}>
          {t('intro')}
        </Text>
      </PageHeader>

      <PersonSearch
        busy={found.loading}
        error={fieldError}
        onSearch={(query) => {
          if (query === search) void found.refetch();
          else setSearch(query);
        }}
      />

      {chosen && <SubjectPanel key={JSON.stringify(chosen.subject)} choice={chosen} onClose={close} />}

      {search && (
        <Stack gap="md" aria-live="polite">
          {found.loading ? (
            <PageLoader label={t('search.searching')} />
          ) : problem && !fieldError ? (
            <PageError title={t('search.failed')} message={problem.message} onRetry={() => void found.refetch()} />
          ) : fieldError ? null : matches.length === 0 ? (
            <Stack gap={4}>
              <Text fw={500}>{t('search.none', { query: search })}</Text>
              <Text size="sm" c="dimmed">
                {t('search.noneHint')}
              </Text>
            </Stack>
          ) : (
            <>
              <Text size="sm" role="status">
                {t('search.found', { count: matches.length })}
              </Text>
              {email && (
                <div>
                  <Button variant="default" onClick={() => choose({ subject: { email }, requestId: null, label: null })}>
                    {t('search.chooseEmail', { email })}
                  </Button>
                </div>
              )}
              <PersonMatchesList matches={matches} onChoose={choose} />
              {isCapped(matches) && (
                <Text size="sm" c="dimmed">
                  {t('search.capped')}
                </Text>
              )}
            </>
          )}
        </Stack>
      )}
    </Stack>
  );
}
