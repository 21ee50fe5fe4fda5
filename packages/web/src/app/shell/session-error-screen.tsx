import { Button } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { StatusPage } from '../pages/status-page';
import { useProblemText } from '../ui/use-problem-text';
import { useQueryClient } from '@tanstack/react-query';
import { SESSION_QUERY_KEY } from '../session/session-provider';

/** The session could not be checked at all (server unreachable, 5xx). */
export function SessionErrorScreen({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const text = useProblemText()(error);
  return (
    <StatusPage
      icon={<IconPlugConnectedX size={36} aria-hidden />}
      color="red"
      title={t('errors.unreachable.title')}
      message={text.heading}
      actions={<Button onClick={() => void queryClient.refetchQueries({ queryKey: SESSION_QUERY_KEY })}>{t('common.retry')}</Button>}
    />
  );
}
