import type { ReactNode } from 'react';
import { lazyPage } from '../../app/lazyPage';

/** The contacts directory, reached from the seminars list (speakers and guests are picked from it). */
export const CONTACT_ROUTES: { path: string; element: ReactNode }[] = [{ path: '/seminars/contacts', element: lazyPage(() => import('./ContactsPage'), 'ContactsPage') }];
