import { Anchor, Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../../app/format/format';
import { usePermissionLabel, useRoleLabel } from '../../../app/i18n/use-labels';
import { PageHeader } from '../../../app/shell/page-header';
import { usePermission } from '../../../app/session/use-session';
import { downloadCsv } from '../../../app/ui/csv';
import { EmptyState } from '../../../app/ui/empty-state';
import { ProblemAlert } from '../../../app/ui/problem-alert';
import { PageLoader } from '../../../app/shell/app-layout';
import { useRoles } from '../hooks/use-admin-queries';

export default function RoleListPage() {
  const { t, i18n } = useTranslation();
  const can = usePermission();
  const roleLabel = useRoleLabel();
  const permissionLabel = usePermissionLabel();
  const roles = useRoles();
  const lang = i18n.language;

  const exportCsv = () => {
    const items = roles.data ?? [];
    downloadCsv(
      'mizan-roles.csv',
      ['key', 'name', 'scope', 'clearances', 'privileged', 'builtIn', 'userCount', 'permissions'],
      items.map((r) => [
        r.key,
        roleLabel(r.key),
        r.scope,
        r.clearances.join(' '),
        r.privileged,
        r.builtIn,
        r.userCount,
        r.permissions.join(' '),
      ]),
    );
  };

  return (
    <>
      <PageHeader
        title={t('admin.roles.title')}
        description={t('adminDescriptions.roles')}
        actions={
          <>
            <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={exportCsv} disabled={!roles.data}>
              {t('list.exportCsv')}
            </Button>
            {can('admin:roles-write') ? (
              <Button component={Link} to="/admin/roles/new" leftSection={<IconPlus size={16} aria-hidden />}>
                {t('admin.roles.new')}
              </Button>
            ) : null}
          </>
        }
      />
      <ProblemAlert error={roles.error} />
      {roles.isPending ? <PageLoader /> : null}
      {roles.data ? (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={760}>
            <Table aria-label={t('admin.roles.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin.roles.columns.role')}</Table.Th>
                  <Table.Th>{t('fields.scope')}</Table.Th>
                  <Table.Th>{t('fields.clearances')}</Table.Th>
                  <Table.Th>{t('admin.roles.columns.permissions')}</Table.Th>
                  <Table.Th ta="end">{t('admin.roles.columns.users')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {roles.data.map((role) => (
                  <Table.Tr key={role.key}>
                    <Table.Td>
                      <Group gap={6}>
                        <Anchor component={Link} to={`/admin/roles/${encodeURIComponent(role.key)}`} fw={600}>
                          {roleLabel(role.key)}
                        </Anchor>
                        {role.privileged ? (
                          <Badge size="sm" color="grape" variant="light" tt="none">
                            {t('admin.roles.privileged')}
                          </Badge>
                        ) : null}
                        {!role.builtIn ? (
                          <Badge size="sm" color="gray" variant="outline" tt="none">
                            {t('admin.roles.custom')}
                          </Badge>
                        ) : null}
                      </Group>
                      <Text size="xs" c="dimmed" className="ltr-value">
                        {role.key}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t(`scopes.${role.scope}`)}</Table.Td>
                    <Table.Td>
                      {role.clearances.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          {t('clearances.none')}
                        </Text>
                      ) : (
                        <Group gap={4}>
                          {role.clearances.map((c) => (
                            <Badge
                              key={c}
                              size="sm"
                              variant="dot"
                              color={c === 'intelligence' ? 'red' : c === 'sensitive' ? 'orange' : 'blue'}
                              tt="none"
                            >
                              {t(`clearances.${c}`)}
                            </Badge>
                          ))}
                        </Group>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2} title={role.permissions.map(permissionLabel).join('\n')}>
                        {t('admin.roles.permissionCount', { n: formatNumber(role.permissions.length, lang) })}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="end" className="ltr-value">
                      {formatNumber(role.userCount, lang)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {roles.data.length === 0 ? <EmptyState title={t('admin.roles.empty')} /> : null}
        </Paper>
      ) : null}
    </>
  );
}
