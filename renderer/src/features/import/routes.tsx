import type { ReactNode } from 'react';
import { ImportPage } from './ImportPage';

/** The import wizard, reached from the volunteer register. */
export const IMPORT_ROUTES: { path: string; element: ReactNode }[] = [{ path: '/volunteers/import', element: <ImportPage /> }];
