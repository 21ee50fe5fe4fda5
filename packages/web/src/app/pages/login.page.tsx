import { Alert, Box, Center, Group, Loader, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconInfoCircle, IconScale } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../i18n/language-switch';
import { CredentialsForm } from '../session/credentials-form';
import { EnrolmentStep } from '../session/enrolment-step';
import { SecondFactorForm } from '../session/second-factor-form';
import { useSession } from '../session/use-session';
import { safeNextPath } from '../shell/navigation';
import { usePageTitle } from '../shell/use-page-title';

export interface LoginLocationState {
  signedOut?: boolean;
  expired?: boolean;
}

/** Sign-in: user name and password, then the second factor or, on a first sign-in, its enrolment. */
export function LoginPage() {
  const { t } = useTranslation();
  const { session, loading, logout } = useSession();
  const [params] = useSearchParams();
  const location = useLocation();
  const state = (location.state ?? {}) as LoginLocationState;
  const stage = session?.stage ?? 'credentials';

  const stepTitle =
    stage === 'enrolment' ? t('auth.enrolment.title') : stage === 'second-factor' ? t('auth.secondFactor.title') : t('auth.login.title');
  usePageTitle(stepTitle);

  if (session?.stage === 'active') return <Navigate to={safeNextPath(params.get('next'))} replace />;

  const cancel = () => void logout();

  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)" style={{ display: 'flex', flexDirection: 'column' }}>
      <Group justify="space-between" px="lg" py="sm" component="header">
        <Group gap="xs">
          <ThemeIcon variant="filled" size={34} radius="md" aria-hidden>
            <IconScale size={20} />
          </ThemeIcon>
          <Text fw={700} size="lg">
            <bdi>{t('app.brand')}</bdi>
          </Text>
        </Group>
        <LanguageSwitch variant="default" />
      </Group>
      <Center component="main" id="main" style={{ flex: 1 }} px="md" py="xl">
        <Stack w="100%" maw={stage === 'enrolment' ? 520 : 420} gap="lg">
          <Stack gap={4} ta="center">
            <Title order={1} fz="h2">
              {stepTitle}
            </Title>
            <Text c="dimmed" size="sm">
              {t('app.tagline')}
            </Text>
          </Stack>
          {state.signedOut && stage === 'credentials' ? (
            <Alert color="teal" variant="light" icon={<IconInfoCircle size={18} aria-hidden />} role="status">
              {t('auth.signedOut')}
            </Alert>
          ) : null}
          {state.expired && stage === 'credentials' ? (
            <Alert color="orange" variant="light" icon={<IconInfoCircle size={18} aria-hidden />} role="status">
              {t('auth.expired')}
            </Alert>
          ) : null}
          <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }}>
            {loading ? (
              <Center py="lg">
                <Loader aria-label={t('common.loading')} />
              </Center>
            ) : stage === 'enrolment' ? (
              <EnrolmentStep onCancel={cancel} />
            ) : stage === 'second-factor' ? (
              <SecondFactorForm onCancel={cancel} />
            ) : (
              <CredentialsForm />
            )}
          </Paper>
          <Text size="xs" c="dimmed" ta="center">
            {t('auth.notice')}
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
