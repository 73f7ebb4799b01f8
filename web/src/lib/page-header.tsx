import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type PageHeaderProps = { title: string; actions?: ReactNode; intro?: string; children?: ReactNode; documentTitle?: string };

/** The page's one h1, its document title, what the page is for, and the actions it offers this role (none when it may do nothing). */
export function PageHeader({ title, actions, intro, children, documentTitle }: PageHeaderProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <title>{t('pageTitle', { title: documentTitle ?? title })}</title>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Title order={1}>{title}</Title>
        {actions && <Group gap="sm">{actions}</Group>}
      </Group>
      {intro && (
        <Text c="dimmed" size="sm">
          {intro}
        </Text>
      )}
      {children}
    </Stack>
  );
}
