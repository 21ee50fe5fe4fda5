import type { User } from '@mizan/core';
import { resetPasswordRequestSchema, updateUserRequestSchema } from '@mizan/core';
import { Alert, Anchor, Badge, Breadcrumbs, Button, Grid, Group, Modal, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconKey, IconShieldOff } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../app/api/problem';
import { formatDateTime } from '../../../app/format/format';
import { LANGUAGE_NAMES } from '../../../app/i18n/i18n';
import { PageLoader } from '../../../app/shell/app-layout';
import { PageHeader } from '../../../app/shell/page-header';
import { usePermission, useSession } from '../../../app/session/use-session';
import { NewPasswordInput } from '../../../app/ui/new-password-input';
import { ProblemAlert } from '../../../app/ui/problem-alert';
import { useFormErrors } from '../../../app/ui/use-form-errors';
import { NotFoundPage } from '../../../app/pages/not-found.page';
import { adminApi, type UpdateUserBody } from '../admin-api';
import { StaleVersionAlert } from '../components/stale-version-alert';
import { UserProfileFields, type UserProfileValues } from '../components/user-profile-fields';
import { UserStatusBadge } from '../components/user-status-badge';
import { adminKeys, useOrganisations, useRoles, useUser } from '../hooks/use-admin-queries';

const FIELDS = ['displayName', 'email', 'locale', 'organisationId', 'roles', 'disabled'];

function profileOf(user: User): UserProfileValues & { disabled: boolean } {
  return {
    displayName: user.displayName,
    email: user.email ?? '',
    locale: user.locale,
    organisationId: user.organisation.id,
    roles: [...user.roles],
    disabled: user.disabled,
  };
}

/** Only what changed goes to the server, with the version we started from. */
export function userChanges(user: User, values: UserProfileValues & { disabled: boolean }): UpdateUserBody {
  const before = profileOf(user);
  const body: UpdateUserBody = { version: user.version };
  if (values.displayName.trim() !== before.displayName) body.displayName = values.displayName.trim();
  const email = values.email.trim() || null;
  if (email !== (before.email || null)) body.email = email;
  if (values.locale !== before.locale) body.locale = values.locale;
  if (values.organisationId !== before.organisationId) body.organisationId = values.organisationId;
  const sameRoles = values.roles.length === before.roles.length && values.roles.every((r) => before.roles.includes(r));
  if (!sameRoles) body.roles = values.roles;
  if (values.disabled !== before.disabled) body.disabled = values.disabled;
  return body;
}

function UserEditForm({ user, canWrite }: { user: User; canWrite: boolean }) {
  const { t } = useTranslation();
  const can = usePermission();
  const queryClient = useQueryClient();
  const { user: me } = useSession();
  const roles = useRoles(can('admin:roles-read'));
  const organisations = useOrganisations(can('admin:organisations-read'));
  const [values, setValues] = useState(() => profileOf(user));

  const save = useMutation({
    mutationFn: (body: UpdateUserBody) => adminApi.updateUser(user.id, body),
    onSuccess: async (updated) => {
      queryClient.setQueryData(adminKeys.user(user.id), updated);
      await queryClient.invalidateQueries({ queryKey: ['admin', 'users', 'list'] });
      notifications.show({ color: 'teal', message: t('common.saved') });
    },
  });
  const errors = useFormErrors(save.error);
  const stale = isApiError(save.error) && save.error.is('stale-version');
  const changes = userChanges(user, values);
  const dirty = Object.keys(changes).length > 1;

  // The problem's `current` is not guaranteed to have the API's shape: fetch the record afresh instead.
  const reload = () => queryClient.invalidateQueries({ queryKey: adminKeys.user(user.id) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = errors.check(updateUserRequestSchema, changes);
    if (!body || !dirty) return;
    save.reset();
    save.mutate(body);
  };

  const orgs = organisations.data ?? [user.organisation];
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {stale ? <StaleVersionAlert onReload={() => void reload()} /> : <ProblemAlert error={save.error} fieldsShown={FIELDS} />}
        <UserProfileFields
          values={values}
          onChange={(patch) => {
            setValues((v) => ({ ...v, ...patch }));
            Object.keys(patch).forEach(errors.clear);
          }}
          errorOf={errors.errorOf}
          roles={roles.data}
          organisations={orgs}
          readOnly={!canWrite}
        />
        <Switch
          label={t('admin.users.disableLabel')}
          description={t('admin.users.disableHelp')}
          checked={values.disabled}
          disabled={!canWrite || me?.id === user.id}
          onChange={(e) => {
            const disabled = e.currentTarget.checked;
            setValues((v) => ({ ...v, disabled }));
          }}
          color="red"
        />
        {canWrite ? (
          <Group justify="flex-end">
            <Button variant="default" disabled={!dirty} onClick={() => setValues(profileOf(user))}>
              {t('common.reset')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!dirty}>
              {t('common.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}

function SetPasswordModal({ user, opened, onClose }: { user: User; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const mutation = useMutation({
    mutationFn: (p: string) => adminApi.setUserPassword(user.id, p),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('admin.users.passwordSet', { name: user.displayName }) });
      setPassword('');
      onClose();
    },
  });
  const errors = useFormErrors(mutation.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = errors.check(resetPasswordRequestSchema, { password });
    if (!body) return;
    mutation.reset();
    mutation.mutate(body.password);
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('admin.users.setPassword')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('admin.users.setPasswordHelp', { name: user.displayName })}</Text>
          <ProblemAlert error={mutation.error} fieldsShown={['password']} />
          <NewPasswordInput
            label={t('fields.newPassword')}
            value={password}
            onChange={(v) => {
              setPassword(v);
              errors.clear('password');
            }}
            error={errors.errorOf('password')}
            withGenerator
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('admin.users.setPassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ResetSecondFactorModal({ user, opened, onClose }: { user: User; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => adminApi.resetSecondFactor(user.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: adminKeys.user(user.id) });
      notifications.show({ color: 'teal', message: t('admin.users.secondFactorReset', { name: user.displayName }) });
      onClose();
    },
  });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('admin.users.resetSecondFactor')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        <Text size="sm">{t('admin.users.resetSecondFactorHelp', { name: user.displayName })}</Text>
        <ProblemAlert error={mutation.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => mutation.mutate()} loading={mutation.isPending}>
            {t('admin.users.resetSecondFactorConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export default function UserDetailPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const can = usePermission();
  const query = useUser(id);
  const [passwordOpen, password] = useDisclosure(false);
  const [totpOpen, totp] = useDisclosure(false);

  if (query.isPending) return <PageLoader />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) return <NotFoundPage />;
    return <ProblemAlert error={query.error} />;
  }
  const user = query.data;
  const canWrite = can('admin:users-write');
  const lang = i18n.language;

  return (
    <>
      <Breadcrumbs mb="xs" separator="›" aria-label={t('common.breadcrumbs')}>
        <Anchor component={Link} to="/admin/users" size="sm">
          {t('admin.users.title')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {user.displayName}
        </Text>
      </Breadcrumbs>
      <PageHeader
        title={user.displayName}
        description={
          <Group gap="xs" component="span">
            <span className="ltr-value">{user.username}</span>
            <UserStatusBadge disabled={user.disabled} />
            {user.totpEnrolled ? (
              <Badge color="teal" variant="light" tt="none">
                {t('admin.users.totpEnrolled')}
              </Badge>
            ) : null}
          </Group>
        }
      />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
            <Title order={2} fz="h4" mb="md">
              {t('admin.users.sections.profile')}
            </Title>
            <UserEditForm key={`${user.id}:${user.version}`} user={user} canWrite={canWrite} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
              <Title order={2} fz="h4" mb="sm">
                {t('admin.users.sections.security')}
              </Title>
              <Stack gap="sm">
                {user.totpEnrolled ? (
                  <Text size="sm">{t('admin.users.totpEnrolledHelp')}</Text>
                ) : (
                  <Alert color="gray" variant="light" p="xs">
                    <Text size="sm">{t('admin.users.totpNotEnrolled')}</Text>
                  </Alert>
                )}
                {canWrite ? (
                  <>
                    <Button variant="default" leftSection={<IconKey size={16} aria-hidden />} onClick={password.open}>
                      {t('admin.users.setPassword')}
                    </Button>
                    <Button
                      variant="default"
                      color="red"
                      leftSection={<IconShieldOff size={16} aria-hidden />}
                      onClick={totp.open}
                      disabled={!user.totpEnrolled}
                    >
                      {t('admin.users.resetSecondFactor')}
                    </Button>
                  </>
                ) : null}
              </Stack>
            </Paper>
            <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
              <Title order={2} fz="h4" mb="sm">
                {t('admin.users.sections.record')}
              </Title>
              <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={4}>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w="45%">{t('admin.users.columns.lastLogin')}</Table.Th>
                    <Table.Td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt, lang) : t('admin.users.neverSignedIn')}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('fields.locale')}</Table.Th>
                    <Table.Td>{LANGUAGE_NAMES[user.locale]}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('record.createdAt')}</Table.Th>
                    <Table.Td>{formatDateTime(user.createdAt, lang)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('record.updatedAt')}</Table.Th>
                    <Table.Td>{formatDateTime(user.updatedAt, lang)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('record.version')}</Table.Th>
                    <Table.Td className="ltr-value">{user.version}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
      {canWrite ? (
        <>
          <SetPasswordModal user={user} opened={passwordOpen} onClose={password.close} />
          <ResetSecondFactorModal user={user} opened={totpOpen} onClose={totp.close} />
        </>
      ) : null}
    </>
  );
}
