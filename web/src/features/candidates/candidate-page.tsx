import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router';
import { getFragmentData } from '../../gql';
import { BackLink } from '../../lib/back-link';
import { Fact } from '../../lib/fact';
import { FactGrid, FactsSection } from '../../lib/facts-section';
import { formatDateTime, formatPhone } from '../../lib/format';
import { PageHeader } from '../../lib/page-header';
import { QueryState } from '../../lib/query-state';
import { useAbilities } from '../auth/use-session-user';
import { CallNoteCard } from '../cases/call-note-card';
import { useOpenCallNote } from '../cases/call-note-launcher';
import { PersonConsents } from '../consents/person-consents';
import { CandidateDocuments } from './candidate-documents';
import { CandidateShares } from './candidate-shares';
import { statusColors } from './candidate-vocabulary';
import { useCandidatesT } from './candidates.i18n';
import { CandidateProfileFragment, CandidateQuery } from './candidates.operations';

const CandidateFormDialog = lazy(() => import('./candidate-form-dialog'));

export default function CandidatePage() {
  const { t } = useCandidatesT();
  const { id = '' } = useParams();
  const abilities = useAbilities();
  const openCallNote = useOpenCallNote();
  const [editing, setEditing] = useState(false);
  // CVs are for partners and note text is not for auditors: what a role may not read is not asked for.
  const { data, error, refetch } = useQuery(CandidateQuery, {
    variables: { id, withDocuments: abilities.readCvDocuments, withBodies: abilities.readNoteBodies, withShares: abilities.readShares },
  });

  const back = <BackLink to="/kandidater" label={t('detail.back')} />;
  if (!data) return <QueryState error={error} errorTitle={t('detail.loadFailed')} loadingLabel={t('detail.loading')} onRetry={refetch} back={back} />;

  const candidate = data.candidate;
  const profile = getFragmentData(CandidateProfileFragment, candidate);
  return (
    <Stack gap="lg">
      {back}
      <PageHeader
        title={profile.fullName}
        actions={
          abilities.manage && (
            <>
              {/* Access, export and erasure are for partners, as in the API. */}
              {abilities.role === 'partner' && (
                <Button component={Link} to={`/personer?candidateId=${candidate.id}`} variant="default">
                  {t('detail.accessAndErasure')}
                </Button>
              )}
              <Button onClick={() => setEditing(true)}>{t('detail.edit')}</Button>
            </>
          )
        }
      >
        <Group gap="sm">
          <Badge variant="dot" color={statusColors[profile.status]} tt="none" fw={500}>
            {t(`status.${profile.status}`)}
          </Badge>
          <Text size="sm" c="dimmed">
            {t(`source.${profile.source}`)}
          </Text>
        </Group>
      </PageHeader>

      <FactsSection titleId="candidate-profile-title" title={t('detail.profile')}>
        <FactGrid>
          <Fact label={t('form.email')} value={profile.email ?? '–'} />
          <Fact label={t('form.phone')} value={profile.phone ? formatPhone(profile.phone) : '–'} />
          <Fact label={t('form.location')} value={profile.location ?? '–'} />
          <Fact label={t('detail.created')} value={formatDateTime(profile.createdAt)} />
          <Fact label={t('detail.updated')} value={formatDateTime(profile.updatedAt)} />
          <Fact label={t('columns.lastActivity')} value={formatDateTime(profile.lastActivityAt)} />
        </FactGrid>
        <Stack gap={4} mt="md">
          <Text size="xs" c="dimmed" fw={500}>
            {t('form.skills')}
          </Text>
          {profile.skills.length === 0 ? (
            <Text size="sm">{t('detail.noSkills')}</Text>
          ) : (
            <Group gap={6}>
              {profile.skills.map((skill) => (
                <Badge key={skill} variant="outline" color="gray" c="dark" tt="none" fw={500}>
                  {skill}
                </Badge>
              ))}
            </Group>
          )}
          <Text size="xs" c="dimmed" fw={500} mt="sm">
            {t('form.summary')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {profile.summary ?? t('detail.noSummary')}
          </Text>
        </Stack>
      </FactsSection>

      {abilities.readCvDocuments && candidate.documents && <CandidateDocuments candidateId={candidate.id} documents={candidate.documents} />}

      {abilities.readShares && candidate.shares && (
        <CandidateShares candidateId={candidate.id} shares={candidate.shares} documents={candidate.documents ?? []} canShare={abilities.manage} />
      )}

      <Stack gap="sm" component="section" aria-labelledby="candidate-consents-title">
        <Title order={2} size="h3" id="candidate-consents-title">
          {t('detail.consents')}
        </Title>
        <PersonConsents subject={{ type: 'candidate', id: candidate.id, label: profile.fullName }} />
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="candidate-notes-title">
        <Group justify="space-between">
          <Title order={2} size="h3" id="candidate-notes-title">
            {t('detail.callNotes')}
          </Title>
          {openCallNote && (
            <Button variant="light" onClick={() => openCallNote({ candidate: { id: candidate.id, label: profile.fullName } })}>
              {t('detail.logNote')}
            </Button>
          )}
        </Group>
        {candidate.callNotes.length === 0 ? (
          <Text c="dimmed">{t('detail.noCallNotes')}</Text>
        ) : (
          candidate.callNotes.map((note) => <CallNoteCard key={note.id} note={note} inCase={note.case} />)
        )}
      </Stack>

      {editing && (
        <Suspense fallback={null}>
          <CandidateFormDialog candidate={profile} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
        </Suspense>
      )}
    </Stack>
  );
}
