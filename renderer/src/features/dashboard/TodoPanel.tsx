import type { ReactNode } from 'react';
import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { DashboardSummary } from '@shared/api/dashboard';
import { formatThaiDateShort } from '@shared/thai';
import { ageText, count, localWhen } from './format';

/** Automatic backups run daily: older than this means they have stopped. */
const BACKUP_STALE_HOURS = 48;

function Item({ label, value, color, children, testId }: { label: string; value: string; color: string; children?: ReactNode; testId: string }) {
  return (
    <Stack gap={4} data-testid={testId}>
      <Group justify="space-between" wrap="nowrap">
        <Text fw={500}>{label}</Text>
        <Badge color={color} variant="light" size="lg">{value}</Badge>
      </Group>
      {children}
    </Stack>
  );
}

/** What needs doing: results to write up, addresses to correct, and whether the data is backed up. */
export function TodoPanel({ s }: { s: DashboardSummary }) {
  const t = s.todo;
  const backupColor = t.lastBackupAgeHours === null ? 'red' : t.lastBackupAgeHours > BACKUP_STALE_HOURS ? 'orange' : 'green';
  return (
    <Paper withBorder p="md" radius="md" data-testid="todo">
      <Title order={4} mb="sm">สิ่งที่ต้องดำเนินการ</Title>
      <Stack gap="md">
        <Item label="โครงการที่ยังไม่ได้บันทึกผลการดำเนินงาน" value={`${count(t.seminarsWithoutReport)} โครงการ`} color={t.seminarsWithoutReport ? 'orange' : 'green'} testId="todo-reports">
          {t.seminarsWithoutReportList.length > 0 && (
            <List size="sm" spacing={2}>
              {t.seminarsWithoutReportList.map((r) => (
                <List.Item key={r.id}>
                  <Anchor component={Link} to={`/seminars/${r.id}`} size="sm">{r.title}</Anchor>
                  <Text span size="xs" c="dimmed"> ({formatThaiDateShort(r.firstDate)})</Text>
                </List.Item>
              ))}
            </List>
          )}
        </Item>
        <Item
          label="อาสาสมัครที่ที่อยู่ไม่ตรงกับข้อมูลตำบล/อำเภอ/จังหวัด"
          value={`${count(t.volunteersWithoutAddressMatch)} คน`}
          color={t.volunteersWithoutAddressMatch ? 'orange' : 'green'}
          testId="todo-addresses"
        />
        <Item
          label="สำรองข้อมูลล่าสุด"
          value={t.lastBackupAgeHours === null ? 'ยังไม่มีข้อมูลสำรอง' : ageText(t.lastBackupAgeHours)}
          color={backupColor}
          testId="todo-backup"
        >
          {t.lastBackupAt && (
            <Text size="xs" c="dimmed">เมื่อ {localWhen(t.lastBackupAt)}</Text>
          )}
        </Item>
      </Stack>
    </Paper>
  );
}
