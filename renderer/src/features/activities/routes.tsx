import type { ReactNode } from 'react';
import { lazyPage } from '../../app/lazyPage';

/** The activity records' inner pages; the monthly grid itself is the navigation entry `/activities`. */
export const ACTIVITY_ROUTES: { path: string; element: ReactNode }[] = [
  { path: '/activities/report', element: lazyPage(() => import('./ActivityReportPage'), 'ActivityReportPage') },
  { path: '/activities/import', element: lazyPage(() => import('./ActivityImportPage'), 'ActivityImportPage') },
  { path: '/activities/kinds', element: lazyPage(() => import('./ActivityKindsPage'), 'ActivityKindsPage') },
  { path: '/activities/nomination', element: lazyPage(() => import('../awards/NominationPage'), 'NominationPage') },
];
