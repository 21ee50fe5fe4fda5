import { AppShell, Burger, Center, Divider, Group, Loader, NavLink, ScrollArea, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconScale } from '@tabler/icons-react';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '../i18n/language-switch';
import { useSession } from '../session/use-session';
import { ModuleIcon } from './module-icon';
import { isActivePath, visibleNavigation } from './navigation';
import { UserMenu } from './user-menu';
import { SessionErrorScreen } from './session-error-screen';

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py={80} aria-busy="true">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

/** After an in-app navigation, move focus to the new page's heading so screen readers announce it. */
function useFocusOnNavigate(pathname: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let tries = 0;
    const focus = () => {
      const heading = document.querySelector<HTMLElement>('main [data-page-heading]');
      if (heading) heading.focus({ preventScroll: false });
      else if (tries++ < 20) window.setTimeout(focus, 50);
    };
    focus();
  }, [pathname]);
}

/** The frame of every signed-in page: header (name, language, user), navigation by permission, content. */
type NavEntry = ReturnType<typeof visibleNavigation>['modules'][number];

/** One labelled group of navigation links (modules, administration); nothing when the user may see none. */
function NavGroup({ id, heading, entries, pathname, divider = false }: { id: string; heading: string; entries: readonly NavEntry[]; pathname: string; divider?: boolean }) {
  const { t } = useTranslation();
  if (entries.length === 0) return null;
  return (
    <>
      {divider ? <Divider my="sm" /> : null}
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mt={divider ? undefined : 'md'} mb={4} id={id}>
        {heading}
      </Text>
      <div role="group" aria-labelledby={id}>
        {entries.map((entry) => {
          const active = isActivePath(entry.href, pathname);
          return (
            <NavLink
              key={entry.href}
              component={Link}
              to={entry.href}
              label={t(entry.labelKey)}
              leftSection={<ModuleIcon id={entry.id} size={20} />}
              active={active}
              aria-current={active ? 'page' : undefined}
            />
          );
        })}
      </div>
    </>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const { session, user, loading, error, signedOut } = useSession();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const wasSignedIn = useRef(false);

  useEffect(() => close(), [location.pathname, close]);
  useFocusOnNavigate(location.pathname);

  if (loading) return <PageLoader />;
  if (session === undefined && error) return <SessionErrorScreen error={error} />;
  if (!user) {
    if (signedOut) return <Navigate to="/login" replace state={{ signedOut: true }} />;
    const next = `${location.pathname}${location.search}`;
    const to = next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
    return <Navigate to={to} replace state={{ expired: wasSignedIn.current }} />;
  }
  wasSignedIn.current = true;

  const nav = visibleNavigation(user);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 270, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'lg' }}
    >
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('shell.closeNavigation') : t('shell.openNavigation')}
            />
            <UnstyledButton component={Link} to="/" aria-label={t('shell.home')}>
              <Group gap="xs" wrap="nowrap">
                <ThemeIcon variant="filled" size={32} radius="md" aria-hidden>
                  <IconScale size={19} />
                </ThemeIcon>
                <Text fw={700} size="lg" style={{ whiteSpace: 'nowrap' }} visibleFrom="xs">
                  <bdi>{t('app.brand')}</bdi>
                </Text>
              </Group>
            </UnstyledButton>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label={t('shell.navigation')} component="nav">
        <AppShell.Section grow component={ScrollArea}>
          <NavLink
            component={Link}
            to="/"
            label={t('nav.home')}
            leftSection={<ModuleIcon id="home" size={20} />}
            active={location.pathname === '/'}
            aria-current={location.pathname === '/' ? 'page' : undefined}
          />
          <NavGroup id="nav-modules" heading={t('nav.modulesHeading')} entries={nav.modules} pathname={location.pathname} />
          <NavGroup id="nav-admin" heading={t('modules.admin')} entries={nav.admin} pathname={location.pathname} divider />
        </AppShell.Section>
        <AppShell.Section>
          <Divider mb="xs" />
          <Text size="xs" c="dimmed" px="sm" truncate>
            {user.organisation.name}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
