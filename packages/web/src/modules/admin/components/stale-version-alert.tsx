import { Alert, Button, Group, Text } from '@mantine/core';
import { IconGitCompare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** 409 stale-version: someone saved this record after we loaded it. Nothing was overwritten. */
export function StaleVersionAlert({ onReload, reloading }: { onReload: () => void; reloading?: boolean }) {
  const { t } = useTranslation();
  return (
    <div aria-live="assertive">
      <Alert color="orange" variant="light" icon={<IconGitCompare size={20} aria-hidden />} title={t('stale.title')} role="alert">
        <Text size="sm">{t('stale.message')}</Text>
        <Group mt="sm">
          <Button size="xs" color="orange" onClick={onReload} loading={reloading}>
            {t('stale.reload')}
          </Button>
        </Group>
      </Alert>
    </div>
  );
}
