import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { HashRouter } from 'react-router';
import { AppLayout } from './AppLayout';
import { ErrorBoundary } from './ErrorBoundary';
import { theme } from './theme';

const queryClient = new QueryClient({
  // A local database answers at once; retrying would only delay the Thai error message.
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

export function App() {
  return (
    <MantineProvider theme={theme}>
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <ErrorBoundary>
          <HashRouter>
            <AppLayout />
          </HashRouter>
        </ErrorBoundary>
      </QueryClientProvider>
    </MantineProvider>
  );
}
