import { lazy, type ComponentType, type ReactNode } from 'react';

/**
 * A page whose code is fetched the first time its route opens (its own chunk in the build), so
 * opening the app loads the dashboard's code only. `AppLayout` shows a loader meanwhile.
 */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ReactNode {
  const Page = lazy<ComponentType>(() => load().then((m) => ({ default: m[name] })));
  return <Page />;
}
