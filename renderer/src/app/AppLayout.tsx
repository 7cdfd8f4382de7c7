import { Suspense } from 'react';
import { AppShell, Group, Loader, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { NavLink as RouterLink, Route, Routes, useLocation } from 'react-router';
import { useCall } from '../api/hooks';
import { ErrorBoundary } from './ErrorBoundary';
import { INNER_ROUTES, NAV } from './routes';

function isActive(path: string, current: string): boolean {
  return path === '/' ? current === '/' : current === path || current.startsWith(`${path}/`);
}

export function AppLayout() {
  const location = useLocation();
  const settings = useCall('settings-get', {});
  const office = settings.data?.officeName || 'ยังไม่ได้ตั้งชื่อหน่วยงาน';
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Title order={3} c="indigo.8">Asa Desk</Title>
            <Text c="dimmed" size="sm" visibleFrom="sm">ระบบงานอาสาสมัครแรงงานจังหวัด</Text>
          </Group>
          <Text fw={500} truncate data-testid="office-name">{office}</Text>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <ScrollArea>
          <nav aria-label="เมนูหลัก">
            {NAV.map((n) => (
              <NavLink
                key={n.path}
                component={RouterLink}
                to={n.path}
                label={n.label}
                leftSection={n.icon}
                active={isActive(n.path, location.pathname)}
              />
            ))}
          </nav>
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <ErrorBoundary key={location.pathname}>
          {/* Pages other than the dashboard load their code when first opened. */}
          <Suspense fallback={<Loader aria-label="กำลังเปิดหน้า" />}>
            <Routes>
              {NAV.map((n) => (
                <Route key={n.path} path={n.path} element={n.element} />
              ))}
              {INNER_ROUTES.map((r) => (
                <Route key={r.path} path={r.path} element={r.element} />
              ))}
              <Route path="*" element={<Text>ไม่พบหน้านี้</Text>} />
            </Routes>
          </Suspense>
        </ErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
