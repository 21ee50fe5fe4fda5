import { Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusPage } from './status-page';

/** Shown in place of a page the user may not open. The URL stays, so reloading after a role change works. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <StatusPage
      icon={<IconLock size={36} aria-hidden />}
      color="orange"
      code="403"
      title={t('errors.forbidden.title')}
      message={t('errors.forbidden.message')}
      actions={
        <Button component={Link} to="/" variant="light">
          {t('errors.backHome')}
        </Button>
      }
    />
  );
}
