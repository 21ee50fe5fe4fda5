import type { Locale } from '@mizan/core';
import { LOCALES } from '@mizan/core';
import { Box, Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconChevronDown, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/use-session';
import { authApi } from '../session/auth-api';
import { LANGUAGE_NAMES, changeLocale, currentLocale, directionOf } from './i18n';

/**
 * The language switch, in the header and on the sign-in page. Signed in, the choice is saved to the profile;
 * before sign-in it is kept in this browser.
 */
export function LanguageSwitch({ variant = 'subtle' }: { variant?: 'subtle' | 'default' }) {
  const { t } = useTranslation();
  const { user, accept } = useSession();
  const current = currentLocale();

  const choose = async (locale: Locale) => {
    await changeLocale(locale);
    if (!user) return;
    try {
      accept(await authApi.setPreferences(locale));
    } catch {
      notifications.show({ color: 'orange', message: t('language.notSaved') });
    }
  };

  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={180}>
      <Menu.Target>
        <Button
          variant={variant}
          color="gray"
          leftSection={<IconLanguage size={18} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          aria-label={t('language.choose', { language: LANGUAGE_NAMES[current] })}
          px="sm"
        >
          <Box component="span" lang={current} visibleFrom="xs">
            {LANGUAGE_NAMES[current]}
          </Box>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.label')}</Menu.Label>
        {LOCALES.map((locale) => (
          <Menu.Item
            key={locale}
            lang={locale}
            dir={directionOf(locale)}
            onClick={() => void choose(locale)}
            rightSection={locale === current ? <IconCheck size={14} aria-hidden /> : null}
            aria-current={locale === current ? 'true' : undefined}
          >
            {LANGUAGE_NAMES[locale]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
