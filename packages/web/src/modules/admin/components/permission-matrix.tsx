import { Checkbox, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { splitPermission, useModuleLabel, usePermissionActionLabel } from '../../../app/i18n/use-labels';
import { ModuleIcon } from '../../../app/shell/module-icon';
import { groupPermissions, groupState, toggleGroup } from './permission-groups';

/** Permissions of a role as a matrix: one row per module, one checkbox per action, a "whole module" box. */
export function PermissionMatrix({
  permissions,
  value,
  onChange,
  readOnly = false,
}: {
  permissions: readonly string[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const moduleLabel = useModuleLabel();
  const actionLabel = usePermissionActionLabel();
  const baseId = useId();
  const groups = useMemo(() => groupPermissions([...permissions, ...value]), [permissions, value]);
  const selected = new Set(value);

  const toggle = (permission: string, checked: boolean) => {
    const set = new Set(value);
    if (checked) set.add(permission);
    else set.delete(permission);
    onChange([...set]);
  };

  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" highlightOnHover={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={240}>{t('admin.roles.matrix.module')}</Table.Th>
              <Table.Th>{t('admin.roles.matrix.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((group) => {
              const state = groupState(group, selected);
              const headingId = `${baseId}-${group.module}`;
              const label = moduleLabel(group.module);
              return (
                <Table.Tr key={group.module}>
                  <Table.Td valign="top">
                    <Stack gap={6}>
                      <Group gap={8} wrap="nowrap">
                        <ModuleIcon id={group.module} size={18} />
                        <Text fw={600} id={headingId}>
                          {label}
                        </Text>
                      </Group>
                      <Checkbox
                        size="xs"
                        label={t('admin.roles.matrix.all')}
                        aria-label={t('admin.roles.matrix.allOf', { module: label })}
                        checked={state === 'all'}
                        indeterminate={state === 'some'}
                        disabled={readOnly}
                        onChange={() => onChange(toggleGroup(group, value))}
                      />
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="md" role="group" aria-labelledby={headingId}>
                      {group.permissions.map((permission) => {
                        const { action } = splitPermission(permission);
                        return (
                          <Checkbox
                            key={permission}
                            label={actionLabel(group.module, action)}
                            checked={selected.has(permission)}
                            disabled={readOnly}
                            onChange={(e) => toggle(permission, e.currentTarget.checked)}
                            value={permission}
                          />
                        );
                      })}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
