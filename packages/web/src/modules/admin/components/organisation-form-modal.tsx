import type { Organisation } from '@mizan/core';
import { ORGANISATION_KINDS, createOrganisationRequestSchema } from '@mizan/core';
import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisationKindLabel } from '../../../app/i18n/use-labels';
import { ProblemAlert } from '../../../app/ui/problem-alert';
import { useFormErrors } from '../../../app/ui/use-form-errors';
import { adminApi } from '../admin-api';
import { adminKeys } from '../hooks/use-admin-queries';

const FIELDS = ['code', 'name', 'kind', 'parentId', 'region'];
const EMPTY = { code: '', name: '', kind: '', parentId: '', region: '' };

export function OrganisationFormModal({
  opened,
  onClose,
  organisations,
}: {
  opened: boolean;
  onClose: () => void;
  organisations: readonly Organisation[];
}) {
  const { t } = useTranslation();
  const kindLabel = useOrganisationKindLabel();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(EMPTY);
  const set = (patch: Partial<typeof EMPTY>) => setValues((v) => ({ ...v, ...patch }));

  const create = useMutation({
    mutationFn: adminApi.createOrganisation,
    onSuccess: async (org) => {
      await queryClient.invalidateQueries({ queryKey: adminKeys.organisations });
      notifications.show({ color: 'teal', message: t('admin.organisations.created', { name: org.name }) });
      setValues(EMPTY);
      onClose();
    },
  });
  const errors = useFormErrors(create.error, { code: { invalid_format: 'validation.orgCodeFormat' } });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = errors.check(createOrganisationRequestSchema, {
      code: values.code.trim(),
      name: values.name.trim(),
      kind: values.kind || undefined,
      parentId: values.parentId || null,
      region: values.region.trim() || null,
    });
    if (!body) return;
    create.reset();
    create.mutate(body);
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('admin.organisations.new')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <ProblemAlert error={create.error} fieldsShown={FIELDS} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('fields.code')}
              description={t('validation.orgCodeFormat')}
              name="code"
              required
              dir="ltr"
              data-autofocus
              value={values.code}
              onChange={(e) => {
                set({ code: e.currentTarget.value.toUpperCase() });
                errors.clear('code');
              }}
              error={errors.errorOf('code')}
            />
            <Select
              label={t('fields.kind')}
              name="kind"
              required
              data={ORGANISATION_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
              value={values.kind || null}
              onChange={(v) => {
                set({ kind: v ?? '' });
                errors.clear('kind');
              }}
              error={errors.errorOf('kind')}
            />
            <TextInput
              label={t('fields.name')}
              name="name"
              required
              value={values.name}
              onChange={(e) => {
                set({ name: e.currentTarget.value });
                errors.clear('name');
              }}
              error={errors.errorOf('name')}
              style={{ gridColumn: '1 / -1' }}
            />
            <Select
              label={t('fields.parentId')}
              name="parentId"
              searchable
              clearable
              data={organisations.map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }))}
              value={values.parentId || null}
              onChange={(v) => set({ parentId: v ?? '' })}
              error={errors.errorOf('parentId')}
              nothingFoundMessage={t('list.noMatch')}
            />
            <TextInput
              label={t('fields.region')}
              name="region"
              value={values.region}
              onChange={(e) => set({ region: e.currentTarget.value })}
              error={errors.errorOf('region')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('admin.organisations.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
