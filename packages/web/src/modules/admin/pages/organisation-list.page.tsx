import { ORGANISATION_KINDS } from '@mizan/core';
import { Badge, Button, Group, Paper, Select, Table, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDownload, IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisationKindLabel } from '../../../app/i18n/use-labels';
import { PageLoader } from '../../../app/shell/app-layout';
import { PageHeader } from '../../../app/shell/page-header';
import { usePermission } from '../../../app/session/use-session';
import { downloadCsv } from '../../../app/ui/csv';
import { EmptyState } from '../../../app/ui/empty-state';
import { ProblemAlert } from '../../../app/ui/problem-alert';
import { matches } from '../../../app/ui/text-match';
import { OrganisationFormModal } from '../components/organisation-form-modal';
import { useOrganisations } from '../hooks/use-admin-queries';

export default function OrganisationListPage() {
  const { t } = useTranslation();
  const can = usePermission();
  const kindLabel = useOrganisationKindLabel();
  const organisations = useOrganisations();
  const [opened, modal] = useDisclosure(false);
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<string | null>(null);

  const all = organisations.data ?? [];
  const byId = useMemo(() => new Map(all.map((o) => [o.id, o])), [all]);
  const shown = all.filter(
    (o) => (!kind || o.kind === kind) && (!search.trim() || matches(`${o.code} ${o.name} ${o.region ?? ''}`, search.trim())),
  );

  const exportCsv = () =>
    downloadCsv(
      'mizan-organisations.csv',
      ['id', 'code', 'name', 'kind', 'parentCode', 'region'],
      shown.map((o) => [o.id, o.code, o.name, o.kind, o.parentId ? (byId.get(o.parentId)?.code ?? o.parentId) : '', o.region ?? '']),
    );

  return (
    <>
      <PageHeader
        title={t('admin.organisations.title')}
        description={t('adminDescriptions.organisations')}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              onClick={exportCsv}
              disabled={!organisations.data}
            >
              {t('list.exportCsv')}
            </Button>
            {can('admin:organisations-write') ? (
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={modal.open}>
                {t('admin.organisations.new')}
              </Button>
            ) : null}
          </>
        }
      />
      <Paper withBorder p="md" mb="md" role="search" aria-label={t('list.filters')}>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('admin.organisations.search')}
            type="search"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            style={{ flex: '2 1 16rem' }}
          />
          <Select
            label={t('fields.kind')}
            placeholder={t('list.all')}
            clearable
            data={ORGANISATION_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
            value={kind}
            onChange={setKind}
            style={{ flex: '1 1 12rem' }}
          />
        </Group>
      </Paper>
      <ProblemAlert error={organisations.error} />
      {organisations.isPending ? <PageLoader /> : null}
      {organisations.data ? (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={720}>
            <Table aria-label={t('admin.organisations.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('fields.code')}</Table.Th>
                  <Table.Th>{t('fields.name')}</Table.Th>
                  <Table.Th>{t('fields.kind')}</Table.Th>
                  <Table.Th>{t('fields.parentId')}</Table.Th>
                  <Table.Th>{t('fields.region')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>
                      <Text size="sm" ff="monospace" className="ltr-value">
                        {o.code}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {o.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color="gray" tt="none">
                        {kindLabel(o.kind)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{o.parentId ? (byId.get(o.parentId)?.name ?? '—') : '—'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{o.region ?? '—'}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {shown.length === 0 ? <EmptyState title={t('admin.organisations.empty')} /> : null}
        </Paper>
      ) : null}
      <OrganisationFormModal opened={opened} onClose={modal.close} organisations={all} />
    </>
  );
}
