import { loginRequestSchema } from '@mizan/core';
import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem';
import { formatDuration } from '../format/format';
import { ProblemAlert } from '../ui/problem-alert';
import { useFormErrors } from '../ui/use-form-errors';
import { authApi } from './auth-api';
import { useCountdown } from './use-countdown';
import { useSession } from './use-session';

export function CredentialsForm() {
  const { t } = useTranslation();
  const { accept } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [blockedUntil, setBlockedUntil] = useState<number | null>(null);
  const secondsLeft = useCountdown(blockedUntil);

  const login = useMutation({
    mutationFn: (body: { username: string; password: string }) => authApi.login(body.username, body.password),
    onSuccess: accept,
    onError: (error) => {
      setPassword('');
      if (isApiError(error) && error.status === 429 && error.retryAfter) {
        setBlockedUntil(Date.now() + error.retryAfter * 1000);
      }
    },
  });
  const errors = useFormErrors(login.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = errors.check(loginRequestSchema, { username: username.trim(), password });
    if (!body) return;
    login.reset();
    login.mutate(body);
  };

  return (
    <form onSubmit={submit} noValidate aria-describedby="login-help">
      <Stack gap="md">
        <Text id="login-help" size="sm" c="dimmed">
          {t('auth.login.help')}
        </Text>
        <ProblemAlert error={login.error} fieldsShown={['username', 'password']} />
        <TextInput
          label={t('auth.login.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          dir="ltr"
          required
          autoFocus
          value={username}
          onChange={(e) => {
            setUsername(e.currentTarget.value);
            errors.clear('username');
          }}
          error={errors.errorOf('username')}
        />
        <PasswordInput
          label={t('auth.login.password')}
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => {
            setPassword(e.currentTarget.value);
            errors.clear('password');
          }}
          error={errors.errorOf('password')}
          visibilityToggleButtonProps={{ 'aria-label': t('auth.login.showPassword') }}
        />
        <Button type="submit" loading={login.isPending} disabled={secondsLeft > 0} fullWidth size="md">
          {secondsLeft > 0 ? t('auth.login.wait', { time: formatDuration(secondsLeft) }) : t('auth.login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
