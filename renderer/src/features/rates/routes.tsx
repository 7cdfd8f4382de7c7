import type { ReactNode } from 'react';
import { lazyPage } from '../../app/lazyPage';

/** The expense rates, reached from the seminars list (budget lines are priced from them). */
export const RATE_ROUTES: { path: string; element: ReactNode }[] = [{ path: '/seminars/rates', element: lazyPage(() => import('./RatesPage'), 'RatesPage') }];
