import { Table, Text } from '@mantine/core';
import type { VolunteerAuditEntry } from '@shared/schemas/volunteer';
import { STATUS_LABELS, type VolunteerStatus } from '@shared/schemas/volunteer';
import { formatNationalId, formatThaiClock, formatThaiDateShort, isIsoDate, todayIso } from '@shared/thai';
import { ACTION_LABELS, FIELD_LABELS } from './labels';

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'status' && typeof value === 'string') return STATUS_LABELS[value as VolunteerStatus] ?? value;
  if (field === 'nationalId' && typeof value === 'string') return formatNationalId(value);
  if (typeof value === 'string') return isIsoDate(value) ? formatThaiDateShort(value) : value;
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).filter(Boolean).join(' ') || '—';
  return String(value);
}

/** One line per change: `field: old → new`, or the details of a status change, term or erase. */
function describe(action: string, details: unknown): string[] {
  if (!details || typeof details !== 'object') return [];
  if ((details as { erased?: boolean }).erased) return ['(รายละเอียดถูกลบตามคำขอ PDPA)'];
  return Object.entries(details as Record<string, unknown>).map(([field, value]) => {
    const label = FIELD_LABELS[field] ?? field;
    if (Array.isArray(value) && value.length === 2) {
      // A new record has no old values worth a dash each.
      return action === 'create' ? `${label}: ${show(field, value[1])}` : `${label}: ${show(field, value[0])} → ${show(field, value[1])}`;
    }
    return `${label}: ${show(field, value)}`;
  });
}

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
                {describe(e.action, e.details).map((line) => (
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
