import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { RequireRole } from '../features/auth/require-role';
import { RequireSession } from '../features/auth/require-session';
import { loginPath } from '../features/auth/return-path';
import { useSessionUser } from '../features/auth/use-session-user';
import { PageLoader } from '../lib/page-state';
import { rolesFor, startPathFor, type AreaPath } from './areas';
import { RouteErrorBoundary } from './route-error-boundary';

// Each page is its own chunk, and so is the signed-in frame: the login page carries neither.
const LoginPage = lazy(() => import('../features/auth/login-page'));
const AppLayout = lazy(() => import('./app-layout'));
const NotFoundPage = lazy(() => import('./not-found-page'));
const OverviewPage = lazy(() => import('../features/overview/overview-page'));
const CandidatesPage = lazy(() => import('../features/candidates/candidates-page'));
const CandidatePage = lazy(() => import('../features/candidates/candidate-page'));
const ConsentsPage = lazy(() => import('../features/consents/consents-page'));
const SubscribersPage = lazy(() => import('../features/newsletter/subscribers-page'));
const CasesPage = lazy(() => import('../features/cases/cases-page'));
const CasePage = lazy(() => import('../features/cases/case-page'));
const ProcessorsPage = lazy(() => import('../features/processors/processors-page'));
const ProcessorPage = lazy(() => import('../features/processors/processor-page'));
const ProcessingRecordPage = lazy(() => import('../features/registers/processing-record-page'));
const StatementListsPage = lazy(() => import('../features/registers/statement-lists-page'));
const RetentionPage = lazy(() => import('../features/retention/retention-page'));
const RetentionRunPage = lazy(() => import('../features/retention/retention-run-page'));
const CompliancePage = lazy(() => import('../features/compliance/compliance-page'));
const AuditLogPage = lazy(() => import('../features/audit/audit-log-page'));
const OutboxPage = lazy(() => import('../features/outbox/outbox-page'));
const RequestsPage = lazy(() => import('../features/requests/requests-page'));
const RequestPage = lazy(() => import('../features/requests/request-page'));
const PersonsPage = lazy(() => import('../features/persons/persons-page'));

const area = (path: AreaPath, page: ReactNode) => <RequireRole roles={rolesFor(path)}>{page}</RequireRole>;

export function AppRoutes() {
  const { pathname } = useLocation();
  return (
    // A page that fails to render is replaced, not the whole app; going elsewhere clears it.
    <RouteErrorBoundary resetKey={pathname}>
      <Suspense fallback={<PageLoader />}>
        <Routes>
          <Route path={loginPath} element={<LoginPage />} />
          <Route
            element={
              <RequireSession>
                <AppLayout />
              </RequireSession>
            }
          >
            <Route index element={<StartPage />} />
            <Route path="oversikt" element={area('/oversikt', <OverviewPage />)} />
            <Route path="saker" element={area('/saker', <CasesPage />)} />
            <Route path="saker/:id" element={area('/saker', <CasePage />)} />
            <Route path="kandidater" element={area('/kandidater', <CandidatesPage />)} />
            <Route path="kandidater/:id" element={area('/kandidater', <CandidatePage />)} />
            <Route path="samtykker" element={area('/samtykker', <ConsentsPage />)} />
            <Route path="nyhetsbrev" element={area('/nyhetsbrev', <SubscribersPage />)} />
            <Route path="behandlere" element={area('/behandlere', <ProcessorsPage />)} />
            <Route path="behandlere/:id" element={area('/behandlere', <ProcessorPage />)} />
            <Route path="protokoll" element={area('/protokoll', <ProcessingRecordPage />)} />
            <Route path="protokoll/personvernerklaering" element={area('/protokoll', <StatementListsPage />)} />
            <Route path="sletting" element={area('/sletting', <RetentionPage />)} />
            <Route path="sletting/kjoringer/:id" element={area('/sletting', <RetentionRunPage />)} />
            <Route path="internkontroll" element={area('/internkontroll', <CompliancePage />)} />
            <Route path="revisjonslogg" element={area('/revisjonslogg', <AuditLogPage />)} />
            <Route path="utboks" element={area('/utboks', <OutboxPage />)} />
            <Route path="foresporsler" element={area('/foresporsler', <RequestsPage />)} />
            <Route path="foresporsler/:id" element={area('/foresporsler', <RequestPage />)} />
            <Route path="personer" element={area('/personer', <PersonsPage />)} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </Suspense>
    </RouteErrorBoundary>
  );
}

function StartPage() {
  const user = useSessionUser();
  return user ? <Navigate to={startPathFor(user.role)} replace /> : null;
}
