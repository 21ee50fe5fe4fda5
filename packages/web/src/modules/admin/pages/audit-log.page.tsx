import type { AuditEntry } from '@mizan/core';
import { AUDIT_OUTCOMES } from '@mizan/core';
import {
  ActionIcon,
  Badge,
  Button,
  Code,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconFilter, IconShieldCheck, IconX } from '@tabler/icons-react';
import { Fragment, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { endOfDayUtcIso, formatNumber, formatTimestamp, zonedToUtcIso } from '../../../app/format/format';
import { useRoleLabel } from '../../../app/i18n/use-labels';
import { PageHeader } from '../../../app/shell/page-header';
import { usePermission } from '../../../app/session/use-session';
import { EmptyState } from '../../../app/ui/empty-state';
import { ExportButton } from '../../../app/ui/export-button';
import { ListFooter } from '../../../app/ui/list-footer';
import { ProblemAlert } from '../../../app/ui/problem-alert';
import { adminApi, type AuditFilters } from '../admin-api';
import { AuditVerifyResult, useAuditVerification } from '../components/audit-verify-panel';
import { useAuditLog, useOrganisations } from '../hooks/use-admin-queries';

const TEXT_FILTERS = ['actor', 'action', 'recordType', 'recordId'] as const;
const FILTER_KEYS = [...TEXT_FILTERS, 'outcome', 'from', 'to'] as const;
type FilterForm = Record<(typeof FILTER_KEYS)[number], string>;

const OUTCOME_COLORS: Record<string, string> = { success: 'teal', denied: 'orange', failure: 'red' };

/** Form values (days in the user's zone) -> API filters (instants). */
export function auditFiltersOf(form: Partial<FilterForm>): AuditFilters {
  const f: AuditFilters = {};
  for (const key of TEXT_FILTERS) {
    const v = form[key]?.trim();
    if (v) f[key] = v;
  }
  if (form.outcome) f.outcome = form.outcome;
  const from = form.from ? zonedToUtcIso(form.from) : null;
  const to = form.to ? endOfDayUtcIso(form.to) : null;
  if (from) f.from = from;
  if (to) f.to = to;
  return f;
}

function AuditRow({ entry, organisationName }: { entry: AuditEntry; organisationName: (id: string) => string }) {
  const { t, i18n } = useTranslation();
  const roleLabel = useRoleLabel();
  const [open, setOpen] = useState(false);
  const detailsId = `audit-${entry.seq}-details`;
  const Chevron = open ? IconChevronDown : IconChevronRight;
  return (
    <Fragment>
      <Table.Tr>
        <Table.Td w={40}>
          <ActionIcon
            variant="subtle"
            color="gray"
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            aria-controls={detailsId}
            aria-label={t('audit.showDetails', { seq: entry.seq })}
          >
            <Chevron size={16} aria-hidden className={open ? undefined : 'mirror-rtl'} />
          </ActionIcon>
        </Table.Td>
        <Table.Td className="ltr-value">
          <Text size="sm" c="dimmed">
            {entry.seq}
          </Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm" className="ltr-value" style={{ whiteSpace: 'nowrap' }}>
            {formatTimestamp(entry.at, i18n.language)}
          </Text>
        </Table.Td>
        <Table.Td>
          {entry.actorUsername ? (
            <Text size="sm" className="ltr-value">
              {entry.actorUsername}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('audit.system')}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <Code>{entry.action}</Code>
        </Table.Td>
        <Table.Td>
          {entry.recordType ? (
            <Text size="sm" className="ltr-value" lineClamp={1} title={entry.recordIds.join(', ')}>
              {entry.recordType}
              {entry.recordIds.length > 0
                ? ` · ${entry.recordIds[0]}${entry.recordIds.length > 1 ? ` (+${entry.recordIds.length - 1})` : ''}`
                : ''}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              —
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <Group gap={4} wrap="nowrap">
            <Badge color={OUTCOME_COLORS[entry.outcome] ?? 'gray'} variant="light" tt="none">
              {t(`audit.outcomes.${entry.outcome}`)}
            </Badge>
            {entry.sensitivity ? (
              <Tooltip label={t('audit.sensitiveRead')}>
                <Badge color="grape" variant="outline" tt="none">
                  {t(`clearances.${entry.sensitivity}`, { defaultValue: entry.sensitivity })}
                </Badge>
              </Tooltip>
            ) : null}
          </Group>
        </Table.Td>
      </Table.Tr>
      {open ? (
        <Table.Tr id={detailsId}>
          <Table.Td />
          <Table.Td colSpan={6}>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs" py="xs">
              <Detail label={t('audit.fields.roles')} value={entry.roles.map(roleLabel).join(', ') || '—'} />
              <Detail
                label={t('audit.fields.organisationId')}
                value={entry.organisationId ? organisationName(entry.organisationId) : '—'}
              />
              <Detail label={t('audit.fields.recordIds')} value={entry.recordIds.join(', ') || '—'} ltr />
              <Detail label={t('audit.fields.purpose')} value={entry.purpose ?? '—'} />
              <Detail label={t('audit.fields.ip')} value={entry.ip ?? '—'} ltr />
              <Detail label={t('audit.fields.requestId')} value={entry.requestId ?? '—'} ltr />
            </SimpleGrid>
            {Object.keys(entry.details).length > 0 ? (
              <>
                <Text size="xs" fw={600} c="dimmed" mt="xs">
                  {t('audit.fields.details')}
                </Text>
                <Code block className="audit-details">
                  {JSON.stringify(entry.details, null, 2)}
                </Code>
              </>
            ) : null}
          </Table.Td>
        </Table.Tr>
      ) : null}
    </Fragment>
  );
}

function Detail({ label, value, ltr }: { label: string; value: string; ltr?: boolean }) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Text size="xs" fw={600} c="dimmed" style={{ flex: '0 0 9rem' }}>
        {label}
      </Text>
      <Text size="xs" className={ltr ? 'ltr-value' : undefined} style={{ wordBreak: 'break-all' }}>
        {value}
      </Text>
    </Group>
  );
}

export default function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const can = usePermission();
  const [params, setParams] = useSearchParams();
  const applied = useMemo(() => {
    const form: Partial<FilterForm> = {};
    for (const key of FILTER_KEYS) {
      const v = params.get(key);
      if (v) form[key] = v;
    }
    return form;
  }, [params]);
  const [draft, setDraft] = useState<Partial<FilterForm>>(applied);
  const filters = useMemo(() => auditFiltersOf(applied), [applied]);
  const log = useAuditLog(filters);
  const organisations = useOrganisations(can('admin:organisations-read'));
  const organisationName = (id: string) => {
    const org = organisations.data?.find((o) => o.id === id);
    return org ? `${org.name} (${org.code})` : id;
  };
  const verification = useAuditVerification();
  const entries = log.data?.pages.flatMap((p) => p.items) ?? [];

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const key of FILTER_KEYS) {
      const v = draft[key]?.trim();
      if (v) next.set(key, v);
    }
    setParams(next, { replace: true });
  };
  const clear = () => {
    setDraft({});
    setParams(new URLSearchParams(), { replace: true });
  };
  const field = (key: (typeof FILTER_KEYS)[number]) => ({
    value: draft[key] ?? '',
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      const value = e.currentTarget.value;
      setDraft((d) => ({ ...d, [key]: value }));
    },
  });
  const activeCount = Object.keys(applied).length;

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        description={t('adminDescriptions.audit')}
        actions={
          <>
            <ExportButton href={adminApi.auditExportUrl(filters)} />
            {can('admin:audit-verify') ? (
              <Button
                variant="default"
                leftSection={<IconShieldCheck size={16} aria-hidden />}
                loading={verification.isPending}
                onClick={() => verification.mutate()}
              >
                {t('audit.verify.button')}
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="md">
        <AuditVerifyResult verification={verification} />
        <Paper withBorder p="md" component="form" onSubmit={apply} role="search" aria-label={t('list.filters')}>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            <TextInput label={t('audit.fields.actor')} dir="ltr" {...field('actor')} />
            <TextInput label={t('audit.fields.action')} dir="ltr" placeholder="auth.login" {...field('action')} />
            <TextInput label={t('audit.fields.recordType')} dir="ltr" {...field('recordType')} />
            <TextInput label={t('audit.fields.recordId')} dir="ltr" {...field('recordId')} />
            <Select
              label={t('audit.fields.outcome')}
              placeholder={t('list.all')}
              clearable
              data={AUDIT_OUTCOMES.map((o) => ({ value: o, label: t(`audit.outcomes.${o}`) }))}
              value={draft.outcome ?? null}
              onChange={(v) => setDraft((d) => ({ ...d, outcome: v ?? '' }))}
            />
            <TextInput type="date" label={t('audit.fields.from')} {...field('from')} max={draft.to || undefined} />
            <TextInput type="date" label={t('audit.fields.to')} {...field('to')} min={draft.from || undefined} />
            <Group align="flex-end" gap="xs" wrap="nowrap">
              <Button type="submit" leftSection={<IconFilter size={16} aria-hidden />} style={{ flex: 1 }}>
                {t('list.apply')}
              </Button>
              <Tooltip label={t('list.clearFilters')}>
                <ActionIcon
                  variant="default"
                  size={36}
                  onClick={clear}
                  aria-label={t('list.clearFilters')}
                  disabled={activeCount === 0 && Object.keys(draft).length === 0}
                >
                  <IconX size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt="xs">
            {t('audit.timeZoneNote')}
          </Text>
        </Paper>

        <ProblemAlert error={log.error} />

        <Paper withBorder>
          <Table.ScrollContainer minWidth={900}>
            <Table aria-label={t('audit.title')} aria-busy={log.isFetching} verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>
                    <VisuallyHidden>{t('audit.showDetailsColumn')}</VisuallyHidden>
                  </Table.Th>
                  <Table.Th>#</Table.Th>
                  <Table.Th>{t('audit.fields.at')}</Table.Th>
                  <Table.Th>{t('audit.fields.actor')}</Table.Th>
                  <Table.Th>{t('audit.fields.action')}</Table.Th>
                  <Table.Th>{t('audit.fields.record')}</Table.Th>
                  <Table.Th>{t('audit.fields.outcome')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((entry) => (
                  <AuditRow key={entry.seq} entry={entry} organisationName={organisationName} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {log.isSuccess && entries.length === 0 ? (
            <EmptyState title={t('audit.empty')}>{activeCount > 0 ? t('list.tryOtherFilters') : null}</EmptyState>
          ) : null}
        </Paper>
        {entries.length > 0 ? (
          <ListFooter
            shown={entries.length}
            hasMore={!!log.hasNextPage}
            loading={log.isFetchingNextPage}
            onLoadMore={() => void log.fetchNextPage()}
          />
        ) : null}
        {activeCount > 0 ? (
          <Text size="xs" c="dimmed">
            {t('audit.activeFilters', { n: formatNumber(activeCount, i18n.language) })}
          </Text>
        ) : null}
      </Stack>
    </>
  );
}
