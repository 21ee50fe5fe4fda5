import type { Organisation, Role } from '@mizan/core';
import { LOCALES, SEED_ROLES } from '@mizan/core';
import { MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES } from '../../../app/i18n/i18n';
import { useRoleLabel } from '../../../app/i18n/use-labels';

export interface UserProfileValues {
  displayName: string;
  email: string;
  locale: string;
  organisationId: string;
  roles: string[];
}

/** The fields an administrator edits on any account (creation adds user name and password). */
export function UserProfileFields({
  values,
  onChange,
  errorOf,
  roles,
  organisations,
  readOnly = false,
}: {
  values: UserProfileValues;
  onChange: (patch: Partial<UserProfileValues>) => void;
  errorOf: (field: string) => string | undefined;
  roles: readonly Role[] | undefined;
  organisations: readonly Pick<Organisation, 'id' | 'code' | 'name'>[] | undefined;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const roleKeys = roles ? roles.map((r) => r.key) : SEED_ROLES.map((r) => r.key);
  const privileged = new Set((roles ?? SEED_ROLES).filter((r) => r.privileged).map((r) => r.key));
  const roleOptions = [...new Set([...roleKeys, ...values.roles])].map((key) => ({
    value: key,
    label: privileged.has(key) ? t('admin.users.privilegedRole', { role: roleLabel(key) }) : roleLabel(key),
  }));
  const orgOptions = (organisations ?? []).map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }));
  const needsSecondFactor = values.roles.some((r) => privileged.has(r));

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
      <TextInput
        label={t('fields.displayName')}
        name="displayName"
        required
        readOnly={readOnly}
        value={values.displayName}
        onChange={(e) => onChange({ displayName: e.currentTarget.value })}
        error={errorOf('displayName')}
        autoComplete="off"
      />
      <TextInput
        label={t('fields.email')}
        name="email"
        type="email"
        dir="ltr"
        readOnly={readOnly}
        value={values.email}
        onChange={(e) => onChange({ email: e.currentTarget.value })}
        error={errorOf('email')}
        autoComplete="off"
      />
      <Select
        label={t('fields.organisationId')}
        name="organisationId"
        required
        searchable
        readOnly={readOnly}
        data={orgOptions}
        value={values.organisationId || null}
        onChange={(v) => onChange({ organisationId: v ?? '' })}
        error={errorOf('organisationId')}
        nothingFoundMessage={t('list.noMatch')}
      />
      <Select
        label={t('fields.locale')}
        name="locale"
        required
        readOnly={readOnly}
        allowDeselect={false}
        data={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
        value={values.locale}
        onChange={(v) => onChange({ locale: v ?? 'fr' })}
        error={errorOf('locale')}
      />
      <MultiSelect
        label={t('fields.roles')}
        name="roles"
        required
        searchable
        readOnly={readOnly}
        data={roleOptions}
        value={values.roles}
        onChange={(v) => onChange({ roles: v })}
        error={errorOf('roles')}
        description={needsSecondFactor ? t('admin.users.secondFactorNotice') : undefined}
        nothingFoundMessage={t('list.noMatch')}
        style={{ gridColumn: '1 / -1' }}
        hidePickedOptions
      />
    </SimpleGrid>
  );
}
