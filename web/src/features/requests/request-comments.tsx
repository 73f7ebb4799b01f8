import { Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { formatDateTime } from '../../lib/format';
import { useRequestsT } from './requests.i18n';

// Only partners write comments: the form and its schema load for them alone.
const AddCommentForm = lazy(() => import('./add-comment-form'));

type Comment = { id: string; body: string; createdAt: string; author: { fullName: string } };

/** Internal notes on the request, oldest first; partners add them, auditors read them. */
export function RequestComments({ requestId, comments, canAdd }: { requestId: string; comments: readonly Comment[]; canAdd: boolean }) {
  const { t } = useRequestsT();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="request-comments-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="request-comments-title">
            {t('comments.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('comments.hint')}
          </Text>
        </div>
        {comments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('comments.none')}
          </Text>
        ) : (
          <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
            {comments.map((comment) => (
              <li key={comment.id}>
                <Text size="xs" c="dimmed">
                  {t('comments.by', { name: comment.author.fullName, time: formatDateTime(comment.createdAt) })}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {comment.body}
                </Text>
              </li>
            ))}
          </Stack>
        )}
        {canAdd && (
          <Suspense fallback={null}>
            <AddCommentForm requestId={requestId} />
          </Suspense>
        )}
      </Stack>
    </Paper>
  );
}
