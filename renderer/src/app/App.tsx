import { lazy, Suspense } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, createHashRouter } from 'react-router';
import { prefetchCall } from '../api/hooks';
import { AppLayout } from './AppLayout';
import { ErrorBoundary } from './ErrorBoundary';
import { theme } from './theme';

// Only ever needed after the first screen (a save, an error): its code loads after the dashboard's.
// A notification shown earlier waits in the store and appears once this is mounted.
const Notifications = lazy(() => import('@mantine/notifications').then((m) => ({ default: m.Notifications })));

const queryClient = new QueryClient({
  // A local database answers at once; retrying would only delay the Thai error message.
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

// The first screen's answers are asked for now, while React renders, instead of after it.
prefetchCall(queryClient, 'settings-get', {});
if (['', '#', '#/'].includes(window.location.hash)) prefetchCall(queryClient, 'dashboard-summary', {});

// A data router, so a form can hold the user back from leaving it unsaved (useBlocker).
const router = createHashRouter([{ path: '*', element: <AppLayout /> }]);

export function App() {
  return (
    <MantineProvider theme={theme}>
      {/* Bottom right: the check-in counter and page actions sit at the top. */}
      <Suspense fallback={null}>
        <Notifications position="bottom-right" />
      </Suspense>
      <QueryClientProvider client={queryClient}>
        <ErrorBoundary>
          <RouterProvider router={router} />
        </ErrorBoundary>
      </QueryClientProvider>
    </MantineProvider>
  );
}
