import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useCall } from '../../api/hooks';

const n = (x: number) => x.toLocaleString('th-TH');

/** The charts' tick labels: 12 px in the page's font. */
const TICK_FONT_PX = 12;

/**
 * The y axis as wide as the longest kind's name (the office names its own kinds), so no name runs
 * out of the card; measured in the page's font, with room for the tick.
 */
function axisWidth(names: string[]): number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return 240;
  context.font = `${TICK_FONT_PX}px ${getComputedStyle(document.body).fontFamily}`;
  return Math.ceil(Math.max(0, ...names.map((name) => context.measureText(name).width))) + 16;
}

/**
 * The home page's card for the volunteers' work in the fiscal year: people reached, who reported,
 * referrals, and a bar per kind of activity. Its own chunk, loaded after the page's figures.
 */
export function ActivityDashboard({ fiscalYear }: { fiscalYear: number }) {
  const report = useCall('activity-report', { period: { fiscalYear, scope: 'year' } });
  const r = report.data;
  return (
    <Paper withBorder p="md" radius="md" data-testid="card-activities">
      <Group justify="space-between" mb="sm">
        <Title order={4}>ผลการปฏิบัติงานของอาสาสมัคร ปีงบประมาณ {fiscalYear}</Title>
        <Anchor component={Link} to="/activities/report" size="sm" data-print-hide>ดูรายงาน</Anchor>
      </Group>
      {!r ? (
        <Text c="dimmed" size="sm">{report.error ? report.error.message : 'กำลังคำนวณ…'}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <Stack gap="xs">
            <Text><Text span fw={700} fz="xl">{n(r.total)}</Text> คน ได้รับประโยชน์จากงานของอาสาสมัคร</Text>
            <Text>มีผลงาน {n(r.serving - r.inactive.length)} จาก {n(r.serving)} คนที่ปฏิบัติหน้าที่{r.inactive.length > 0 && ` (ยังไม่มีผลงาน ${n(r.inactive.length)} คน)`}</Text>
            <Text>ชี้เป้า/ส่งต่อ {n(r.agencies.reduce((s, a) => s + a.records, 0))} เรื่อง ได้รับความช่วยเหลือแล้ว {n(r.agencies.reduce((s, a) => s + a.helped, 0))} เรื่อง</Text>
          </Stack>
          {r.total === 0 ? (
            <Text c="dimmed" size="sm">ยังไม่มีผลงานที่บันทึกไว้ในปีงบประมาณนี้</Text>
          ) : (
            <BarChart
              h={Math.max(160, r.kinds.length * 34)}
              data={r.kinds.map((k, i) => ({ kind: k.name, people: r.totals[i] }))}
              dataKey="kind"
              orientation="vertical"
              yAxisProps={{ width: axisWidth(r.kinds.map((k) => k.name)) }}
              series={[{ name: 'people', label: 'ผู้ได้รับประโยชน์ (คน)', color: 'teal.6' }]}
              valueFormatter={n}
            />
          )}
        </SimpleGrid>
      )}
    </Paper>
  );
}
