import { ActionIcon, Group, PasswordInput, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { IconWand } from '@tabler/icons-react';
import { PASSWORD_MIN_LENGTH } from '@mizan/core';
import { useTranslation } from 'react-i18next';
import { generatePassword, passwordStrength } from './password';

const COLORS = ['red', 'red', 'orange', 'teal', 'green'];

/** A new password with a strength hint, and (for administrators) a generator. */
export function NewPasswordInput({
  label,
  value,
  onChange,
  error,
  withGenerator = false,
  autoComplete = 'new-password',
  name = 'password',
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  withGenerator?: boolean;
  autoComplete?: string;
  name?: string;
}) {
  const { t } = useTranslation();
  const strength = passwordStrength(value);
  return (
    <Stack gap={6}>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <PasswordInput
          label={label}
          description={t('password.rule', { n: PASSWORD_MIN_LENGTH })}
          name={name}
          autoComplete={autoComplete}
          required
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          error={error}
          style={{ flex: 1 }}
          dir="ltr"
          visibilityToggleButtonProps={{ 'aria-label': t('auth.login.showPassword') }}
        />
        {withGenerator ? (
          <Tooltip label={t('password.generate')}>
            <ActionIcon
              size={36}
              variant="default"
              onClick={() => onChange(generatePassword())}
              aria-label={t('password.generate')}
              mb={error ? 22 : 0}
            >
              <IconWand size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        ) : null}
      </Group>
      {value ? (
        <Group gap="xs" wrap="nowrap" aria-live="polite">
          <Progress value={(strength / 4) * 100} color={COLORS[strength]} size="sm" style={{ flex: 1 }} aria-hidden />
          <Text size="xs" c="dimmed">
            {t(`password.strength.${strength}`)}
          </Text>
        </Group>
      ) : null}
    </Stack>
  );
}
