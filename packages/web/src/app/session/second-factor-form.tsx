import { totpCodeSchema } from '@mizan/core';
import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../ui/problem-alert';
import { useFormErrors } from '../ui/use-form-errors';
import { authApi } from './auth-api';
import { normaliseCode } from './totp-code';
import { useSession } from './use-session';

/** A six-digit code field, shared by the second-factor and enrolment steps. */
export function CodeInput({
  value,
  onChange,
  error,
  autoFocus,
}: {
  value: string;
  onChange: (code: string) => void;
  error?: string | undefined;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('auth.code.label')}
      description={t('auth.code.description')}
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9]*"
      maxLength={7}
      dir="ltr"
      required
      autoFocus={autoFocus}
      value={value}
      onChange={(e) => onChange(normaliseCode(e.currentTarget.value))}
      error={error}
      styles={{ input: { fontSize: '1.5rem', letterSpacing: '0.5em', textAlign: 'center', fontVariantNumeric: 'tabular-nums' } }}
    />
  );
}

export function SecondFactorForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const { accept } = useSession();
  const [code, setCode] = useState('');
  const verify = useMutation({
    mutationFn: (c: string) => authApi.secondFactor(c),
    onSuccess: accept,
    onError: () => setCode(''),
  });
  const errors = useFormErrors(verify.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!totpCodeSchema.safeParse(code).success) {
      errors.setError('code', t('auth.code.invalid'));
      return;
    }
    verify.reset();
    verify.mutate(code);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('auth.secondFactor.help')}</Text>
        <ProblemAlert error={verify.error} fieldsShown={['code']} />
        <CodeInput
          value={code}
          onChange={(c) => {
            setCode(c);
            errors.clear('code');
          }}
          error={errors.errorOf('code')}
          autoFocus
        />
        <Button type="submit" loading={verify.isPending} fullWidth size="md">
          {t('auth.secondFactor.submit')}
        </Button>
        <Button variant="subtle" color="gray" onClick={onCancel} fullWidth>
          {t('auth.cancel')}
        </Button>
      </Stack>
    </form>
  );
}
