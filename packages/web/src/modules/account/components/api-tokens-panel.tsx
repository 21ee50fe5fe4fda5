import { createApiTokenRequestSchema } from '@mizan/core';
import { ActionIcon, Alert, Button, Code, CopyButton, Group, Modal, Select, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCopy, IconKey, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatRelative } from '../../../app/format/format';
import { EmptyState } from '../../../app/ui/empty-state';
import { ProblemAlert } from '../../../app/ui/problem-alert';
import { useFormErrors } from '../../../app/ui/use-form-errors';
import { accountApi, type ApiToken, type CreatedApiToken } from '../account-api';

const TOKENS_KEY = ['account', 'tokens'] as const;
const EXPIRY_CHOICES = ['30', '90', '180', '365', 'never'] as const;

function CreatedTokenAlert({ token, onDone }: { token: CreatedApiToken; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="teal"
      variant="light"
      title={t('account.tokens.createdTitle', { name: token.name })}
      icon={<IconKey size={20} aria-hidden />}
    >
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('account.tokens.shownOnce')}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Code block style={{ flex: 1, wordBreak: 'break-all' }} className="ltr-value" aria-label={t('account.tokens.value')}>
            {token.token}
          </Code>
          <CopyButton value={token.token}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? t('common.copied') : t('common.copy')}>
                <ActionIcon variant="default" size={36} onClick={copy} aria-label={t('account.tokens.copy')}>
                  {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
        <Text size="xs" c="dimmed">
          {t('account.tokens.usage')}
        </Text>
        <Group>
          <Button size="xs" variant="light" onClick={onDone}>
            {t('account.tokens.done')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

export function ApiTokensPanel() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const tokens = useQuery({ queryKey: TOKENS_KEY, queryFn: ({ signal }) => accountApi.listTokens(signal) });
  const [name, setName] = useState('');
  const [expiry, setExpiry] = useState<string>('90');
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  const create = useMutation({
    mutationFn: accountApi.createToken,
    onSuccess: async (token) => {
      setCreated(token);
      setName('');
      await queryClient.invalidateQueries({ queryKey: TOKENS_KEY });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => accountApi.revokeToken(id),
    onSuccess: async () => {
      setRevoking(null);
      await queryClient.invalidateQueries({ queryKey: TOKENS_KEY });
      notifications.show({ color: 'teal', message: t('account.tokens.revoked') });
    },
  });
  const errors = useFormErrors(create.error);
  const lang = i18n.language;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = errors.check(createApiTokenRequestSchema, {
      name: name.trim(),
      ...(expiry === 'never' ? {} : { expiresInDays: Number(expiry) }),
    });
    if (!body) return;
    create.reset();
    create.mutate(body);
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('account.tokens.help')}
      </Text>
      {created ? <CreatedTokenAlert token={created} onDone={() => setCreated(null)} /> : null}
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <ProblemAlert error={create.error} fieldsShown={['name', 'expiresInDays']} />
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              label={t('account.tokens.name')}
              placeholder={t('account.tokens.namePlaceholder')}
              name="name"
              required
              value={name}
              onChange={(e) => {
                setName(e.currentTarget.value);
                errors.clear('name');
              }}
              error={errors.errorOf('name')}
              style={{ flex: '2 1 14rem' }}
            />
            <Select
              label={t('account.tokens.expiry')}
              name="expiresInDays"
              allowDeselect={false}
              data={EXPIRY_CHOICES.map((c) => ({
                value: c,
                label: c === 'never' ? t('account.tokens.never') : t('account.tokens.days', { n: c }),
              }))}
              value={expiry}
              onChange={(v) => setExpiry(v ?? '90')}
              error={errors.errorOf('expiresInDays')}
              style={{ flex: '1 1 10rem' }}
            />
            <Button type="submit" loading={create.isPending} mt={25}>
              {t('account.tokens.create')}
            </Button>
          </Group>
        </Stack>
      </form>
      <ProblemAlert error={tokens.error} />
      {tokens.data && tokens.data.length > 0 ? (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label={t('account.tokens.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('account.tokens.name')}</Table.Th>
                <Table.Th>{t('record.createdAt')}</Table.Th>
                <Table.Th>{t('account.tokens.expires')}</Table.Th>
                <Table.Th>{t('account.tokens.lastUsed')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.data.map((token) => (
                <Table.Tr key={token.id}>
                  <Table.Td fw={500}>{token.name}</Table.Td>
                  <Table.Td>{formatDate(token.createdAt, lang)}</Table.Td>
                  <Table.Td>{token.expiresAt ? formatDate(token.expiresAt, lang) : t('account.tokens.never')}</Table.Td>
                  <Table.Td>{token.lastUsedAt ? formatRelative(token.lastUsedAt, lang) : t('account.tokens.neverUsed')}</Table.Td>
                  <Table.Td ta="end">
                    <Tooltip label={t('account.tokens.revoke')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        onClick={() => setRevoking(token)}
                        aria-label={t('account.tokens.revokeNamed', { name: token.name })}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : tokens.data ? (
        <EmptyState title={t('account.tokens.empty')} />
      ) : null}
      <Modal
        opened={!!revoking}
        onClose={() => setRevoking(null)}
        title={t('account.tokens.revoke')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text size="sm">{t('account.tokens.revokeConfirm', { name: revoking?.name ?? '' })}</Text>
          <ProblemAlert error={revoke.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={revoke.isPending} onClick={() => revoking && revoke.mutate(revoking.id)}>
              {t('account.tokens.revoke')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
