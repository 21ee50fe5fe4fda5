import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemText } from './use-problem-text';

/**
 * Shows what went wrong with a request: the server's (already translated) problem title, its detail, and
 * field errors that have no field on screen. Announced to screen readers.
 */
export function ProblemAlert({
  error,
  title,
  children,
  fieldsShown = [],
  onClose,
}: {
  error: unknown;
  title?: string;
  children?: ReactNode;
  /** Field names displayed next to their inputs; their errors are not repeated here. */
  fieldsShown?: readonly string[];
  onClose?: () => void;
}) {
  const { t } = useTranslation();
  const text = useProblemText();
  if (!error) return null;
  const { heading, detail, fieldErrors } = text(error);
  const others = fieldErrors.filter((e) => !fieldsShown.includes(e.name));
  return (
    <div aria-live="assertive">
      <Alert
        color="red"
        variant="light"
        icon={<IconAlertTriangle size={20} aria-hidden />}
        title={title ?? heading}
        withCloseButton={!!onClose}
        onClose={onClose}
        closeButtonLabel={t('common.close')}
        role="alert"
      >
        {title ? heading : null}
        {detail && fieldErrors.length === 0 ? (
          <Text size="sm" mt={title ? 4 : 0}>
            {detail}
          </Text>
        ) : null}
        {others.length > 0 ? (
          <List size="sm" mt={4}>
            {others.map((e) => (
              <List.Item key={e.field}>{e.name ? t('common.fieldMessage', { field: e.label, message: e.message }) : e.message}</List.Item>
            ))}
          </List>
        ) : null}
        {children}
      </Alert>
    </div>
  );
}
