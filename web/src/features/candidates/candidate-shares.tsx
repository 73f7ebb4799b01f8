import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { useCandidatesT } from './candidates.i18n';

const ShareDialog = lazy(() => import('./share-candidate-dialog'));

type Share = { id: string; recipient: string; sharedAt: string; documentVersion?: string | null; case: { id: string; reference: string; title: string }; sharedBy: { fullName: string } };
type Document = { id: string; version: number; fileName: string };

/** Where the candidate was sent (partners and auditors); partners record a new share, which the API allows only with consent for that case. */
export function CandidateShares({ candidateId, shares, documents, canShare }: { candidateId: string; shares: readonly Share[]; documents: readonly Document[]; canShare: boolean }) {
  const { t } = useCandidatesT();
  const [sharing, setSharing] = useState(false);
  return (
    <Stack gap="sm" component="section" aria-labelledby="candidate-shares-title">
      <Group justify="space-between">
        <Title order={2} size="h4" id="candidate-shares-title">
          {t('detail.shares')}
        </Title>
        {canShare && (
          <Button variant="default" onClick={() => setSharing(true)}>
            {t('detail.share')}
          </Button>
        )}
      </Group>
      <Paper withBorder p="sm">
        {shares.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('detail.noShares')}
          </Text>
        ) : (
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
            {shares.map((share) => (
              <li key={share.id}>
                <Text size="sm" fw={500}>
                  {share.recipient} ·{' '}
                  <Anchor component={Link} to={`/saker/${share.case.id}`} size="sm">
                    {share.case.reference} {share.case.title}
                  </Anchor>
                </Text>
                <Text size="xs" c="dimmed">
                  {t('detail.sharedBy', { date: formatDateTime(share.sharedAt), name: share.sharedBy.fullName })} ·{' '}
                  {share.documentVersion ? t('detail.sharedCv', { version: share.documentVersion }) : t('detail.profileOnly')}
                </Text>
              </li>
            ))}
          </Stack>
        )}
      </Paper>
      {sharing && (
        <Suspense fallback={null}>
          <ShareDialog candidateId={candidateId} documents={documents} onClose={() => setSharing(false)} />
        </Suspense>
      )}
    </Stack>
  );
}
