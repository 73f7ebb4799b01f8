import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import type { RequestFieldsFragment } from '../../gql/graphql';
import { ConfirmAction } from '../../lib/confirm-action';
import { notifySuccess } from '../../lib/notify';
import { availableSteps } from './request-steps';
import { useRequestsT } from './requests.i18n';
import type { ReasonStep } from './step-reason-dialog';
import {
  AssignRequestHandlerMutation,
  CompleteRequestMutation,
  ExtendRequestDeadlineMutation,
  RefuseRequestMutation,
  RequestIdentityVerificationMutation,
  StartRequestWorkMutation,
  VerifyIdentityMutation,
} from './requests.operations';

const StepReasonDialog = lazy(() => import('./step-reason-dialog'));
const HandlerDialog = lazy(() => import('./handler-dialog'));

// The list's order and filters depend on status and deadline; the request itself updates in the cache.
const refetchQueries = ['DataSubjectRequests'];

/** The steps valid for the request's status now, each explained before it is taken. */
export default function RequestStepsPanel({ request }: { request: RequestFieldsFragment }) {
  const { t } = useRequestsT();
  const [dialog, setDialog] = useState<ReasonStep | 'handler' | null>(null);
  const [askForIdentity] = useMutation(RequestIdentityVerificationMutation, { refetchQueries });
  const [verifyIdentity] = useMutation(VerifyIdentityMutation, { refetchQueries });
  const [startWork] = useMutation(StartRequestWorkMutation, { refetchQueries });
  const [extend] = useMutation(ExtendRequestDeadlineMutation, { refetchQueries });
  const [complete] = useMutation(CompleteRequestMutation, { refetchQueries });
  const [refuse] = useMutation(RefuseRequestMutation, { refetchQueries });
  const [assign] = useMutation(AssignRequestHandlerMutation, { refetchQueries });
  const steps = availableSteps(request);
  const id = request.id;

  const submitReason = async (step: ReasonStep, text: string) => {
    if (step === 'extend') await extend({ variables: { id, reason: text } });
    else if (step === 'complete') await complete({ variables: { id, resolution: text } });
    else await refuse({ variables: { id, reason: text } });
    notifySuccess(t(step === 'extend' ? 'step.extended' : step === 'complete' ? 'step.completed' : 'step.refused'));
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="request-steps-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="request-steps-title">
          {t('detail.steps')}
        </Title>
        {steps.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('detail.noSteps')}
          </Text>
        ) : (
          <Group gap="sm">
            {steps.includes('askForIdentity') && (
              <ConfirmAction
                label={t('step.askForIdentity')}
                title={t('step.askForIdentityTitle')}
                text={t('step.askForIdentityText')}
                confirmLabel={t('step.askForIdentity')}
                onConfirm={async () => {
                  await askForIdentity({ variables: { id } });
                  notifySuccess(t('step.askedForIdentity'));
                }}
              />
            )}
            {steps.includes('verifyIdentity') && (
              <ConfirmAction
                label={t('step.verifyIdentity')}
                buttonProps={{ variant: 'filled' }}
                title={t('step.verifyIdentityTitle')}
                text={t('step.verifyIdentityText')}
                confirmLabel={t('step.verifyIdentity')}
                onConfirm={async () => {
                  await verifyIdentity({ variables: { id } });
                  notifySuccess(t('step.verifiedIdentity'));
                }}
              />
            )}
            {steps.includes('startWork') && (
              <ConfirmAction
                label={t('step.startWork')}
                buttonProps={{ variant: 'filled' }}
                title={t('step.startWorkTitle')}
                text={t('step.startWorkText')}
                confirmLabel={t('step.startWork')}
                onConfirm={async () => {
                  await startWork({ variables: { id } });
                  notifySuccess(t('step.startedWork'));
                }}
              />
            )}
            {steps.includes('complete') && <Button onClick={() => setDialog('complete')}>{t('step.complete')}</Button>}
            {steps.includes('extend') && (
              <Button variant="default" onClick={() => setDialog('extend')}>
                {t('step.extend')}
              </Button>
            )}
            {steps.includes('changeHandler') && (
              <Button variant="default" onClick={() => setDialog('handler')}>
                {t('step.changeHandler')}
              </Button>
            )}
            {steps.includes('refuse') && (
              <Button variant="default" color="red.9" onClick={() => setDialog('refuse')}>
                {t('step.refuse')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      {dialog && (
        <Suspense fallback={null}>
          {dialog === 'handler' ? (
            <HandlerDialog
              currentId={request.handler?.id ?? null}
              onClose={() => setDialog(null)}
              onSubmit={async (userId) => {
                await assign({ variables: { id, userId } });
                notifySuccess(t('step.changedHandler'));
              }}
            />
          ) : (
            <StepReasonDialog step={dialog} requestId={id} onClose={() => setDialog(null)} onSubmit={(text) => submitReason(dialog, text)} />
          )}
        </Suspense>
      )}
    </Paper>
  );
}
