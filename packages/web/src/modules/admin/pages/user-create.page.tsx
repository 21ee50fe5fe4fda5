import { createUserRequestSchema } from '@mizan/core';
import { Button, Group, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { currentLocale } from '../../../app/i18n/i18n';
import { PageHeader } from '../../../app/shell/page-header';
import { usePermission } from '../../../app/session/use-session';
import { NewPasswordInput } from '../../../app/ui/new-password-input';
import { ProblemAlert } from '../../../app/ui/problem-alert';
import { useFormErrors } from '../../../app/ui/use-form-errors';
import { adminApi } from '../admin-api';
import { UserProfileFields, type UserProfileValues } from '../components/user-profile-fields';
import { adminKeys, useOrganisations, useRoles } from '../hooks/use-admin-queries';

const FIELDS = ['username', 'displayName', 'email', 'locale', 'organisationId', 'roles', 'password'];

export default function UserCreatePage() {
  const { t } = useTranslation();
  const can = usePermission();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const roles = useRoles(can('admin:roles-read'));
  const organisations = useOrganisations(can('admin:organisations-read'));

  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [profile, setProfile] = useState<UserProfileValues>({
    displayName: '',
    email: '',
    locale: currentLocale(),
    organisationId: '',
    roles: [],
  });

  const create = useMutation({
    mutationFn: adminApi.createUser,
    onSuccess: async (user) => {
      await queryClient.invalidateQueries({ queryKey: adminKeys.users });
      await queryClient.invalidateQueries({ queryKey: adminKeys.roles });
      notifications.show({ color: 'teal', message: t('admin.users.created', { name: user.displayName }) });
      await navigate(`/admin/users/${user.id}`);
    },
  });
  const errors = useFormErrors(create.error, { username: { invalid_format: 'validation.usernameFormat' } });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = errors.check(createUserRequestSchema, {
      username: username.trim(),
      displayName: profile.displayName.trim(),
      email: profile.email.trim() || undefined,
      locale: profile.locale,
      organisationId: profile.organisationId,
      roles: profile.roles,
      password,
    });
    if (!body) return;
    create.reset();
    create.mutate(body);
  };

  return (
    <>
      <PageHeader title={t('admin.users.newTitle')} description={t('admin.users.newDescription')} />
      <Paper withBorder p={{ base: 'md', sm: 'xl' }} maw={900}>
        <form onSubmit={submit} noValidate>
          <Stack gap="lg">
            <ProblemAlert error={create.error} fieldsShown={FIELDS} />
            <section aria-labelledby="account-heading">
              <Title order={2} fz="h5" mb="sm" id="account-heading">
                {t('admin.users.sections.account')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput
                  label={t('fields.username')}
                  description={t('validation.usernameFormat')}
                  name="username"
                  required
                  dir="ltr"
                  autoCapitalize="none"
                  spellCheck={false}
                  autoComplete="off"
                  value={username}
                  onChange={(e) => {
                    setUsername(e.currentTarget.value.toLowerCase());
                    errors.clear('username');
                  }}
                  error={errors.errorOf('username')}
                />
                <NewPasswordInput
                  label={t('fields.initialPassword')}
                  value={password}
                  onChange={(v) => {
                    setPassword(v);
                    errors.clear('password');
                  }}
                  error={errors.errorOf('password')}
                  withGenerator
                />
              </SimpleGrid>
            </section>
            <section aria-labelledby="profile-heading">
              <Title order={2} fz="h5" mb="sm" id="profile-heading">
                {t('admin.users.sections.profile')}
              </Title>
              <UserProfileFields
                values={profile}
                onChange={(patch) => {
                  setProfile((p) => ({ ...p, ...patch }));
                  Object.keys(patch).forEach(errors.clear);
                }}
                errorOf={errors.errorOf}
                roles={roles.data}
                organisations={organisations.data}
              />
            </section>
            <Group justify="flex-end">
              <Button variant="default" component={Link} to="/admin/users">
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('admin.users.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
