import { Card, Group, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ModuleIcon } from '../../../app/shell/module-icon';
import { visibleNavigation } from '../../../app/shell/navigation';
import { PageHeader } from '../../../app/shell/page-header';
import { useSession } from '../../../app/session/use-session';

export default function AdminHomePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const entries = visibleNavigation(user).admin;
  return (
    <>
      <PageHeader title={t('modules.admin')} description={t('moduleDescriptions.admin')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {entries.map((entry) => (
          <Card key={entry.href} withBorder component={Link} to={entry.href} className="figure-card" padding="lg">
            <Group wrap="nowrap" align="flex-start">
              <ThemeIcon variant="light" size={44} radius="md">
                <ModuleIcon id={entry.id} size={24} />
              </ThemeIcon>
              <Stack gap={2}>
                <Text fw={600}>{t(entry.labelKey)}</Text>
                <Text size="sm" c="dimmed">
                  {t(`adminDescriptions.${entry.id}`)}
                </Text>
              </Stack>
            </Group>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
