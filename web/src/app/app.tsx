import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './apollo/create-apollo-client';
import { AppRoutes } from './app-routes';
import { ServiceUnavailableNotice } from './service-unavailable-notice';
import { cssVariablesResolver, theme } from './theme';

const client = createApolloClient();

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <ApolloProvider client={client}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
        <ServiceUnavailableNotice />
      </ApolloProvider>
    </MantineProvider>
  );
}
