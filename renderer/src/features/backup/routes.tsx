import type { ReactNode } from 'react';
import { lazyPage } from '../../app/lazyPage';

/** Reached from the settings page. */
export const BACKUP_ROUTES: { path: string; element: ReactNode }[] = [
  { path: '/settings/backup', element: lazyPage(() => import('./BackupPage'), 'BackupPage') },
  { path: '/settings/privacy', element: lazyPage(() => import('./PrivacyNoticePage'), 'PrivacyNoticePage') },
];
