import { useState, type ClipboardEvent } from 'react';
import { Alert, Badge, Button, Checkbox, Group, Paper, SegmentedControl, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { IconClipboardText, IconFileSpreadsheet } from '@tabler/icons-react';
import type { ContactRowsRead } from '@shared/api/contacts';
import type { ContactDraft, ContactRowCheck } from '@shared/schemas/contact';
import { call, platform } from '../../api/client';
import { useCall, useCallMutation } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { WholeWords } from '../../components/WholeWords';
import { RemoveIcon } from '../../components/RecordList';

/** A grid row: the draft and the clerk's choice for a duplicate (undefined until chosen: skip). */
type GridRow = ContactDraft & { keep?: boolean };

/** Widths fit the grid beside the menu at 1366 px; the address scrolls into view when it is long. */
const COLUMNS = [
  ['name', 'ชื่อ-นามสกุล', '15%'],
  ['position', 'ตำแหน่ง', '11%'],
  ['agency', 'หน่วยงาน', '14%'],
  ['phone', 'โทรศัพท์', '10%'],
  ['nationalId', 'เลขประจำตัวประชาชน', '12%'],
  ['address', 'ที่อยู่', '16%'],
] as const;

/** A duplicate is skipped unless the clerk keeps it; any other row is saved. */
const kept = (row: GridRow, check: ContactRowCheck | undefined) => row.keep ?? !check?.duplicates.length;

function twinText(check: ContactRowCheck): string {
  return check.duplicates
    .map((d) => `${d.reason === 'name' ? 'ชื่อ' : 'โทรศัพท์'}ซ้ำกับ ${d.name} ${d.row === null ? 'ในทะเบียน' : `แถวที่ ${d.row + 1}`}`)
    .join(' · ');
}

/**
 * Contacts in bulk: rows pasted from Excel or read from a spreadsheet land in a grid the clerk
 * checks and corrects; the core flags rule breaks and duplicates (in the directory and within
 * the grid) as the rows change, and saves the kept rows in one go.
 */
export function ContactBulkGrid() {
  const [rows, setRows] = useState<GridRow[]>([]);
  const [notices, setNotices] = useState<string[]>([]);
  const [reading, setReading] = useState(false);
  const drafts = rows.map(({ keep: _keep, ...d }) => d);
  const checks = useCall('contact-bulk-check', { rows: drafts }, { enabled: rows.length > 0, placeholderData: keepPreviousData });
  const save = useCallMutation('contact-bulk-save', ['contact-search', 'contact-bulk-check']);

  const load = async (read: () => Promise<ContactRowsRead>) => {
    setReading(true);
    try {
      const r = await read();
      setRows((old) => [...old, ...r.rows]);
      setNotices(r.notices);
    } catch (e) {
      notifyError(e);
    } finally {
      setReading(false);
    }
  };
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const text = e.clipboardData.getData('text/plain');
    if (!text.trim()) return;
    e.preventDefault();
    void load(() => call('contact-paste-read', { text }));
  };
  const pickFile = async () => {
    const file = await platform.pickFile(['.xlsx', '.xls', '.csv']);
    if (file) await load(() => call('contact-import-read', { file }));
  };
  const edit = (i: number, patch: Partial<GridRow>) => setRows((old) => old.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const checked = rows.length && checks.data?.length === rows.length ? checks.data : undefined;
  const keptCount = checked ? rows.filter((r, i) => kept(r, checked[i])).length : 0;
  const submit = async () => {
    if (!checked) return;
    try {
      const r = await save.mutateAsync({ rows: rows.map((row, i) => ({ ...drafts[i], keep: kept(row, checked[i]) })) });
      setRows([]);
      setNotices([]);
      notifySuccess(`เพิ่มรายชื่อใหม่ ${r.added} คน ปรับข้อมูลรายชื่อเดิม ${r.updated} คน ข้าม ${r.skipped} แถว`);
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Text fw={600}>เพิ่มหลายรายชื่อพร้อมกัน</Text>
        <Group align="flex-start">
          <Textarea
            aria-label="วางรายชื่อจาก Excel"
            placeholder="คัดลอกแถวจาก Excel (ชื่อ-นามสกุล ตำแหน่ง หน่วยงาน โทรศัพท์ เลขประจำตัวประชาชน ที่อยู่) แล้วคลิกที่นี่และกด Ctrl+V"
            onPaste={onPaste}
            value=""
            onChange={() => {}}
            autosize
            minRows={2}
            w={560}
            disabled={reading}
            leftSection={<IconClipboardText size={16} />}
          />
          <Button variant="light" leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void pickFile()} loading={reading}>
            นำเข้าจากไฟล์ Excel หรือ CSV
          </Button>
        </Group>
        {notices.map((n) => <Alert key={n} color="blue" p="xs">{n}</Alert>)}
        {rows.length > 0 && (
          <>
            <Table.ScrollContainer minWidth={1180}>
              <Table withTableBorder layout="fixed" verticalSpacing={4} horizontalSpacing={6} aria-label="รายชื่อที่จะเพิ่ม">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={36}>แถว</Table.Th>
                    {COLUMNS.map(([key, label, w]) => <Table.Th key={key} w={w}>{label}</Table.Th>)}
                    <Table.Th w={76}>บุคลากรของรัฐ</Table.Th>
                    <Table.Th>ตรวจสอบ</Table.Th>
                    <Table.Th w={36} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row, i) => {
                    const check = checked?.[i];
                    return (
                      <Table.Tr key={i} bg={check && !kept(row, check) ? 'gray.1' : undefined}>
                        <Table.Td>{i + 1}</Table.Td>
                        {COLUMNS.map(([key, label]) => (
                          <Table.Td key={key}>
                            <TextInput
                              aria-label={`${label} แถวที่ ${i + 1}`}
                              size="xs"
                              value={row[key]}
                              // The message itself is in the check column, which has the room to wrap it between words.
                              error={Boolean(check?.errors[key])}
                              onChange={(e) => edit(i, { [key]: e.currentTarget.value })}
                            />
                          </Table.Td>
                        ))}
                        <Table.Td>
                          <Checkbox aria-label={`บุคลากรของรัฐ แถวที่ ${i + 1}`} checked={row.isGovernment} onChange={(e) => edit(i, { isGovernment: e.currentTarget.checked })} />
                        </Table.Td>
                        <Table.Td>
                          {COLUMNS.map(([key, label]) => check?.errors[key] && (
                            <Text key={key} size="xs" c="red.7"><WholeWords text={`${label}: ${check.errors[key]}`} /></Text>
                          ))}
                          {check && check.values.name && check.values.name !== row.name.trim() && (
                            <Text size="xs" c="dimmed"><WholeWords text={`จะบันทึกชื่อเป็น ${check.values.name}`} /></Text>
                          )}
                          {check && !check.duplicates.length && !Object.keys(check.errors).length && <Badge color="green" variant="light">ใหม่</Badge>}
                          {check && check.duplicates.length > 0 && (
                            <Stack gap={4}>
                              <Text size="xs" c="orange.8"><WholeWords text={twinText(check)} /></Text>
                              <SegmentedControl
                                size="xs"
                                aria-label={`รายชื่อซ้ำ แถวที่ ${i + 1}`}
                                value={kept(row, check) ? 'keep' : 'skip'}
                                onChange={(v) => edit(i, { keep: v === 'keep' })}
                                data={[
                                  { value: 'skip', label: 'ข้าม' },
                                  { value: 'keep', label: check.updates ? 'ปรับรายชื่อเดิม' : 'เพิ่มอีกคน' },
                                ]}
                              />
                            </Stack>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <RemoveIcon label={`ลบแถวที่ ${i + 1}`} onClick={() => setRows((old) => old.filter((_, j) => j !== i))} />
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group>
              <Button onClick={() => void submit()} loading={save.isPending} disabled={!checked || keptCount === 0}>
                บันทึก {keptCount} รายชื่อ
              </Button>
              <Button variant="subtle" color="gray" onClick={() => { setRows([]); setNotices([]); }}>ล้างตาราง</Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
