import type { ReactNode } from 'react';
import { CheckInPage } from './CheckInPage';
import { ContactsPage } from './ContactsPage';
import { RatesPage } from './RatesPage';
import { SeminarFormPage } from './SeminarFormPage';
import { SeminarPage } from './SeminarPage';

/** The seminar feature's inner pages; the list itself is the navigation entry `/seminars`. */
export const SEMINAR_ROUTES: { path: string; element: ReactNode }[] = [
  { path: '/seminars/new', element: <SeminarFormPage /> },
  { path: '/seminars/contacts', element: <ContactsPage /> },
  { path: '/seminars/rates', element: <RatesPage /> },
  { path: '/seminars/:id', element: <SeminarPage /> },
  { path: '/seminars/:id/edit', element: <SeminarFormPage /> },
  { path: '/seminars/:id/checkin/:sessionId', element: <CheckInPage /> },
];
