import type { ReactNode } from 'react';
import { lazyPage } from '../../app/lazyPage';

/** The import wizard, reached from the volunteer register. */
export const IMPORT_ROUTES: { path: string; element: ReactNode }[] = [{ path: '/volunteers/import', element: lazyPage(() => import('./ImportPage'), 'ImportPage') }];
