import type { Locale } from '@mizan/core';
import { LOCALES } from '@mizan/core';
import { Badge, Grid, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, changeLocale, currentLocale } from '../../../app/i18n/i18n';
import { useRoleLabel } from '../../../app/i18n/use-labels';
import { authApi } from '../../../app/session/auth-api';
import { useSession } from '../../../app/session/use-session';
import { PageHeader } from '../../../app/shell/page-header';
import { DEFAULT_TIME_ZONE } from '../../../app/format/format';
import { ApiTokensPanel } from '../components/api-tokens-panel';
import { PasswordChangeForm } from '../components/password-change-form';

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={id}>
      <Title order={2} fz="h4" mb="md" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export default function AccountPage() {
  const { t } = useTranslation();
  const { user, accept } = useSession();
  const roleLabel = useRoleLabel();
  if (!user) return null;

  const setLanguage = async (value: string) => {
    const locale = value as Locale;
    await changeLocale(locale);
    try {
      accept(await authApi.setPreferences(locale));
      notifications.show({ color: 'teal', message: t('account.language.saved') });
    } catch {
      notifications.show({ color: 'orange', message: t('language.notSaved') });
    }
  };

  return (
    <>
      <PageHeader title={t('account.title')} description={t('account.description')} />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <Section id="account-profile" title={t('account.profile.title')}>
              <Table variant="vertical" withRowBorders={false} verticalSpacing={6} layout="fixed">
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w="40%">{t('fields.displayName')}</Table.Th>
                    <Table.Td>{user.displayName}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('fields.username')}</Table.Th>
                    <Table.Td className="ltr-value">{user.username}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('fields.organisationId')}</Table.Th>
                    <Table.Td>{user.organisation.name}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('fields.roles')}</Table.Th>
                    <Table.Td>
                      <Group gap={4}>
                        {user.roles.map((r) => (
                          <Badge key={r} variant="light" tt="none">
                            {roleLabel(r)}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('fields.scope')}</Table.Th>
                    <Table.Td>{t(`scopes.${user.scope}`)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('account.profile.secondFactor')}</Table.Th>
                    <Table.Td>
                      {user.totpEnrolled ? (
                        <Badge color="teal" variant="light" tt="none">
                          {t('account.profile.totpOn')}
                        </Badge>
                      ) : (
                        <Badge color="gray" variant="light" tt="none">
                          {t('account.profile.totpOff')}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Section>
            <Section id="account-language" title={t('account.language.title')}>
              <Stack gap="xs">
                <Text size="sm" c="dimmed" id="account-language-help">
                  {t('account.language.help')}
                </Text>
                <SegmentedControl
                  fullWidth
                  aria-labelledby="account-language"
                  aria-describedby="account-language-help"
                  value={currentLocale()}
                  onChange={(v) => void setLanguage(v)}
                  data={LOCALES.map((l) => ({ value: l, label: <span lang={l}>{LANGUAGE_NAMES[l]}</span> }))}
                />
                <Text size="xs" c="dimmed">
                  {t('account.language.timeZone', { zone: DEFAULT_TIME_ZONE })}
                </Text>
              </Stack>
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <Section id="account-password" title={t('account.password.title')}>
              <PasswordChangeForm />
            </Section>
            <Section id="account-tokens" title={t('account.tokens.title')}>
              <ApiTokensPanel />
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
