import { Button, Group, Paper, SegmentedControl, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../lib/page-header';
import { LazyCandidatePicker } from '../candidates/lazy-candidate-picker';
import { subjectFromUrl, subjectUrl, type ConsentSubject } from './consent-subject';
import { useConsentsT } from './consents.i18n';
import { PersonConsents } from './person-consents';
import { RecentEvents } from './recent-events';

/** Consent review: the latest events across everyone, or one person's history and state. */
export default function ConsentsPage() {
  const { t } = useConsentsT();
  const [url, setUrl] = useSearchParams();
  const subject = subjectFromUrl(url);
  const tab = subject || url.get('visning') === 'person' ? 'person' : 'recent';

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')}>
        <Text c="dimmed" size="sm">
          {t('intro')}
        </Text>
      </PageHeader>
      <Tabs value={tab} onChange={(value) => setUrl(value === 'person' ? { visning: 'person' } : {})} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="recent">{t('tabs.recent')}</Tabs.Tab>
          <Tabs.Tab value="person">{t('tabs.person')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="recent" pt="md">
          <RecentEvents />
        </Tabs.Panel>
        <Tabs.Panel value="person" pt="md">
          <Stack gap="lg">
            <SubjectChooser current={subject} onChoose={(next) => setUrl(new URL(subjectUrl(next), window.location.origin).searchParams)} />
            {subject ? <PersonConsents key={`${subject.type}:${subject.id}`} subject={subject} /> : <Text c="dimmed">{t('subject.choose')}</Text>}
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function SubjectChooser({ current, onChoose }: { current: ConsentSubject | null; onChoose: (subject: ConsentSubject) => void }) {
  const { t } = useConsentsT();
  const [type, setType] = useState<'candidate' | 'person'>(current?.type === 'person' ? 'person' : 'candidate');
  const [email, setEmail] = useState(current?.type === 'person' ? current.id : '');
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Stack gap={4}>
          <Text component="span" size="sm" fw={500} id="consent-subject-type">
            {t('subject.type')}
          </Text>
          <SegmentedControl
            aria-labelledby="consent-subject-type"
            value={type}
            onChange={(value) => setType(value as 'candidate' | 'person')}
            data={[
              { value: 'candidate', label: t('subject.candidate') },
              { value: 'person', label: t('subject.person') },
            ]}
            w="fit-content"
          />
        </Stack>
        {type === 'candidate' ? (
          <LazyCandidatePicker
            label={t('subject.pickCandidate')}
            placeholder={t('subject.pickCandidatePlaceholder')}
            nothingFound={t('subject.noCandidates')}
            value={current?.type === 'candidate' ? { id: current.id, label: current.label ?? '' } : null}
            onChange={(picked) => picked && onChoose({ type: 'candidate', id: picked.id, label: picked.label })}
            w={420}
          />
        ) : (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (email.trim()) onChoose({ type: 'person', id: email.trim().toLowerCase() });
            }}
          >
            <Group align="flex-end" gap="sm">
              <TextInput label={t('subject.email')} type="email" value={email} onChange={(event) => setEmail(event.currentTarget.value)} w={320} />
              <Button type="submit" variant="default">
                {t('subject.show')}
              </Button>
            </Group>
          </form>
        )}
        {current?.type === 'subscriber' && <Text size="sm">{t('subject.subscriberId', { id: current.id })}</Text>}
      </Stack>
    </Paper>
  );
}
