import type { ReactNode } from 'react';
import { BackupPage } from './BackupPage';
import { PrivacyNoticePage } from './PrivacyNoticePage';

/** Reached from the settings page. */
export const BACKUP_ROUTES: { path: string; element: ReactNode }[] = [
  { path: '/settings/backup', element: <BackupPage /> },
  { path: '/settings/privacy', element: <PrivacyNoticePage /> },
];
