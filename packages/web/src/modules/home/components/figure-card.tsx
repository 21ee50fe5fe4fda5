import { Card, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconArrowUpRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../../app/format/format';
import { ModuleIcon } from '../../../app/shell/module-icon';

/** "personsMinors" -> "Persons minors", for a figure the locale files do not name yet. */
export function humaniseKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function FigureCard({ figureKey, module, value, href }: { figureKey: string; module: string; value: number; href: string | null }) {
  const { t, i18n } = useTranslation();
  const label = t(`dashboard.figures.${figureKey}`, { defaultValue: humaniseKey(figureKey) });
  const moduleLabel = t(`modules.${module}`, { defaultValue: module });
  const linkProps = href ? { component: Link, to: href } : {};
  return (
    <Card
      withBorder
      padding="lg"
      className="figure-card"
      aria-label={href ? t('dashboard.openFigure', { label, value: formatNumber(value, i18n.language) }) : undefined}
      {...(linkProps as object)}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            {moduleLabel}
          </Text>
          <Text fz={34} fw={700} lh={1.2} data-figure={figureKey} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatNumber(value, i18n.language)}
          </Text>
          <Text size="sm" fw={500}>
            {label}
          </Text>
        </Stack>
        <Stack align="flex-end" gap="xs">
          <ThemeIcon variant="light" size={42} radius="md">
            <ModuleIcon id={module} size={24} />
          </ThemeIcon>
          {href ? <IconArrowUpRight size={16} aria-hidden className="mirror-rtl" style={{ opacity: 0.5 }} /> : null}
        </Stack>
      </Group>
    </Card>
  );
}
