import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { describeError } from './graphql-errors';
import { PageError } from './page-error';
import { PageLoader } from './page-state';

type QueryStateProps = {
  error: unknown;
  errorTitle: string;
  loadingLabel?: string;
  onRetry: () => unknown;
  /** A way back shown above the error (a detail page's link to its list). */
  back?: ReactNode;
};

/** What a page shows before its data is there: why it could not be loaded, with a retry, or that it is loading. */
export function QueryState({ error, errorTitle, loadingLabel, onRetry, back }: QueryStateProps) {
  if (!error) return <PageLoader label={loadingLabel} />;
  const failed = <PageError title={errorTitle} message={describeError(error).message} onRetry={() => void onRetry()} />;
  if (!back) return failed;
  return (
    <Stack gap="md">
      {back}
      {failed}
    </Stack>
  );
}
