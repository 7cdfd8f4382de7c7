import './print.css';
import { lazy, Suspense, useState, type ComponentType } from 'react';
import { Alert, Button, Group, Loader, NativeSelect, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { fiscalYearRange, formatThaiDateShort } from '@shared/thai';
import type { DashboardSummary } from '@shared/api/dashboard';
import { useCall } from '../../api/hooks';
import { StatCards } from './StatCards';
import { TodoPanel } from './TodoPanel';

type Chart = ComponentType<{ s: DashboardSummary }>;
type ChartName = 'DistrictChart' | 'MonthChart' | 'BudgetChart';

/**
 * The charts (Recharts, the largest library in the app) are their own chunk, fetched while the
 * figures are already on screen, so the first screen does not wait for them.
 */
function lazyChart(name: ChartName): Chart {
  const Loaded = lazy(() => import('./DashboardCharts').then((m) => ({ default: m[name] })));
  return function LazyChart({ s }) {
    return (
      <Suspense fallback={<Skeleton h={280} radius="md" />}>
        <Loaded s={s} />
      </Suspense>
    );
  };
}

const DistrictChart = lazyChart('DistrictChart');
const MonthChart = lazyChart('MonthChart');
const BudgetChart = lazyChart('BudgetChart');
const ActivityDashboard = lazy(() => import('../activities/ActivityDashboard').then((m) => ({ default: m.ActivityDashboard })));

/** The home page: the province at a glance for one fiscal year, every figure from one call. */
export function DashboardPage() {
  // null: the core's current fiscal year, so the page never depends on the renderer's clock.
  const [fiscalYear, setFiscalYear] = useState<number | null>(null);
  const summary = useCall('dashboard-summary', fiscalYear === null ? {} : { fiscalYear }, { placeholderData: (previous) => previous });
  const s = summary.data;
  const range = s ? fiscalYearRange(s.fiscalYear) : null;

  return (
    <Stack data-print="dashboard">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>ภาพรวมจังหวัด{s ? ` ปีงบประมาณ ${s.fiscalYear}` : ''}</Title>
          {range && (
            <Text c="dimmed" size="sm">
              {formatThaiDateShort(range.start)} – {formatThaiDateShort(range.end)}
            </Text>
          )}
        </div>
        <Group align="flex-end" data-print-hide>
          {/* The browser's own list: Mantine's Select would bring its popover code into the first screen. */}
          <NativeSelect
            label="ปีงบประมาณ"
            data={(s?.fiscalYears ?? []).map((y) => ({ value: String(y), label: `ปีงบประมาณ ${y}` }))}
            value={s ? String(s.fiscalYear) : ''}
            onChange={(e) => setFiscalYear(Number(e.currentTarget.value))}
            w={180}
          />
          <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
            พิมพ์
          </Button>
        </Group>
      </Group>
      {summary.isError ? (
        <Alert color="red" title="แสดงภาพรวมไม่ได้">{summary.error.message}</Alert>
      ) : !s ? (
        <Loader />
      ) : (
        <>
          <StatCards s={s} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} data-print-cols="2">
            <DistrictChart s={s} />
            <MonthChart s={s} />
            <BudgetChart s={s} />
            <TodoPanel s={s} />
          </SimpleGrid>
          <Suspense fallback={<Skeleton h={200} radius="md" />}>
            <ActivityDashboard fiscalYear={s.fiscalYear} />
          </Suspense>
        </>
      )}
    </Stack>
  );
}
