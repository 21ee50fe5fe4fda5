import { Alert, Group, Text } from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../app/format/format';
import { ProblemAlert } from '../../../app/ui/problem-alert';
import { adminApi } from '../admin-api';

/** Recomputes the hash chain of the audit log on the server; the result says whether it is intact. */
export function useAuditVerification() {
  return useMutation({ mutationKey: ['admin', 'audit', 'verify'], mutationFn: adminApi.verifyAudit });
}

export function AuditVerifyResult({ verification }: { verification: ReturnType<typeof useAuditVerification> }) {
  const { t, i18n } = useTranslation();
  if (verification.isError) return <ProblemAlert error={verification.error} onClose={verification.reset} />;
  const result = verification.data;
  if (!result) return null;
  const checked = formatNumber(result.checked, i18n.language);
  return (
    <div aria-live="polite">
      {result.ok ? (
        <Alert
          color="teal"
          variant="light"
          icon={<IconShieldCheck size={20} aria-hidden />}
          title={t('audit.verify.okTitle')}
          withCloseButton
          onClose={verification.reset}
          closeButtonLabel={t('common.close')}
        >
          {t('audit.verify.okMessage', { checked })}
        </Alert>
      ) : (
        <Alert
          color="red"
          variant="light"
          icon={<IconShieldX size={20} aria-hidden />}
          title={t('audit.verify.brokenTitle')}
          withCloseButton
          onClose={verification.reset}
          closeButtonLabel={t('common.close')}
          role="alert"
        >
          <Text size="sm">
            {t('audit.verify.brokenMessage', {
              checked,
              seq: result.firstBrokenSeq === null ? '—' : formatNumber(result.firstBrokenSeq, i18n.language, { useGrouping: false }),
            })}
          </Text>
          {result.reason ? (
            <Group gap={4} mt={4}>
              <Text size="sm" fw={600}>
                {t('audit.verify.reason')}
              </Text>
              <Text size="sm" className="ltr-value">
                {result.reason}
              </Text>
            </Group>
          ) : null}
        </Alert>
      )}
    </div>
  );
}
