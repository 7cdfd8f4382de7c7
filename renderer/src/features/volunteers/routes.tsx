import type { ReactNode } from 'react';
import { lazyPage } from '../../app/lazyPage';

const VolunteerForm = lazyPage(() => import('./VolunteerFormPage'), 'VolunteerFormPage');

/** The register's inner pages; the list itself is the navigation entry `/volunteers`. */
export const VOLUNTEER_ROUTES: { path: string; element: ReactNode }[] = [
  { path: '/volunteers/new', element: VolunteerForm },
  { path: '/volunteers/duplicates', element: lazyPage(() => import('./DuplicatesPage'), 'DuplicatesPage') },
  { path: '/volunteers/rules', element: lazyPage(() => import('./VolunteerRulesPage'), 'VolunteerRulesPage') },
  { path: '/volunteers/:id', element: lazyPage(() => import('./VolunteerPage'), 'VolunteerPage') },
  { path: '/volunteers/:id/edit', element: VolunteerForm },
];
