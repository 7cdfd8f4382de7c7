import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, createHashRouter } from 'react-router';
import { AppLayout } from './AppLayout';
import { ErrorBoundary } from './ErrorBoundary';
import { theme } from './theme';

const queryClient = new QueryClient({
  // A local database answers at once; retrying would only delay the Thai error message.
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

// A data router, so a form can hold the user back from leaving it unsaved (useBlocker).
const router = createHashRouter([{ path: '*', element: <AppLayout /> }]);

export function App() {
  return (
    <MantineProvider theme={theme}>
      {/* Bottom right: the check-in counter and page actions sit at the top. */}
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <ErrorBoundary>
          <RouterProvider router={router} />
        </ErrorBoundary>
      </QueryClientProvider>
    </MantineProvider>
  );
}
