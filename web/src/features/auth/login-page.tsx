import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import type { LoginInput } from '@pvr/api/inputs';
import { useForm } from 'react-hook-form';
import { Navigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../../app/language-switch';
import { apiSchemaResolver, usePreloadApiSchema, type ApiOutput } from '../../lib/api-schema';
import { describeError } from '../../lib/graphql-errors';
import { PageLoader } from '../../lib/page-state';
import { fieldMessage } from '../../lib/form-messages';
import { useAuthT } from './auth.i18n';
import { LoginMutation, MeQuery } from './auth.operations';
import { returnPathFrom } from './return-path';

const resolver = apiSchemaResolver<LoginInput, 'loginInput'>('loginInput');

export default function LoginPage() {
  const { t } = useAuthT();
  const [url] = useSearchParams();
  const { data, loading } = useQuery(MeQuery);
  const [login] = useMutation(LoginMutation, {
    // The cache now knows who is signed in; this page and `RequireSession` follow from that.
    update: (cache, { data: result }) => {
      if (result) cache.writeQuery({ query: MeQuery, data: { me: result.login } });
    },
  });
  const form = useForm<LoginInput, unknown, ApiOutput<'loginInput'>>({ resolver, defaultValues: { email: '', password: '' } });
  const { errors, isSubmitting } = form.formState;
  usePreloadApiSchema('loginInput');

  if (data?.me) return <Navigate to={returnPathFrom(url.get('neste'))} replace />;
  if (loading && !data) {
    return (
      <main>
        <PageLoader label={t('checking')} />
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
      const message = problem.code === 'UNAUTHENTICATED' ? t('login.wrongCredentials') : problem.message;
      form.setError('root.server', { type: problem.code, message });
      form.resetField('password');
      form.setFocus('password');
    }
  });

  return (
    <Center component="main" mih="100vh" p="md" bg="gray.0" pos="relative">
      <title>{t('pageTitle', { ns: 'common', title: t('login.title') })}</title>
      <Box pos="absolute" top={16} right={16}>
        <LanguageSwitch />
      </Box>
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={420}>
        <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="login-title">
          <Stack gap="md">
            <div>
              <Text size="sm" c="dimmed" fw={500}>
                {t('appName', { ns: 'common' })}
              </Text>
              <Title order={1} id="login-title" size="h2">
                {t('login.title')}
              </Title>
            </div>
            {errors.root?.server && (
              <Alert color="red" variant="light" role="alert" title={t('login.failed')}>
                {errors.root.server.message}
              </Alert>
            )}
            <TextInput
              label={t('login.email')}
              type="email"
              autoComplete="username"
              required
              error={fieldMessage(errors.email, { default: t('login.emailInvalid'), too_big: t('login.emailTooLong') })}
              {...form.register('email')}
            />
            <PasswordInput
              label={t('login.password')}
              autoComplete="current-password"
              required
              visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
              // Mantine marks only the wrapper of a password field as invalid.
              aria-invalid={errors.password ? true : undefined}
              error={fieldMessage(errors.password, { default: t('login.passwordMissing'), too_big: t('login.passwordTooLong') })}
              {...form.register('password')}
            />
            <Button type="submit" loading={isSubmitting} fullWidth>
              {t('login.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
