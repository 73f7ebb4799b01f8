import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../gql/graphql';
import { useSessionUser } from './use-session-user';

/** A page for some roles only: the menu does not offer it to others, and a typed URL says why. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const user = useSessionUser();
  const { t } = useTranslation();
  if (user && roles.includes(user.role)) return children;
  return (
    <Stack gap="sm">
      <title>{t('pageTitle', { title: t('forbidden.title') })}</title>
      <Title order={1}>{t('forbidden.title')}</Title>
      <Text>{t('forbidden.text')}</Text>
    </Stack>
  );
}
