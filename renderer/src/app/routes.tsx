import type { ReactNode } from 'react';
import { IconChartBar, IconClipboardList, IconFileCertificate, IconFileText, IconHome, IconSettings, IconUsers } from '@tabler/icons-react';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { ACTIVITY_ROUTES } from '../features/activities/routes';
import { BACKUP_ROUTES } from '../features/backup/routes';
import { CONTACT_ROUTES } from '../features/contacts/routes';
import { IMPORT_ROUTES } from '../features/import/routes';
import { RATE_ROUTES } from '../features/rates/routes';
import { ORDER_ROUTES } from '../features/orders/routes';
import { SEMINAR_ROUTES } from '../features/seminars/routes';
import { VOLUNTEER_ROUTES } from '../features/volunteers/routes';
import { lazyPage } from './lazyPage';

export interface NavEntry {
  path: string;
  label: string;
  icon: ReactNode;
  element: ReactNode;
}

/**
 * The navigation, in the order the office works. Each feature puts its page here. The dashboard,
 * the first screen, is in the main chunk; every other page is loaded when first opened.
 */
export const NAV: NavEntry[] = [
  { path: '/', label: 'หน้าหลัก', icon: <IconHome size={18} />, element: <DashboardPage /> },
  { path: '/volunteers', label: 'อาสาสมัคร', icon: <IconUsers size={18} />, element: lazyPage(() => import('../features/volunteers/VolunteersPage'), 'VolunteersPage') },
  { path: '/orders', label: 'คำสั่งแต่งตั้ง', icon: <IconFileCertificate size={18} />, element: lazyPage(() => import('../features/orders/OrdersPage'), 'OrdersPage') },
  { path: '/activities', label: 'ผลงานอาสาสมัคร', icon: <IconClipboardList size={18} />, element: lazyPage(() => import('../features/activities/ActivitiesPage'), 'ActivitiesPage') },
  { path: '/seminars', label: 'โครงการ/สัมมนา', icon: <IconChartBar size={18} />, element: lazyPage(() => import('../features/seminars/SeminarsPage'), 'SeminarsPage') },
  { path: '/reports', label: 'รายงาน', icon: <IconFileText size={18} />, element: lazyPage(() => import('../features/reports/ReportsPage'), 'ReportsPage') },
  { path: '/settings', label: 'ตั้งค่า', icon: <IconSettings size={18} />, element: lazyPage(() => import('../features/settings/SettingsPage'), 'SettingsPage') },
];

/** Pages reached from within a feature (detail pages, forms), not listed in the navigation. */
export const INNER_ROUTES: { path: string; element: ReactNode }[] = [...ACTIVITY_ROUTES, ...CONTACT_ROUTES, ...RATE_ROUTES, ...SEMINAR_ROUTES, ...VOLUNTEER_ROUTES, ...BACKUP_ROUTES, ...IMPORT_ROUTES, ...ORDER_ROUTES];
