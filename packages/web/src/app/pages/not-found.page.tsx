import { Button } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusPage } from './status-page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <StatusPage
      icon={<IconMapQuestion size={36} aria-hidden />}
      code="404"
      title={t('errors.notFound.title')}
      message={t('errors.notFound.message')}
      actions={
        <Button component={Link} to="/" variant="light">
          {t('errors.backHome')}
        </Button>
      }
    />
  );
}
