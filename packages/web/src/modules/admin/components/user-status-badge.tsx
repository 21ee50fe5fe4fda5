import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function UserStatusBadge({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  return disabled ? (
    <Badge color="gray" variant="outline" tt="none">
      {t('admin.users.status.disabled')}
    </Badge>
  ) : (
    <Badge color="teal" variant="light" tt="none">
      {t('admin.users.status.active')}
    </Badge>
  );
}
