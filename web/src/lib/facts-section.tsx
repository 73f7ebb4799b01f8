import { Paper, SimpleGrid, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A detail page's framed section under an h2 that names it (`titleId` is the heading's id). */
export function FactsSection({ titleId, title, children }: { titleId: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** `Fact`s as one description list, in columns on wider screens. */
export function FactGrid({ children }: { children: ReactNode }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md" component="dl" m={0}>
      {children}
    </SimpleGrid>
  );
}
