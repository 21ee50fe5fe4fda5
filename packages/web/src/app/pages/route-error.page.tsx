import { Button, Code, Collapse } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBug } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { isApiError } from '../api/problem';
import { ForbiddenPage } from './forbidden.page';
import { NotFoundPage } from './not-found.page';
import { StatusPage } from './status-page';

/** A lazily loaded page file that vanished after a new version was deployed. */
function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /Failed to fetch dynamically imported module|Importing a module script failed|error loading dynamically imported module/i.test(
      error.message,
    )
  );
}

/** Error boundary of the routes: a page that crashed shows this instead of a blank screen. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  const [open, { toggle }] = useDisclosure(false);

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if ((isRouteErrorResponse(error) || isApiError(error)) && error.status === 403) return <ForbiddenPage />;
  if (isApiError(error) && error.status === 404) return <NotFoundPage />;

  const updated = isChunkLoadError(error);
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <StatusPage
      icon={<IconBug size={36} aria-hidden />}
      color="red"
      title={updated ? t('errors.updated.title') : t('errors.crash.title')}
      message={updated ? t('errors.updated.message') : t('errors.crash.message')}
      actions={
        <>
          <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
          <Button component={Link} to="/" variant="light" reloadDocument>
            {t('errors.backHome')}
          </Button>
        </>
      }
    >
      {!updated ? (
        <>
          <Button variant="subtle" size="xs" onClick={toggle} aria-expanded={open}>
            {t('errors.technicalDetails')}
          </Button>
          <Collapse in={open}>
            <Code block className="audit-details" maw={520}>
              {detail}
            </Code>
          </Collapse>
        </>
      ) : null}
    </StatusPage>
  );
}
