import type { ReactNode } from 'react';
import { VolunteerFormPage } from './VolunteerFormPage';
import { VolunteerPage } from './VolunteerPage';
import { VolunteerRulesPage } from './VolunteerRulesPage';

/** The register's inner pages; the list itself is the navigation entry `/volunteers`. */
export const VOLUNTEER_ROUTES: { path: string; element: ReactNode }[] = [
  { path: '/volunteers/new', element: <VolunteerFormPage /> },
  { path: '/volunteers/rules', element: <VolunteerRulesPage /> },
  { path: '/volunteers/:id', element: <VolunteerPage /> },
  { path: '/volunteers/:id/edit', element: <VolunteerFormPage /> },
];
