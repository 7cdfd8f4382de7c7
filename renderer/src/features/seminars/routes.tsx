import type { ReactNode } from 'react';
import { lazyPage } from '../../app/lazyPage';

const SeminarForm = lazyPage(() => import('./SeminarFormPage'), 'SeminarFormPage');

/** The seminar feature's inner pages; the list itself is the navigation entry `/seminars`. */
export const SEMINAR_ROUTES: { path: string; element: ReactNode }[] = [
  { path: '/seminars/new', element: SeminarForm },
  { path: '/seminars/:id', element: lazyPage(() => import('./SeminarPage'), 'SeminarPage') },
  { path: '/seminars/:id/edit', element: SeminarForm },
  { path: '/seminars/:id/checkin/:sessionId', element: lazyPage(() => import('./CheckInPage'), 'CheckInPage') },
  { path: '/seminars/:id/attendance', element: lazyPage(() => import('./AttendanceSheetPage'), 'AttendanceSheetPage') },
  { path: '/seminars/:id/evaluation', element: lazyPage(() => import('./EvaluationPage'), 'EvaluationPage') },
];
