import { Table, Text } from '@mantine/core';
import type { VolunteerAuditEntry } from '@shared/schemas/volunteer';
import { formatThaiClock, formatThaiDateShort, todayIso } from '@shared/thai';
import { auditLines } from './audit-lines';
import { ACTION_LABELS } from './labels';

/** Who did what and when (newest first), with old → new values. */
export function AuditTrail({ entries }: { entries: VolunteerAuditEntry[] }) {
  if (!entries.length) return <Text c="dimmed">ยังไม่มีประวัติ</Text>;
  return (
    <Table verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={170}>เมื่อ</Table.Th>
          <Table.Th w={140}>ผู้ทำรายการ</Table.Th>
          <Table.Th w={170}>รายการ</Table.Th>
          <Table.Th>รายละเอียด</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((e) => {
          const at = new Date(e.at);
          return (
            <Table.Tr key={e.id}>
              <Table.Td>{`${formatThaiDateShort(todayIso(at))} ${formatThaiClock(at)}`}</Table.Td>
              <Table.Td>{e.operator}</Table.Td>
              <Table.Td>{ACTION_LABELS[e.action] ?? e.action}</Table.Td>
              <Table.Td>
                {auditLines(e.action, e.details).map((line) => (
                  <Text key={line} size="sm">{line}</Text>
                ))}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
