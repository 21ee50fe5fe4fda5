import { Anchor, Button, Group, Paper, Select, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch, IconShieldCheck } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime, formatRelative } from '../../../app/format/format';
import { useRoleLabel } from '../../../app/i18n/use-labels';
import { PageHeader } from '../../../app/shell/page-header';
import { usePermission } from '../../../app/session/use-session';
import { EmptyState } from '../../../app/ui/empty-state';
import { ExportButton } from '../../../app/ui/export-button';
import { ListFooter } from '../../../app/ui/list-footer';
import { ProblemAlert } from '../../../app/ui/problem-alert';
import { adminApi, type UserFilters } from '../admin-api';
import { RoleBadges } from '../components/role-badges';
import { UserStatusBadge } from '../components/user-status-badge';
import { useOrganisations, useRoles, useUserList } from '../hooks/use-admin-queries';

/** Filters live in the URL, so a filtered list can be bookmarked, shared and restored with "back". */
function useUserFilters(): [UserFilters, (patch: Partial<UserFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<UserFilters>(() => {
    const f: UserFilters = {};
    const q = params.get('q');
    const role = params.get('role');
    const org = params.get('organisationId');
    const disabled = params.get('disabled');
    if (q) f.q = q;
    if (role) f.role = role;
    if (org) f.organisationId = org;
    if (disabled === 'true' || disabled === 'false') f.disabled = disabled;
    return f;
  }, [params]);
  const update = (patch: Partial<UserFilters>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  return [filters, update];
}

export default function UserListPage() {
  const { t, i18n } = useTranslation();
  const can = usePermission();
  const roleLabel = useRoleLabel();
  const [filters, setFilters] = useUserFilters();
  const [search, setSearch] = useState(filters.q ?? '');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);

  useEffect(() => {
    if ((filters.q ?? '') !== debouncedSearch) setFilters({ q: debouncedSearch });
  }, [debouncedSearch]);

  const roles = useRoles(can('admin:roles-read'));
  const organisations = useOrganisations(can('admin:organisations-read'));
  const list = useUserList(filters);
  const users = list.data?.pages.flatMap((p) => p.items) ?? [];

  const roleOptions = (roles.data ?? []).map((r) => ({ value: r.key, label: roleLabel(r.key) }));
  const orgOptions = (organisations.data ?? []).map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }));

  return (
    <>
      <PageHeader
        title={t('admin.users.title')}
        description={t('adminDescriptions.users')}
        actions={
          <>
            <ExportButton href={adminApi.usersExportUrl(filters)} />
            {can('admin:users-write') ? (
              <Button component={Link} to="/admin/users/new" leftSection={<IconPlus size={16} aria-hidden />}>
                {t('admin.users.new')}
              </Button>
            ) : null}
          </>
        }
      />

      <Paper withBorder p="md" mb="md" component="form" role="search" aria-label={t('list.filters')} onSubmit={(e) => e.preventDefault()}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('admin.users.filters.search')}
            placeholder={t('admin.users.filters.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            type="search"
            style={{ flex: '2 1 16rem' }}
          />
          {can('admin:roles-read') ? (
            <Select
              label={t('admin.users.filters.role')}
              placeholder={t('list.all')}
              data={roleOptions}
              value={filters.role ?? null}
              onChange={(v) => setFilters({ role: v ?? undefined })}
              clearable
              searchable
              comboboxProps={{ withinPortal: true }}
              style={{ flex: '1 1 12rem' }}
            />
          ) : null}
          {can('admin:organisations-read') ? (
            <Select
              label={t('admin.users.filters.organisation')}
              placeholder={t('list.all')}
              data={orgOptions}
              value={filters.organisationId ?? null}
              onChange={(v) => setFilters({ organisationId: v ?? undefined })}
              clearable
              searchable
              style={{ flex: '1 1 14rem' }}
            />
          ) : null}
          <Select
            label={t('admin.users.filters.status')}
            data={[
              { value: 'all', label: t('list.all') },
              { value: 'false', label: t('admin.users.status.active') },
              { value: 'true', label: t('admin.users.status.disabled') },
            ]}
            value={filters.disabled ?? 'all'}
            onChange={(v) => setFilters({ disabled: v === 'true' || v === 'false' ? v : undefined })}
            allowDeselect={false}
            style={{ flex: '1 1 9rem' }}
          />
        </Group>
      </Paper>

      <ProblemAlert error={list.error} />

      <Paper withBorder>
        <Table.ScrollContainer minWidth={760}>
          <Table aria-label={t('admin.users.title')} aria-busy={list.isFetching}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.users.columns.name')}</Table.Th>
                <Table.Th>{t('admin.users.columns.organisation')}</Table.Th>
                <Table.Th>{t('admin.users.columns.roles')}</Table.Th>
                <Table.Th>{t('admin.users.columns.status')}</Table.Th>
                <Table.Th>{t('admin.users.columns.lastLogin')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/admin/users/${u.id}`} fw={600}>
                      {u.displayName}
                    </Anchor>
                    <Text size="xs" c="dimmed" className="ltr-value">
                      {u.username}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{u.organisation.name}</Text>
                  </Table.Td>
                  <Table.Td>
                    <RoleBadges roles={u.roles} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <UserStatusBadge disabled={u.disabled} />
                      {u.totpEnrolled ? (
                        <Tooltip label={t('admin.users.totpEnrolled')}>
                          <IconShieldCheck
                            size={18}
                            color="var(--mantine-color-teal-7)"
                            aria-label={t('admin.users.totpEnrolled')}
                            role="img"
                          />
                        </Tooltip>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {u.lastLoginAt ? (
                      <Tooltip label={formatDateTime(u.lastLoginAt, i18n.language)}>
                        <Text size="sm" component="span">
                          {formatRelative(u.lastLoginAt, i18n.language)}
                        </Text>
                      </Tooltip>
                    ) : (
                      <Text size="sm" c="dimmed" component="span">
                        {t('admin.users.neverSignedIn')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {list.isSuccess && users.length === 0 ? <EmptyState title={t('admin.users.empty')}>{t('list.tryOtherFilters')}</EmptyState> : null}
      </Paper>
      {users.length > 0 ? (
        <Stack>
          <ListFooter
            shown={users.length}
            hasMore={!!list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        </Stack>
      ) : null}
    </>
  );
}
