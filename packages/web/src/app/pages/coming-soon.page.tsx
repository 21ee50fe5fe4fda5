import type { ModuleName } from '@mizan/core';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ModuleIcon } from '../shell/module-icon';
import { useSession } from '../session/use-session';
import { StatusPage } from './status-page';
import { usePermissionLabel } from '../i18n/use-labels';

/** Placeholder for a module whose pages are not built yet; it still needs the module's read permission. */
export function ComingSoonPage({ module }: { module: ModuleName }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const permissionLabel = usePermissionLabel();
  const mine = (user?.permissions ?? []).filter((p) => p.startsWith(`${module}:`));
  return (
    <StatusPage
      icon={<ModuleIcon id={module} size={36} />}
      color="mizan"
      title={t(`modules.${module}`)}
      message={t(`moduleDescriptions.${module}`)}
      actions={
        <Button component={Link} to="/" variant="light">
          {t('errors.backHome')}
        </Button>
      }
    >
      <Text fw={600}>{t('comingSoon.message')}</Text>
      {mine.length > 0 ? (
        <Stack gap={6} align="center">
          <Text size="sm" c="dimmed">
            {t('comingSoon.yourPermissions')}
          </Text>
          <Group gap={6} justify="center">
            {mine.map((p) => (
              <Badge key={p} variant="light" color="gray" tt="none">
                {permissionLabel(p)}
              </Badge>
            ))}
          </Group>
        </Stack>
      ) : null}
    </StatusPage>
  );
}
