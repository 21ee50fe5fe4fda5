import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { ComingSoonPage } from '../pages/coming-soon.page';
import { LoginPage } from '../pages/login.page';
import { NotFoundPage } from '../pages/not-found.page';
import { RouteErrorPage } from '../pages/route-error.page';
import { AppLayout } from '../shell/app-layout';
import { BUSINESS_MODULES } from '../shell/navigation';
import { RequirePermission } from './require-permission';
import { DashboardPage } from '../../modules/home/pages/dashboard.page';

const AccountPage = lazy(() => import('../../modules/account/pages/account.page'));
const AdminHomePage = lazy(() => import('../../modules/admin/pages/admin-home.page'));
const UserListPage = lazy(() => import('../../modules/admin/pages/user-list.page'));
const UserCreatePage = lazy(() => import('../../modules/admin/pages/user-create.page'));
const UserDetailPage = lazy(() => import('../../modules/admin/pages/user-detail.page'));
const RoleListPage = lazy(() => import('../../modules/admin/pages/role-list.page'));
const RoleEditPage = lazy(() => import('../../modules/admin/pages/role-edit.page'));
const OrganisationListPage = lazy(() => import('../../modules/admin/pages/organisation-list.page'));
const AuditLogPage = lazy(() => import('../../modules/admin/pages/audit-log.page'));

const ADMIN_READ = ['admin:users-read', 'admin:roles-read', 'admin:organisations-read', 'admin:audit-read'] as const;

function guarded(permission: string | readonly string[], element: React.ReactNode) {
  return <RequirePermission permission={permission}>{element}</RequirePermission>;
}

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage />, errorElement: <RouteErrorPage /> },
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        // Pathless: errors in a page are caught here, inside the shell, so navigation stays usable.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <DashboardPage /> },
          { path: 'account', element: <AccountPage /> },
          ...BUSINESS_MODULES.map<RouteObject>((module) => ({
            path: `${module}/*`,
            element: guarded(`${module}:read`, <ComingSoonPage module={module} />),
          })),
          {
            path: 'admin',
            children: [
              { index: true, element: guarded(ADMIN_READ, <AdminHomePage />) },
              { path: 'users', element: guarded('admin:users-read', <UserListPage />) },
              { path: 'users/new', element: guarded('admin:users-write', <UserCreatePage />) },
              { path: 'users/:id', element: guarded('admin:users-read', <UserDetailPage />) },
              { path: 'roles', element: guarded('admin:roles-read', <RoleListPage />) },
              { path: 'roles/new', element: guarded('admin:roles-write', <RoleEditPage />) },
              { path: 'roles/:key', element: guarded('admin:roles-read', <RoleEditPage />) },
              { path: 'organisations', element: guarded('admin:organisations-read', <OrganisationListPage />) },
              { path: 'audit', element: guarded('admin:audit-read', <AuditLogPage />) },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
