import { changePasswordRequestSchema } from '@mizan/core';
import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi } from '../../../app/session/auth-api';
import { NewPasswordInput } from '../../../app/ui/new-password-input';
import { ProblemAlert } from '../../../app/ui/problem-alert';
import { useFormErrors } from '../../../app/ui/use-form-errors';

const EMPTY = { currentPassword: '', newPassword: '', confirm: '' };

export function PasswordChangeForm() {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => authApi.changePassword(body.currentPassword, body.newPassword),
    onSuccess: () => {
      setValues(EMPTY);
      notifications.show({ color: 'teal', message: t('account.password.changed') });
    },
  });
  const errors = useFormErrors(change.error);

  const set = (name: keyof typeof EMPTY, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    errors.clear(name);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = errors.check(changePasswordRequestSchema, {
      currentPassword: values.currentPassword,
      newPassword: values.newPassword,
    });
    if (!body) return;
    if (values.confirm !== values.newPassword) {
      errors.setError('confirm', t('account.password.mismatch'));
      return;
    }
    change.reset();
    change.mutate(body);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={480}>
        <ProblemAlert error={change.error} fieldsShown={['currentPassword', 'newPassword']} />
        <PasswordInput
          label={t('fields.currentPassword')}
          name="currentPassword"
          autoComplete="current-password"
          required
          dir="ltr"
          value={values.currentPassword}
          onChange={(e) => set('currentPassword', e.currentTarget.value)}
          error={errors.errorOf('currentPassword')}
          visibilityToggleButtonProps={{ 'aria-label': t('auth.login.showPassword') }}
        />
        <NewPasswordInput
          label={t('fields.newPassword')}
          name="newPassword"
          value={values.newPassword}
          onChange={(v) => set('newPassword', v)}
          error={errors.errorOf('newPassword')}
        />
        <PasswordInput
          label={t('fields.confirmPassword')}
          name="confirm"
          autoComplete="new-password"
          required
          dir="ltr"
          value={values.confirm}
          onChange={(e) => set('confirm', e.currentTarget.value)}
          error={errors.errorOf('confirm')}
          visibilityToggleButtonProps={{ 'aria-label': t('auth.login.showPassword') }}
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            {t('account.password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
