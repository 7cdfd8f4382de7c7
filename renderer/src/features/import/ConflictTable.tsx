import { Alert, Button, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { rowLabel, type ImportPerson, type ImportRowPreview, type ImportRowRef } from '@shared/api/spreadsheets';
import { formatNationalId, formatThaiDateShort } from '@shared/thai';

const KEEP = 'keep';
const FILE = 'file';

function Person({ p, other }: { p: ImportPerson; other: ImportPerson }) {
  return (
    <Stack gap={0}>
      <Text size="sm" fw={p.name !== other.name ? 700 : undefined}>{p.name}</Text>
      <Text size="xs" c={p.birthDate !== other.birthDate ? 'orange.9' : 'dimmed'} fw={p.birthDate !== other.birthDate ? 700 : undefined}>
        เกิด {p.birthDate ? formatThaiDateShort(p.birthDate) : 'ไม่ระบุ'}
      </Text>
    </Stack>
  );
}

interface Props {
  rows: ImportRowPreview[];
  /** Rows come from several sheets: each is named with its sheet. */
  manySheets: boolean;
  /** Rows whose register entry the clerk chose to replace with the file's. */
  chosen: ImportRowRef[];
  onChange(rows: ImportRowRef[]): void;
  /** What "use the file's data" takes from the file. */
  note: string;
}

const same = (a: ImportRowRef) => (b: ImportRowRef) => a.sheet === b.sheet && a.row === b.row;
const refOf = ({ sheet, row }: ImportRowRef): ImportRowRef => ({ sheet, row });

/**
 * People whose ID is in the register under another name or birth date: maybe a mistyped ID, maybe
 * a changed name. Register and file side by side; the register is kept unless the clerk says so.
 */
export function ConflictTable({ rows, manySheets, chosen, onChange, note }: Props) {
  const picked = (r: ImportRowRef) => chosen.some(same(r));
  const set = (r: ImportRowRef, useFile: boolean) => onChange([...chosen.filter((c) => !same(r)(c)), ...(useFile ? [refOf(r)] : [])]);
  return (
    <section aria-label="ข้อมูลไม่ตรงกับทะเบียน">
      <Alert color="orange" title={`ข้อมูลไม่ตรงกับทะเบียน ${rows.length.toLocaleString('th-TH')} คน`}>
        <Stack gap="xs">
          <Text size="sm">
            เลขประจำตัวประชาชนตรงกับคนในทะเบียน แต่ชื่อหรือวันเกิดต่างกัน อาจพิมพ์เลขผิดหรือเปลี่ยนชื่อ โปรแกรมจะคงข้อมูลในทะเบียนไว้ เว้นแต่เลือก "ใช้ข้อมูลจากไฟล์"
          </Text>
          <Text size="sm">ใช้ข้อมูลจากไฟล์: {note}</Text>
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => onChange([])}>คงข้อมูลเดิมทุกคน</Button>
            <Button size="xs" variant="default" onClick={() => onChange(rows.map(refOf))}>ใช้ข้อมูลจากไฟล์ทุกคน</Button>
          </Group>
          <Table withTableBorder verticalSpacing={4} bg="white">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={manySheets ? 150 : 60}>{manySheets ? 'แผ่นงาน / แถว' : 'แถวที่'}</Table.Th>
                <Table.Th w={170}>เลขประจำตัวประชาชน</Table.Th>
                <Table.Th>ในทะเบียน</Table.Th>
                <Table.Th>ในไฟล์</Table.Th>
                <Table.Th w={250}>ใช้ข้อมูล</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={`${r.sheet}\n${r.row}`}>
                  <Table.Td>{manySheets ? rowLabel(r, true) : r.row}</Table.Td>
                  <Table.Td>{formatNationalId(r.nationalId)}</Table.Td>
                  <Table.Td><Person p={r.conflict!.register} other={r.conflict!.file} /></Table.Td>
                  <Table.Td><Person p={r.conflict!.file} other={r.conflict!.register} /></Table.Td>
                  <Table.Td>
                    <SegmentedControl
                      size="xs"
                      aria-label={`${rowLabel(r, manySheets)} ใช้ข้อมูล`}
                      value={picked(r) ? FILE : KEEP}
                      onChange={(v) => set(r, v === FILE)}
                      data={[{ value: KEEP, label: 'คงข้อมูลเดิม' }, { value: FILE, label: 'ใช้ข้อมูลจากไฟล์' }]}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </Alert>
    </section>
  );
}
