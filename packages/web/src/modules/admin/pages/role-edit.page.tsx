import type { Role } from '@mizan/core';
import { ALL_PERMISSIONS, RECORD_SCOPES, SENSITIVITY_CLASSES, createRoleRequestSchema, updateRoleRequestSchema } from '@mizan/core';
import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../app/api/problem';
import { formatNumber } from '../../../app/format/format';
import { useRoleLabel } from '../../../app/i18n/use-labels';
import { NotFoundPage } from '../../../app/pages/not-found.page';
import { PageLoader } from '../../../app/shell/app-layout';
import { PageHeader } from '../../../app/shell/page-header';
import { usePermission } from '../../../app/session/use-session';
import { ProblemAlert } from '../../../app/ui/problem-alert';
import { useFormErrors } from '../../../app/ui/use-form-errors';
import { adminApi, type RoleBody } from '../admin-api';
import { PermissionMatrix } from '../components/permission-matrix';
import { StaleVersionAlert } from '../components/stale-version-alert';
import { adminKeys, usePermissionNames, useRoles } from '../hooks/use-admin-queries';

const FIELDS = ['key', 'permissions', 'scope', 'clearances', 'privileged'];

interface RoleValues extends RoleBody {
  key: string;
}

function valuesOf(role: Role | null): RoleValues {
  return role
    ? {
        key: role.key,
        permissions: [...role.permissions],
        scope: role.scope,
        clearances: [...role.clearances],
        privileged: role.privileged,
      }
    : { key: '', permissions: [], scope: 'office', clearances: [], privileged: false };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function RoleForm({ role, canWrite }: { role: Role | null; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const roleLabel = useRoleLabel();
  const permissionNames = usePermissionNames();
  const [values, setValues] = useState(() => valuesOf(role));
  const set = (patch: Partial<RoleValues>) => setValues((v) => ({ ...v, ...patch }));

  const save = useMutation({
    mutationFn: async (v: RoleValues) => {
      if (!role) {
        const body = { key: v.key, permissions: v.permissions, scope: v.scope, clearances: v.clearances, privileged: v.privileged };
        return adminApi.createRole(body);
      }
      const body: Partial<RoleBody> & { version: number } = { version: role.version };
      if (!sameSet(v.permissions, role.permissions)) body.permissions = v.permissions;
      if (v.scope !== role.scope) body.scope = v.scope;
      if (!sameSet(v.clearances, role.clearances)) body.clearances = v.clearances;
      if (v.privileged !== role.privileged) body.privileged = v.privileged;
      return adminApi.updateRole(role.key, body);
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: adminKeys.roles });
      notifications.show({ color: 'teal', message: role ? t('common.saved') : t('admin.roles.created', { role: roleLabel(saved.key) }) });
      if (!role) await navigate(`/admin/roles/${encodeURIComponent(saved.key)}`, { replace: true });
    },
  });
  const errors = useFormErrors(save.error, { key: { invalid_format: 'validation.roleKeyFormat' } });
  const stale = isApiError(save.error) && save.error.is('stale-version');

  const dirty =
    !role ||
    !sameSet(values.permissions, role.permissions) ||
    values.scope !== role.scope ||
    !sameSet(values.clearances, role.clearances) ||
    values.privileged !== role.privileged;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = role
      ? errors.check(updateRoleRequestSchema, {
          version: role.version,
          permissions: values.permissions,
          scope: values.scope,
          clearances: values.clearances,
          privileged: values.privileged,
        })
      : errors.check(createRoleRequestSchema, values);
    if (!ok || !dirty) return;
    save.reset();
    save.mutate(values);
  };

  const allPermissions = permissionNames.data ?? ALL_PERMISSIONS;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {stale ? (
          <StaleVersionAlert onReload={() => void queryClient.invalidateQueries({ queryKey: adminKeys.roles })} />
        ) : (
          <ProblemAlert error={save.error} fieldsShown={FIELDS} />
        )}
        {!canWrite ? (
          <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
            {t('admin.roles.readOnly')}
          </Alert>
        ) : null}
        {role && role.userCount > 0 && canWrite ? (
          <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
            {t('admin.roles.affectsUsers', { n: formatNumber(role.userCount, i18n.language) })}
          </Alert>
        ) : null}
        <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            {!role ? (
              <TextInput
                label={t('fields.key')}
                description={t('validation.roleKeyFormat')}
                name="key"
                required
                dir="ltr"
                autoCapitalize="none"
                spellCheck={false}
                value={values.key}
                onChange={(e) => {
                  set({ key: e.currentTarget.value.toLowerCase() });
                  errors.clear('key');
                }}
                error={errors.errorOf('key')}
              />
            ) : null}
            <Select
              label={t('fields.scope')}
              description={t(`scopeDescriptions.${values.scope}`)}
              name="scope"
              required
              allowDeselect={false}
              readOnly={!canWrite}
              data={RECORD_SCOPES.map((s) => ({ value: s, label: t(`scopes.${s}`) }))}
              value={values.scope}
              onChange={(v) => v && set({ scope: v })}
              error={errors.errorOf('scope')}
            />
            <Checkbox.Group
              label={t('fields.clearances')}
              description={t('admin.roles.clearancesHelp')}
              value={values.clearances}
              onChange={(v) => set({ clearances: v })}
              error={errors.errorOf('clearances')}
            >
              <Group mt="xs">
                {SENSITIVITY_CLASSES.map((c) => (
                  <Checkbox key={c} value={c} label={t(`clearances.${c}`)} disabled={!canWrite} />
                ))}
              </Group>
            </Checkbox.Group>
            <Switch
              label={t('fields.privileged')}
              description={t('admin.roles.privilegedHelp')}
              checked={values.privileged}
              disabled={!canWrite}
              onChange={(e) => {
                const privileged = e.currentTarget.checked;
                set({ privileged });
              }}
              color="grape"
            />
          </SimpleGrid>
        </Paper>
        <section aria-labelledby="permissions-heading">
          <Group justify="space-between" mb="sm">
            <Title order={2} fz="h4" id="permissions-heading">
              {t('fields.permissions')}
            </Title>
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('admin.roles.permissionCount', { n: formatNumber(values.permissions.length, i18n.language) })}
            </Text>
          </Group>
          {errors.errorOf('permissions') ? (
            <Text c="red" size="sm" role="alert" mb="xs">
              {errors.errorOf('permissions')}
            </Text>
          ) : null}
          <PermissionMatrix
            permissions={allPermissions}
            value={values.permissions}
            onChange={(permissions) => set({ permissions })}
            readOnly={!canWrite}
          />
        </section>
        {canWrite ? (
          <Group justify="flex-end">
            <Button variant="default" component={Link} to="/admin/roles">
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!dirty}>
              {role ? t('common.save') : t('admin.roles.create')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}

export default function RoleEditPage() {
  const { t } = useTranslation();
  const { key } = useParams();
  const can = usePermission();
  const roleLabel = useRoleLabel();
  const roles = useRoles(!!key);
  const creating = !key;

  if (!creating && roles.isPending) return <PageLoader />;
  if (!creating && roles.isError) return <ProblemAlert error={roles.error} />;
  const role = creating ? null : (roles.data?.find((r) => r.key === key) ?? null);
  if (!creating && !role) return <NotFoundPage />;

  const title = role ? roleLabel(role.key) : t('admin.roles.newTitle');
  return (
    <>
      <Breadcrumbs mb="xs" separator="›" aria-label={t('common.breadcrumbs')}>
        <Anchor component={Link} to="/admin/roles" size="sm">
          {t('admin.roles.title')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {title}
        </Text>
      </Breadcrumbs>
      <PageHeader
        title={title}
        description={role ? t(`roleDescriptions.${role.key}`, { defaultValue: role.key }) : t('admin.roles.newDescription')}
      />
      <RoleForm key={role ? `${role.key}:${role.version}` : 'new'} role={role} canWrite={can('admin:roles-write')} />
    </>
  );
}
