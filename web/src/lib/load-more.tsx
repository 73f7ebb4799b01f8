import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type LoadMoreProps = { hasNextPage: boolean | undefined; endCursor: string | null | undefined; fetchMore: (after: string) => Promise<unknown> };

/** "Show more" under a keyset-paged list: the next page is appended below the rows already shown. */
export function LoadMore({ hasNextPage, endCursor, fetchMore }: LoadMoreProps) {
  const { t } = useTranslation();
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  if (!hasNextPage || !endCursor) return null;
  async function more(after: string) {
    setLoading(true);
    setFailed(false);
    try {
      await fetchMore(after);
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  }
  return (
    <Group gap="sm">
      <Button variant="default" loading={loading} onClick={() => void more(endCursor)}>
        {t('state.showMore')}
      </Button>
      {failed && (
        <Text size="sm" c="red.9" role="alert">
          {t('state.moreFailed')}
        </Text>
      )}
    </Group>
  );
}
