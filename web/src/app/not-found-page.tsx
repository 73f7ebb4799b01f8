import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Stack gap="sm">
      <title>Fant ikke siden – Personvernregister</title>
      <Title order={1}>Fant ikke siden</Title>
      <Text>Adressen finnes ikke, eller siden er flyttet.</Text>
      <Anchor component={Link} to="/">
        Til forsiden
      </Anchor>
    </Stack>
  );
}
