import { totpCodeSchema } from '@mizan/core';
import { Alert, Button, Center, CopyButton, Group, List, Loader, Stack, TextInput, Tooltip, ActionIcon } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { groupSecret } from '../format/format';
import { ProblemAlert } from '../ui/problem-alert';
import { useFormErrors } from '../ui/use-form-errors';
import { authApi } from './auth-api';
import { CodeInput } from './second-factor-form';
import { svgDataUrl } from './totp-code';
import { useSession } from './use-session';

/** First sign-in of a privileged account: enrol an authenticator app (TOTP) before going further. */
export function EnrolmentStep({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const { accept } = useSession();
  const [code, setCode] = useState('');

  // A query rather than a mutation: started once per visit, even under StrictMode's double effects.
  const enrolment = useQuery({
    queryKey: ['auth', 'enrolment'],
    queryFn: authApi.startEnrolment,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });
  const confirm = useMutation({
    mutationFn: (c: string) => authApi.confirmEnrolment(c),
    onSuccess: accept,
    onError: () => setCode(''),
  });
  const errors = useFormErrors(confirm.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!totpCodeSchema.safeParse(code).success) {
      errors.setError('code', t('auth.code.invalid'));
      return;
    }
    confirm.reset();
    confirm.mutate(code);
  };

  if (enrolment.isPending) {
    return (
      <Center py="xl" aria-busy="true">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (enrolment.isError) {
    return (
      <Stack>
        <ProblemAlert error={enrolment.error} />
        <Group grow>
          <Button variant="default" onClick={onCancel}>
            {t('auth.cancel')}
          </Button>
          <Button onClick={() => void enrolment.refetch()}>{t('common.retry')}</Button>
        </Group>
      </Stack>
    );
  }

  const { secret, qrSvg } = enrolment.data;
  const grouped = groupSecret(secret);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Alert variant="light" color="mizan" title={t('auth.enrolment.why')}>
          {t('auth.enrolment.intro')}
        </Alert>
        <List type="ordered" spacing="xs" size="sm">
          <List.Item>{t('auth.enrolment.step1')}</List.Item>
          <List.Item>{t('auth.enrolment.step2')}</List.Item>
          <List.Item>{t('auth.enrolment.step3')}</List.Item>
        </List>
        <Center>
          <img className="qr-code" src={svgDataUrl(qrSvg)} alt={t('auth.enrolment.qrAlt')} width={200} height={200} />
        </Center>
        <TextInput
          label={t('auth.enrolment.manual')}
          readOnly
          value={grouped}
          name="totp-secret"
          dir="ltr"
          onFocus={(e) => e.currentTarget.select()}
          classNames={{ input: 'secret-code' }}
          rightSectionWidth={42}
          rightSection={
            <CopyButton value={secret}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? t('common.copied') : t('common.copy')} withArrow>
                  <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={t('auth.enrolment.copySecret')}>
                    {copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          }
        />
        <ProblemAlert error={confirm.error} fieldsShown={['code']} />
        <CodeInput
          value={code}
          onChange={(c) => {
            setCode(c);
            errors.clear('code');
          }}
          error={errors.errorOf('code')}
        />
        <Button type="submit" loading={confirm.isPending} fullWidth size="md">
          {t('auth.enrolment.submit')}
        </Button>
        <Button variant="subtle" color="gray" onClick={onCancel} fullWidth>
          {t('auth.cancel')}
        </Button>
      </Stack>
    </form>
  );
}
