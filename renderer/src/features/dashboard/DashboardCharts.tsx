import '@mantine/charts/styles.css';
import type { ReactNode } from 'react';
import { BarChart, CompositeChart } from '@mantine/charts';
import { Paper, Text, Title } from '@mantine/core';
import type { DashboardSummary } from '@shared/api/dashboard';
import { BUDGET_CATEGORY_LABELS } from '@shared/schemas/seminar';
import { formatBaht } from '@shared/thai';
import { count, monthLabel } from './format';

/** A province has at most 50 districts; beyond that the rest are summed so the chart stays legible. */
const MAX_DISTRICTS = 25;
const ROW_PX = 26;

function ChartPaper({ title, children, empty, testId }: { title: string; children: ReactNode; empty: boolean; testId: string }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Title order={4} mb="sm">{title}</Title>
      {empty ? <Text c="dimmed" size="sm">ยังไม่มีข้อมูลในปีงบประมาณนี้</Text> : children}
    </Paper>
  );
}

function districtRows(s: DashboardSummary): { district: string; count: number }[] {
  const named = s.volunteers.byDistrict.map((d) => ({ district: d.district || 'ไม่ระบุอำเภอ', count: d.count }));
  if (named.length <= MAX_DISTRICTS) return named;
  const rest = named.slice(MAX_DISTRICTS - 1);
  return [...named.slice(0, MAX_DISTRICTS - 1), { district: `อื่น ๆ (${rest.length} อำเภอ)`, count: rest.reduce((n, d) => n + d.count, 0) }];
}

// Dark text on the axes: the default grey fades on an office printer.
const TEXT = 'dark.7';
// Above the chart: placed in pixels from the top, it stays put when a printed chart is scaled.
// Series in the order they are declared (Recharts would sort them by key: `actual` before `planned`).
const LEGEND = { verticalAlign: 'top', height: 36, itemSorter: null } as const;

/** Active volunteers per district of their area, most first. */
export function DistrictChart({ s }: { s: DashboardSummary }) {
  const districts = districtRows(s);
  return (
    <ChartPaper title="อาสาสมัครที่ปฏิบัติหน้าที่ รายอำเภอ" empty={districts.length === 0} testId="chart-districts">
      <BarChart
        h={Math.max(160, districts.length * ROW_PX + 40)}
        data={districts}
        dataKey="district"
        orientation="vertical"
        series={[{ name: 'count', label: 'อาสาสมัคร (คน)', color: 'indigo.6' }]}
        yAxisProps={{ width: 130 }}
        valueFormatter={count}
        withBarValueLabel
        barLabelColor={TEXT}
        textColor={TEXT}
        gridAxis="x"
      />
    </ChartPaper>
  );
}

/** The fiscal year's months, ต.ค. to ก.ย.: people present as bars, seminars as a line on its own axis. */
export function MonthChart({ s }: { s: DashboardSummary }) {
  const months = s.months.map((m) => ({ month: monthLabel(m.month, m.year), seminars: m.seminars, attended: m.attended }));
  return (
    <ChartPaper title="โครงการและผู้เข้าร่วม รายเดือน" empty={s.months.every((m) => m.seminars === 0)} testId="chart-months">
      <CompositeChart
        h={300}
        data={months}
        dataKey="month"
        series={[
          { name: 'attended', label: 'ผู้เข้าร่วม (คน)', color: 'teal.6', type: 'bar' },
          { name: 'seminars', label: 'โครงการ', color: 'orange.7', type: 'line', yAxisId: 'right' },
        ]}
        withLegend
        legendProps={LEGEND}
        withRightYAxis
        yAxisLabel="ผู้เข้าร่วม (คน)"
        rightYAxisLabel="โครงการ"
        yAxisProps={{ allowDecimals: false }}
        rightYAxisProps={{ allowDecimals: false }}
        // Every month named, not every other one; the year is in the page title and the tooltip.
        xAxisProps={{ interval: 0, tickFormatter: (label: string) => label.split(' ')[0] }}
        curveType="linear"
        valueFormatter={count}
        maxBarWidth={28}
        textColor={TEXT}
      />
    </ChartPaper>
  );
}

/** Planned against actual per expense item of the training-expense regulation. */
export function BudgetChart({ s }: { s: DashboardSummary }) {
  const budget = s.budget.byCategory.map((b) => ({ item: BUDGET_CATEGORY_LABELS[b.category], planned: b.planned, actual: b.actual }));
  return (
    <ChartPaper title="งบประมาณตามรายการค่าใช้จ่าย (บาท)" empty={budget.length === 0} testId="chart-budget">
      <BarChart
        h={Math.max(180, budget.length * 2 * ROW_PX + 80)}
        data={budget}
        dataKey="item"
        orientation="vertical"
        series={[
          { name: 'planned', label: 'วางแผน', color: 'indigo.3' },
          { name: 'actual', label: 'ใช้จริง', color: 'indigo.8' },
        ]}
        yAxisProps={{ width: 170 }}
        // Whole baht on the axis; the tooltip keeps satang.
        xAxisProps={{ tickFormatter: (v: number) => count(v) }}
        valueFormatter={formatBaht}
        withLegend
        legendProps={LEGEND}
        textColor={TEXT}
        gridAxis="x"
      />
    </ChartPaper>
  );
}
