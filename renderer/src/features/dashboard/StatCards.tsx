import type { ReactNode } from 'react';
import { Anchor, Group, Paper, Progress, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { DashboardSummary } from '@shared/api/dashboard';
import { TERM_ENDING_DAYS } from '@shared/api/dashboard-terms';
import { formatBaht, formatThaiDateShort } from '@shared/thai';
import { count, percentText } from './format';

function Stat({ label, value, unit, children, testId }: { label: string; value: string; unit: string; children?: ReactNode; testId: string }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Text size="sm" c="dimmed" fw={500}>{label}</Text>
      {/* The figure stays on one line ("1 / 2" was broken as "1 /" over "2"); the unit goes below when the card is narrow. */}
      <Group gap={6} align="baseline" mt={4}>
        <Text fz={30} fw={700} lh={1.1} style={{ whiteSpace: 'nowrap' }}>{value}</Text>
        <Text size="sm" c="dimmed">{unit}</Text>
      </Group>
      {children}
    </Paper>
  );
}

/** The five figures a head of office asks for first. */
export function StatCards({ s }: { s: DashboardSummary }) {
  const notCancelled = s.seminars.planned + s.seminars.running + s.seminars.done;
  const used = s.budget.planned > 0 ? s.budget.actual / s.budget.planned : null;
  // The register's "terms ending" filter counts from today, so the link only fits when we do too.
  const endingIsToday = s.asOf === s.today;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} data-print-cols="5">
      <Stat label="อาสาสมัครที่ปฏิบัติหน้าที่" value={count(s.volunteers.active)} unit="คน" testId="stat-active">
        <Text size="xs" c="dimmed" mt={4}>ณ วันที่ {formatThaiDateShort(s.asOf)}</Text>
      </Stat>
      <Stat label={`ครบวาระภายใน ${TERM_ENDING_DAYS} วัน`} value={count(s.volunteers.termsEnding)} unit="คน" testId="stat-ending">
        {endingIsToday ? (
          <Anchor component={Link} to={`/volunteers?termEndsWithinDays=${TERM_ENDING_DAYS}`} size="xs" data-print-hide>
            ดูรายชื่อ
          </Anchor>
        ) : (
          <Text size="xs" c="dimmed" mt={4}>นับจาก {formatThaiDateShort(s.asOf)}</Text>
        )}
      </Stat>
      <Stat label="โครงการในปีงบประมาณ" value={`${count(s.seminars.done)} / ${count(notCancelled)}`} unit="เสร็จสิ้น / ทั้งหมด" testId="stat-seminars">
        <Text size="xs" c="dimmed" mt={4}>
          วางแผน {count(s.seminars.planned)} · กำลังดำเนินการ {count(s.seminars.running)} · ยกเลิก {count(s.seminars.cancelled)}
        </Text>
      </Stat>
      <Stat label="ผู้เข้าร่วมโครงการ" value={count(s.participants.attended)} unit="คน" testId="stat-participants">
        <Text size="xs" c="dimmed" mt={4}>
          จากเป้าหมาย {count(s.participants.planned)} คน ({percentText(s.participants.attendanceRate)})
        </Text>
        <Text size="xs" c="dimmed">ลงทะเบียน {count(s.participants.registered)} คน</Text>
      </Stat>
      <Stat label="งบประมาณที่ใช้จริง" value={formatBaht(s.budget.actual)} unit="บาท" testId="stat-budget">
        <Progress value={Math.min(100, (used ?? 0) * 100)} mt={6} size="sm" aria-label="สัดส่วนงบประมาณที่ใช้" />
        <Text size="xs" c="dimmed" mt={4}>จากที่วางแผน {formatBaht(s.budget.planned)} บาท ({percentText(used)})</Text>
      </Stat>
    </SimpleGrid>
  );
}
