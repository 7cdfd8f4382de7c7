import '@mantine/charts/styles.css';
import './print.css';
import { useState } from 'react';
import { Alert, Button, Group, Loader, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { fiscalYearRange, formatThaiDateShort } from '@shared/thai';
import { useCall } from '../../api/hooks';
import { BudgetChart, DistrictChart, MonthChart } from './DashboardCharts';
import { StatCards } from './StatCards';
import { TodoPanel } from './TodoPanel';

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
          <Select
            label="ปีงบประมาณ"
            data={(s?.fiscalYears ?? []).map((y) => ({ value: String(y), label: `ปีงบประมาณ ${y}` }))}
            value={s ? String(s.fiscalYear) : null}
            onChange={(v) => v && setFiscalYear(Number(v))}
            allowDeselect={false}
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
        </>
      )}
    </Stack>
  );
}
