import { Center, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from '../shell/use-page-title';

/** The frame of 403, 404, error and "coming soon" pages. */
export function StatusPage({
  icon,
  color = 'gray',
  code,
  title,
  message,
  actions,
  children,
}: {
  icon: ReactNode;
  color?: string;
  code?: string;
  title: string;
  message: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  usePageTitle(title);
  return (
    <Center py={{ base: 'xl', sm: 64 }}>
      <Stack align="center" gap="md" maw={560} ta="center">
        <ThemeIcon size={72} radius="xl" variant="light" color={color}>
          {icon}
        </ThemeIcon>
        {code ? (
          <Text c="dimmed" fw={700} size="sm" className="ltr-value">
            {code}
          </Text>
        ) : null}
        <Title order={1} fz="h2" tabIndex={-1} data-page-heading>
          {title}
        </Title>
        <Text c="dimmed">{message}</Text>
        {children}
        {actions ? <Group justify="center">{actions}</Group> : null}
      </Stack>
    </Center>
  );
}
