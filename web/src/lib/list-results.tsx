import { Button, EmptyState, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from './load-more';

type ListResultsProps = {
  /** How many there are; a status, so screen readers hear it when a filter changes it. */
  countText: string;
  /** Shown instead of the rows when there are none. */
  empty: ReactNode;
  /** From the current answer only: while a new filter loads, the old rows have no next page. */
  pageInfo: { hasNextPage: boolean; endCursor?: string | null } | undefined;
  fetchMore: (after: string) => Promise<unknown>;
  /** The rows: each list keeps its own table and columns. */
  children: ReactNode;
};

/** A keyset-paged list's results: the count, the rows (or why there are none), and "Show more". */
export function ListResults({ countText, empty, pageInfo, fetchMore, children }: ListResultsProps) {
  return (
    <>
      <Text size="sm" c="dimmed" role="status">
        {countText}
      </Text>
      {empty ?? children}
      <LoadMore hasNextPage={pageInfo?.hasNextPage} endCursor={pageInfo?.endCursor} fetchMore={fetchMore} />
    </>
  );
}

type FilteredEmptyStateProps = { title: string; description: string; filtered: boolean; onClearFilters: () => void };

/** No rows: when filters hide them, offer to clear the filters. */
export function FilteredEmptyState({ title, description, filtered, onClearFilters }: FilteredEmptyStateProps) {
  const { t } = useTranslation();
  return (
    <EmptyState title={title} description={description}>
      {filtered && (
        <EmptyState.Actions>
          <Button variant="default" onClick={onClearFilters}>
            {t('state.clearFilters')}
          </Button>
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}
