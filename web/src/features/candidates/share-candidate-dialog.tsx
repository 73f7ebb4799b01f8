import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { AppModal } from '../../lib/app-modal';
import { describeError } from '../../lib/graphql-errors';
import { notifySuccess } from '../../lib/notify';
import type { PickedCase } from '../cases/case-picker';
import { LazyCasePicker } from '../cases/lazy-case-picker';
import { useCandidatesT } from './candidates.i18n';
import { ShareCandidateMutation } from './candidates.operations';

type Document = { id: string; version: number; fileName: string };

/** Records a share; the API refuses it (CONFLICT) unless the candidate consented to sharing in that case. */
export default function ShareDialog({ candidateId, documents, onClose }: { candidateId: string; documents: readonly Document[]; onClose: () => void }) {
  const { t } = useCandidatesT();
  const [picked, setPicked] = useState<PickedCase | null>(null);
  const [recipient, setRecipient] = useState('');
  const [documentId, setDocumentId] = useState(documents[0]?.id ?? '');
  const [problem, setProblem] = useState<{ field?: string; message: string } | null>(null);
  const [share, { loading }] = useMutation(ShareCandidateMutation, { refetchQueries: ['Candidate'] });

  async function submit() {
    if (!picked) return setProblem({ field: 'caseId', message: t('detail.caseMissing') });
    if (!recipient.trim()) return setProblem({ field: 'recipient', message: t('detail.recipientMissing') });
    setProblem(null);
    try {
      await share({ variables: { input: { candidateId, caseId: picked.id, recipient: recipient.trim(), documentId: documentId || null } } });
      notifySuccess(t('detail.shareDone'));
      onClose();
    } catch (error) {
      const info = describeError(error);
      // CONFLICT on the case is either the missing consent (reason NO_CONSENT) or a closed case.
      const noConsent = CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.reason === 'NO_CONSENT');
      const closedCase = info.code === 'CONFLICT' && info.field === 'caseId';
      setProblem({ message: noConsent ? t('detail.shareNoConsent') : closedCase ? t('detail.shareCaseClosed') : info.message });
    }
  }

  return (
    <AppModal onClose={onClose} title={t('detail.shareTitle')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        noValidate
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('detail.shareIntro')}
          </Text>
          {problem && !problem.field && (
            <Alert color="red" variant="light" role="alert">
              {problem.message}
            </Alert>
          )}
          <LazyCasePicker label={t('detail.shareCase')} required value={picked} onChange={setPicked} error={problem?.field === 'caseId' ? problem.message : undefined} />
          <TextInput
            label={t('detail.shareRecipient')}
            required
            value={recipient}
            onChange={(event) => setRecipient(event.currentTarget.value)}
            error={problem?.field === 'recipient' ? problem.message : undefined}
          />
          <NativeSelect
            label={t('detail.shareDocument')}
            value={documentId}
            onChange={(event) => setDocumentId(event.currentTarget.value)}
            data={[...documents.map((d) => ({ value: d.id, label: `${d.fileName} (${t('detail.version', { version: d.version })})` })), { value: '', label: t('detail.profileOnly') }]}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('state.cancel', { ns: 'common' })}
            </Button>
            <Button type="submit" loading={loading}>
              {t('detail.share')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
