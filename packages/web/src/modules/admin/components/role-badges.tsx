import { Badge, Group } from '@mantine/core';
import { useRoleLabel } from '../../../app/i18n/use-labels';

export function RoleBadges({ roles }: { roles: readonly string[] }) {
  const roleLabel = useRoleLabel();
  return (
    <Group gap={4}>
      {roles.map((role) => (
        <Badge key={role} variant="light" color="mizan" tt="none" fw={500}>
          {roleLabel(role)}
        </Badge>
      ))}
    </Group>
  );
}
