import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { loginInput, type LoginInput } from '@pvr/api/inputs';
import { useForm } from 'react-hook-form';
import { Navigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { describeError } from '../../lib/graphql-errors';
import { PageLoader } from '../../lib/page-state';
import { fieldMessage, type FieldMessages } from '../../lib/form-messages';
import { LoginMutation, MeQuery } from './auth.operations';
import { returnPathFrom } from './return-path';

type LoginValues = z.output<typeof loginInput>;

const messages: Record<keyof LoginInput, FieldMessages> = {
  email: { default: 'Skriv inn en gyldig e-postadresse.', too_big: 'E-postadressen er for lang.' },
  password: { default: 'Skriv inn passordet ditt.', too_big: 'Passordet er for langt.' },
};

export default function LoginPage() {
  const [url] = useSearchParams();
  const { data, loading } = useQuery(MeQuery);
  const [login] = useMutation(LoginMutation, {
    // The cache now knows who is signed in; this page and `RequireSession` follow from that.
    update: (cache, { data: result }) => {
      if (result) cache.writeQuery({ query: MeQuery, data: { me: result.login } });
    },
  });
  const form = useForm<LoginInput, unknown, LoginValues>({
    resolver: zodResolver(loginInput),
    defaultValues: { email: '', password: '' },
  });
  const { errors, isSubmitting } = form.formState;

  if (data?.me) return <Navigate to={returnPathFrom(url.get('neste'))} replace />;
  if (loading && !data) {
    return (
      <main>
        <PageLoader label="Sjekker innlogging …" />
      </main>
    );
  }

  const submit = form.handleSubmit(async (values) => {
    try {
      await login({ variables: values });
    } catch (error) {
      const problem = describeError(error);
      if (problem.field === 'email' || problem.field === 'password') {
        form.setError(problem.field, { type: 'server', message: problem.message }, { shouldFocus: true });
        return;
      }
      // The API does not say which of the two was wrong, and neither do we.
      const message = problem.code === 'UNAUTHENTICATED' ? 'Feil e-post eller passord.' : problem.message;
      form.setError('root.server', { type: problem.code, message });
      form.resetField('password');
      form.setFocus('password');
    }
  });

  return (
    <Center component="main" mih="100vh" p="md" bg="gray.0">
      <title>Logg inn – Personvernregister</title>
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={420}>
        <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="login-title">
          <Stack gap="md">
            <div>
              <Text size="sm" c="dimmed" fw={500}>
                Personvernregister
              </Text>
              <Title order={1} id="login-title" size="h2">
                Logg inn
              </Title>
            </div>
            {errors.root?.server && (
              <Alert color="red" variant="light" role="alert" title="Innloggingen mislyktes">
                {errors.root.server.message}
              </Alert>
            )}
            <TextInput
              label="E-post"
              type="email"
              autoComplete="username"
              required
              error={fieldMessage(errors.email, messages.email)}
              {...form.register('email')}
            />
            <PasswordInput
              label="Passord"
              autoComplete="current-password"
              required
              visibilityToggleButtonProps={{ 'aria-label': 'Vis passord' }}
              // Mantine marks only the wrapper of a password field as invalid.
              aria-invalid={errors.password ? true : undefined}
              error={fieldMessage(errors.password, messages.password)}
              {...form.register('password')}
            />
            <Button type="submit" loading={isSubmitting} fullWidth>
              Logg inn
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
