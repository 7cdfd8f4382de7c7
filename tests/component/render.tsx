import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { theme } from '../../renderer/src/app/theme';
import type { TestCore } from '../helpers/core';

/** Renders a screen with the app's providers, under a data router as in the app. */
export function renderScreen(ui: ReactNode, route = '/') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [route] });
  return render(
    <MantineProvider theme={theme}>
      <Notifications />
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  );
}

/** Connects the renderer's api client to a real core in this process, as the preload would. */
export function connectCore(core: TestCore): void {
  window.asaDesk = {
    invoke: (async (req: { kind: string; method: string; input: unknown }) => {
      if (req.kind !== 'call') throw new Error(`not available in component tests: ${req.kind}`);
      return core.dispatch(req.method, req.input);
    }) as never,
    onEvent: (listener) => core.onEvent(listener),
  };
}
