import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Fact } from '../../lib/fact';
import { describeError } from '../../lib/graphql-errors';
import { notifySuccess } from '../../lib/notify';
import { PageError } from '../../lib/page-error';
import { PageLoader } from '../../lib/page-state';
import type { ErasureOutcome } from './erasure-dialog';
import { ErasureResult } from './erasure-result';
import { SubjectExportSummaryQuery } from './persons.operations';
import { usePersonsT } from './persons.i18n';
import { toSubjectInput, type SubjectChoice } from './subject-params';

const ErasureDialog = lazy(() => import('./erasure-dialog'));

const countKeys = ['candidate', 'documents', 'consentEvents', 'shares', 'newsletter', 'callNotes', 'inquiries', 'requests', 'selfServiceLinks', 'emails', 'auditEntries'] as const;

/** One person's data: what an export holds (innsyn, dataportabilitet), and erasure. */
export function SubjectPanel({ choice, onClose }: { choice: SubjectChoice; onClose: () => void }) {
  const { t } = usePersonsT();
  const [erasing, setErasing] = useState(false);
  const [erased, setErased] = useState<ErasureOutcome | null>(null);
  const { subject, requestId } = choice;
  // Counts as they are now: every look is audited anyway, and an old answer could mislead.
  const { data, error, refetch } = useQuery(SubjectExportSummaryQuery, { variables: { subject: toSubjectInput(subject) }, fetchPolicy: 'network-only', skip: erased !== null });
  const summary = data?.subjectExportSummary;
  // Opened from a link, the choice has no name: the API's answer names the person, and the name stays after an erasure.
  const [knownName, setKnownName] = useState<string | null>(null);
  if (summary?.displayName && summary.displayName !== knownName) setKnownName(summary.displayName);
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Chosen from a list further down: bring the panel into view and move focus to it.
  useEffect(() => titleRef.current?.focus(), []);
  const candidateId = 'candidateId' in subject ? subject.candidateId : (summary?.candidateId ?? null);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="subject-title">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={2} size="h3" id="subject-title" ref={titleRef} tabIndex={-1}>
              {choice.label ?? knownName ?? t('subject.title')}
            </Title>
            <Group gap="xs">
              <Badge variant="light" tt="none" fw={500}>
                {'email' in subject ? t('subject.email') : 'subscriberId' in subject ? t('subject.subscriber') : t('subject.candidate')}
              </Badge>
              {'email' in subject && <Text size="sm">{subject.email}</Text>}
              {candidateId && !erased && (
                <Anchor component={Link} to={`/kandidater/${candidateId}`} size="sm">
                  {t('subject.openCandidate')}
                </Anchor>
              )}
            </Group>
            {requestId && (
              <Text size="sm" c="dimmed">
                {t('subject.request')}{' '}
                <Anchor component={Link} to={`/foresporsler/${requestId}`}>
                  {t('subject.openRequest')}
                </Anchor>
              </Text>
            )}
          </Stack>
          <Button variant="default" size="xs" onClick={onClose}>
            {t('subject.close')}
          </Button>
        </Group>

        {erased ? (
          <ErasureResult result={erased} />
        ) : error && !summary ? (
          describeError(error).code === 'NOT_FOUND' ? (
            <Alert color="yellow" variant="light" role="alert">
              {t('subject.notFound')}
            </Alert>
          ) : (
            <PageError title={t('subject.loadFailed')} message={describeError(error).message} onRetry={() => void refetch()} />
          )
        ) : !summary ? (
          <PageLoader label={t('subject.loading')} />
        ) : (
          <>
            <Stack gap="sm" component="section" aria-labelledby="subject-export-title">
              <Title order={3} size="h4" id="subject-export-title">
                {t('export.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {summary.total === 0 ? t('export.empty') : t('export.intro')}
              </Text>
              <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="sm" component="dl" m={0}>
                {countKeys.map((key) => (
                  <Fact key={key} label={t(`counts.${key}`)} value={summary.counts[key]} />
                ))}
              </SimpleGrid>
              <Text size="sm" fw={500}>
                {t('export.total', { count: summary.total })}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <Download href={summary.htmlUrl} label={t('export.readable')} hint={t('export.readableHint')} />
                <Download href={summary.jsonUrl} label={t('export.json')} hint={t('export.jsonHint')} />
              </SimpleGrid>
            </Stack>

            <Stack gap="sm" component="section" aria-labelledby="subject-erase-title">
              <Title order={3} size="h4" id="subject-erase-title">
                {t('erase.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('erase.intro')}
              </Text>
              <Group>
                <Button color="red.9" onClick={() => setErasing(true)}>
                  {t('erase.button')}
                </Button>
              </Group>
            </Stack>
          </>
        )}
      </Stack>

      {erasing && (
        <Suspense fallback={null}>
          <ErasureDialog
            subject={subject}
            requestId={requestId}
            onClose={() => setErasing(false)}
            onErased={(result) => {
              setErasing(false);
              setErased(result);
              notifySuccess(t('result.done'));
            }}
          />
        </Suspense>
      )}
    </Paper>
  );
}

/** A download as a link (the browser saves it), with what the file is for. */
function Download({ href, label, hint }: { href: string; label: string; hint: string }) {
  return (
    <Stack gap={4}>
      <Button component="a" href={href} download variant="light">
        {label}
      </Button>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Stack>
  );
}
