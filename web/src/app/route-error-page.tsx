import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useRouteError } from 'react-router';

/** Last resort for a page that failed to render or whose code could not be loaded (often a new release). */
export function RouteErrorPage() {
  const error = useRouteError();
  const staleCode = error instanceof TypeError && /dynamically imported module|import/i.test(error.message);
  return (
    <Center component="main" mih="100vh" p="md">
      <title>Noe gikk galt – Personvernregister</title>
      <Stack align="center" gap="sm" maw={480} ta="center">
        <Title order={1}>Noe gikk galt</Title>
        <Text>
          {staleCode
            ? 'Det er kommet en ny versjon av Personvernregister. Last inn siden på nytt for å fortsette.'
            : 'Siden kunne ikke vises. Prøv å laste den inn på nytt. Hjelper ikke det, si fra til den som drifter løsningen.'}
        </Text>
        <Button onClick={() => window.location.reload()}>Last inn på nytt</Button>
      </Stack>
    </Center>
  );
}
