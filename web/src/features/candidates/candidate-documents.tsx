import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, FileButton, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import { fileToBase64, formatBytes, maxUploadBytes } from '../../lib/files';
import { notifySuccess } from '../../lib/notify';
import { useCandidatesT } from './candidates.i18n';
import { UploadCandidateDocumentMutation } from './candidates.operations';

type Document = { id: string; version: number; fileName: string; byteSize: number; uploadedAt: string; downloadUrl: string };

/** CV documents: partners only (staff and auditors never see them, DOMAIN.md's role table). */
export function CandidateDocuments({ candidateId, documents }: { candidateId: string; documents: readonly Document[] }) {
  const { t } = useCandidatesT();
  const [upload, { loading }] = useMutation(UploadCandidateDocumentMutation, { refetchQueries: ['Candidate'] });
  const [error, setError] = useState<string | null>(null);

  async function send(file: File | null) {
    if (!file) return;
    setError(null);
    if (file.size > maxUploadBytes) {
      setError(t('detail.uploadTooBig'));
      return;
    }
    try {
      await upload({ variables: { input: { candidateId, fileName: file.name, contentBase64: await fileToBase64(file) } } });
      notifySuccess(t('detail.uploaded_done'));
    } catch (failure) {
      const problem = describeError(failure);
      setError(problem.code === 'BAD_USER_INPUT' ? t('detail.uploadRefused') : problem.message);
    }
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="candidate-documents-title">
      <Group justify="space-between">
        <Title order={2} size="h4" id="candidate-documents-title">
          {t('detail.documents')}
        </Title>
        <FileButton onChange={(file) => void send(file)} accept="application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,.pdf,.docx">
          {(props) => (
            <Button {...props} variant="default" loading={loading}>
              {t('detail.upload')}
            </Button>
          )}
        </FileButton>
      </Group>
      {error && (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      )}
      <Paper withBorder p="sm">
        {documents.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('detail.noDocuments')}
          </Text>
        ) : (
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
            {documents.map((doc) => (
              <Group key={doc.id} component="li" justify="space-between" gap="xs">
                <div>
                  <Text size="sm" fw={500}>
                    {doc.fileName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('detail.version', { version: doc.version })} · {formatBytes(doc.byteSize)} · {t('detail.uploaded', { date: formatDateTime(doc.uploadedAt) })}
                  </Text>
                </div>
                <Anchor href={doc.downloadUrl} download={doc.fileName} size="sm" aria-label={t('detail.download', { name: doc.fileName })}>
                  {t('state.download', { ns: 'common' })}
                </Anchor>
              </Group>
            ))}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
