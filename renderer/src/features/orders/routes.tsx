import type { ReactNode } from 'react';
import { lazyPage } from '../../app/lazyPage';

/** The orders' inner pages; the list itself is the navigation entry `/orders`. */
export const ORDER_ROUTES: { path: string; element: ReactNode }[] = [
  { path: '/orders/new', element: lazyPage(() => import('./OrderFormPage'), 'OrderFormPage') },
  { path: '/orders/:id', element: lazyPage(() => import('./OrderPage'), 'OrderPage') },
];
