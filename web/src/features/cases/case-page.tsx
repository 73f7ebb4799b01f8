import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { BackLink } from '../../lib/back-link';
import { ConfirmAction } from '../../lib/confirm-action';
import { Fact } from '../../lib/fact';
import { formatDate } from '../../lib/format';
import { LoadMore } from '../../lib/load-more';
import { notifySuccess } from '../../lib/notify';
import { PageHeader } from '../../lib/page-header';
import { QueryState } from '../../lib/query-state';
import { useAbilities } from '../auth/use-session-user';
import { CallNoteCard } from './call-note-card';
import { useOpenCallNote } from './call-note-launcher';
import { CaseMembers } from './case-members';
import { CaseStatusBadge } from './case-status-badge';
import { useCasesT } from './cases.i18n';
import { CaseQuery, CloseCaseMutation, ReopenCaseMutation } from './cases.operations';

export default function CasePage() {
  const { t } = useCasesT();
  const { id = '' } = useParams();
  const abilities = useAbilities();
  const openCallNote = useOpenCallNote();
  // Auditors never read note text: the API refuses it, so it is not asked for.
  const { data, error, refetch, fetchMore } = useQuery(CaseQuery, { variables: { id, withBodies: abilities.readNoteBodies } });
  const [closeCase] = useMutation(CloseCaseMutation);
  const [reopenCase] = useMutation(ReopenCaseMutation);

  const back = <BackLink to="/saker" label={t('detail.back')} />;
  if (!data) return <QueryState error={error} errorTitle={t('detail.loadFailed')} loadingLabel={t('detail.loading')} onRetry={refetch} back={back} />;

  const c = data.case;
  const label = `${c.reference} · ${c.title}`;
  const statusAction = abilities.manage && (
    <ConfirmAction
      label={c.status === 'open' ? t('detail.close') : t('detail.reopen')}
      title={c.status === 'open' ? t('detail.closeTitle') : t('detail.reopenTitle')}
      text={c.status === 'open' ? t('detail.closeText') : t('detail.reopenText')}
      confirmLabel={c.status === 'open' ? t('detail.close') : t('detail.reopen')}
      danger={c.status === 'open'}
      onConfirm={async () => {
        if (c.status === 'open') await closeCase({ variables: { id: c.id } });
        else await reopenCase({ variables: { id: c.id } });
        notifySuccess(c.status === 'open' ? t('detail.closedDone') : t('detail.reopenedDone'));
      }}
    />
  );

  return (
    <Stack gap="lg">
      {back}
      <PageHeader title={c.title} documentTitle={label} actions={statusAction}>
        <Group gap="sm">
          <Text c="dimmed">{c.reference}</Text>
          <CaseStatusBadge status={c.status} />
        </Group>
      </PageHeader>

      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md" component="dl" m={0}>
          <Fact label={t('detail.client')} value={c.clientName} />
          <Fact label={t('detail.responsible')} value={c.responsiblePartner.fullName} />
          <Fact label={t('detail.opened')} value={formatDate(c.openedAt)} />
          <Fact label={t('detail.closed')} value={c.closedAt ? formatDate(c.closedAt) : '–'} />
        </SimpleGrid>
      </Paper>

      <CaseMembers caseId={c.id} members={c.members} canManage={abilities.manage} />

      <Stack gap="sm" component="section" aria-labelledby="case-notes-title">
        <Group justify="space-between">
          <Title order={2} size="h3" id="case-notes-title">
            {t('notes.title')} <Text span c="dimmed" size="sm">({t('notes.count', { count: c.callNotes.totalCount })})</Text>
          </Title>
          {openCallNote && c.status === 'open' && (
            <Button variant="light" onClick={() => openCallNote({ case: { id: c.id, label } })}>
              {t('notes.new')}
            </Button>
          )}
        </Group>
        {c.callNotes.nodes.length === 0 ? (
          <Text c="dimmed">{t('notes.empty')}</Text>
        ) : (
          c.callNotes.nodes.map((note) => <CallNoteCard key={note.id} note={note} />)
        )}
        <LoadMore
          hasNextPage={c.callNotes.pageInfo.hasNextPage}
          endCursor={c.callNotes.pageInfo.endCursor}
          fetchMore={(after) => fetchMore({ variables: { notesAfter: after } })}
        />
      </Stack>
    </Stack>
  );
}
