import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Code, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { describeError } from '../../lib/graphql-errors';
import { PageError } from '../../lib/page-error';
import { PageHeader } from '../../lib/page-header';
import { PageLoader } from '../../lib/page-state';
import { RegisterSections } from './register-sections';
import { useRegistersT } from './registers.i18n';
import { PrivacyStatementListsQuery } from './registers.operations';
import { publicListsPath, statementPreviewDocument } from './statement-preview';

export default function StatementListsPage() {
  const { t } = useRegistersT();
  const { data, error, refetch } = useQuery(PrivacyStatementListsQuery, { fetchPolicy: 'cache-and-network' });
  const lists = data?.privacyStatementLists;
  const preview = useMemo(() => (lists ? statementPreviewDocument(lists.html) : ''), [lists]);
  const publicUrl = new URL(publicListsPath, window.location.origin).href;

  return (
    <Stack gap="lg">
      <PageHeader title={t('statement.title')}>
        <Text c="dimmed" size="sm" maw={760}>
          {t('statement.intro')}{' '}
          <Anchor component={Link} to="/behandlere" size="sm" underline="always">
            {t('statement.processorsLink')}
          </Anchor>
        </Text>
      </PageHeader>
      <RegisterSections />
      <Text size="sm">
        {t('statement.publicNote')}{' '}
        <Anchor href={publicListsPath} target="_blank" rel="noopener" size="sm" underline="always">
          {publicUrl}
        </Anchor>{' '}
        {t('statement.publicNoteAfter')}
      </Text>
      {error && !data && <PageError title={t('statement.loadFailed')} message={describeError(error).message} onRetry={() => void refetch()} />}
      {!error && !lists && <PageLoader label={t('statement.loading')} />}
      {lists && (
        <>
          <Paper withBorder p="md" component="section" aria-labelledby="statement-preview-title">
            <Title order={2} size="h4" id="statement-preview-title" mb="sm">
              {t('statement.preview')}
            </Title>
            {/* Sandboxed without scripts or the app's origin: the lists never run inside the dashboard. */}
            <iframe
              title={t('statement.previewFrame')}
              srcDoc={preview}
              sandbox="allow-popups allow-popups-to-escape-sandbox"
              referrerPolicy="no-referrer"
              style={{ width: '100%', height: 480, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)', display: 'block' }}
            />
          </Paper>
          <Paper withBorder p="md" component="section" aria-labelledby="statement-markdown-title">
            <Group justify="space-between" align="flex-start" mb="sm">
              <Stack gap={2}>
                <Title order={2} size="h4" id="statement-markdown-title">
                  {t('statement.markdown')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('statement.markdownHint')}
                </Text>
              </Stack>
              <CopyButton value={lists.markdown}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="default" onClick={copy} aria-live="polite">
                    {copied ? t('statement.copied') : t('statement.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Code block style={{ whiteSpace: 'pre-wrap' }}>
              {lists.markdown}
            </Code>
          </Paper>
        </>
      )}
    </Stack>
  );
}
