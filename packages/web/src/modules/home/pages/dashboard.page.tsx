import { Card, Group, SimpleGrid, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatLongDate } from '../../../app/format/format';
import { ModuleIcon } from '../../../app/shell/module-icon';
import { visibleNavigation } from '../../../app/shell/navigation';
import { PageHeader } from '../../../app/shell/page-header';
import { useSession } from '../../../app/session/use-session';
import { ProblemAlert } from '../../../app/ui/problem-alert';
import { FigureCard } from '../components/figure-card';
import { useDashboard } from '../hooks/use-dashboard';

/** Home: a greeting, the figures the user may see, and the way into their modules. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const dashboard = useDashboard();
  if (!user) return null;
  const nav = visibleNavigation(user);
  const entries = [...nav.modules, ...nav.admin];

  return (
    <>
      <PageHeader
        title={t('dashboard.greeting', { name: user.displayName })}
        documentTitle={t('dashboard.title')}
        description={t('dashboard.today', { date: formatLongDate(new Date(), i18n.language) })}
      />

      <Stack gap="xl">
        <section aria-labelledby="figures-heading">
          <Title order={2} fz="h4" mb="sm" id="figures-heading">
            {t('dashboard.figuresHeading')}
          </Title>
          {dashboard.isError ? <ProblemAlert error={dashboard.error} /> : null}
          {dashboard.isPending ? (
            <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 4 }} aria-busy="true">
              {[0, 1, 2].map((i) => (
                <Skeleton key={i} h={128} radius="md" />
              ))}
            </SimpleGrid>
          ) : dashboard.data && dashboard.data.figures.length > 0 ? (
            <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 4 }}>
              {dashboard.data.figures.map((f) => (
                <FigureCard key={f.key} figureKey={f.key} module={f.module} value={f.value} href={f.href} />
              ))}
            </SimpleGrid>
          ) : dashboard.data ? (
            <Text c="dimmed">{t('dashboard.noFigures')}</Text>
          ) : null}
        </section>

        <section aria-labelledby="modules-heading">
          <Title order={2} fz="h4" mb="sm" id="modules-heading">
            {t('dashboard.modulesHeading')}
          </Title>
          {entries.length === 0 ? (
            <Text c="dimmed">{t('dashboard.noModules')}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {entries.map((entry) => (
                <Card key={entry.href} withBorder padding="md" component={Link} to={entry.href} className="figure-card">
                  <Group wrap="nowrap" align="flex-start">
                    <ThemeIcon variant="light" size={40} radius="md">
                      <ModuleIcon id={entry.id} size={22} />
                    </ThemeIcon>
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Text fw={600}>{t(entry.labelKey)}</Text>
                      <Text size="sm" c="dimmed" lineClamp={2}>
                        {entry.module === 'admin' ? t(`adminDescriptions.${entry.id}`) : t(`moduleDescriptions.${entry.module}`)}
                      </Text>
                    </Stack>
                  </Group>
                </Card>
              ))}
            </SimpleGrid>
          )}
        </section>
      </Stack>
    </>
  );
}
