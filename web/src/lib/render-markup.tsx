import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import './i18n';

/** For small tests of shared blocks without a browser: the HTML a component renders, in bokmål. */
export function renderMarkup(node: ReactNode): string {
  return renderToStaticMarkup(
    <MantineProvider>
      <MemoryRouter>{node}</MemoryRouter>
    </MantineProvider>,
  );
}
