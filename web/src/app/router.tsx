import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { RequireSession } from '../features/auth/require-session';
import { homePath, loginPath } from '../features/auth/return-path';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';
import { PageLoader } from '../lib/page-state';
import { RouteErrorPage } from './route-error-page';

// Each page is its own chunk: the login page does not carry the dashboard, nor one area the others.
const LoginPage = lazy(() => import('../features/auth/login-page'));
const CandidatesPage = lazy(() => import('../features/candidates/candidates-page'));

export const router = createBrowserRouter([
  {
    errorElement: <RouteErrorPage />,
    children: [
      {
        path: loginPath,
        element: (
          <Suspense fallback={<PageLoader />}>
            <LoginPage />
          </Suspense>
        ),
      },
      {
        element: (
          <RequireSession>
            <AppLayout />
          </RequireSession>
        ),
        children: [
          { index: true, element: <Navigate to={homePath} replace /> },
          { path: 'kandidater', element: <CandidatesPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
