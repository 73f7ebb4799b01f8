import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { apiSchemaResolver, usePreloadApiSchema } from '../../lib/api-schema';
import { fieldMessage } from '../../lib/form-messages';
import { notifySuccess } from '../../lib/notify';
import { applyServerError } from '../../lib/server-errors';
import { useRequestsT } from './requests.i18n';
import { AddRequestCommentMutation } from './requests.operations';

type FormValues = { id: string; body: string };

const resolver = apiSchemaResolver<FormValues, 'addRequestCommentInput'>('addRequestCommentInput');

/** A new internal comment; the request is fetched again so the list shows it in its place. */
export default function AddCommentForm({ requestId }: { requestId: string }) {
  const { t } = useRequestsT();
  usePreloadApiSchema('addRequestCommentInput');
  const [addComment] = useMutation(AddRequestCommentMutation, { refetchQueries: ['DataSubjectRequest'], awaitRefetchQueries: true });
  const form = useForm<FormValues, unknown, FormValues>({ resolver, defaultValues: { id: requestId, body: '' } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (input) => {
    try {
      await addComment({ variables: input });
      form.reset({ id: requestId, body: '' });
      notifySuccess(t('comments.added'));
    } catch (error) {
      applyServerError(form, error, ['body']);
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="xs">
        {errors.root?.server && (
          <Alert color="red" variant="light" role="alert">
            {errors.root.server.message}
          </Alert>
        )}
        <Textarea
          label={t('comments.add')}
          autosize
          minRows={2}
          maxRows={8}
          error={fieldMessage(errors.body, { default: t('comments.missing'), too_big: t('comments.tooLong') })}
          {...form.register('body')}
        />
        <Group justify="flex-end">
          <Button type="submit" variant="default" loading={isSubmitting}>
            {t('comments.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
