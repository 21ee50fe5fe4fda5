import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Downloads a server export (CSV) of the list as currently filtered; the session cookie goes along. */
export function ExportButton({ href, label }: { href: string; label?: string }) {
  const { t } = useTranslation();
  return (
    <Button component="a" href={href} download variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
      {label ?? t('list.exportCsv')}
    </Button>
  );
}
