import { Alert, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import type { ImportPreview } from '@shared/api/spreadsheets';

/** Field chosen per column index; null = the column is not imported. */
export type Mapping = Record<string, string | null>;

const NONE = '-';
/** One "ชื่อ-นามสกุล" column stands in for the three name fields (the core splits it). */
const COVERED_BY_FULL_NAME = new Set(['title', 'firstName', 'lastName']);

/** Column letter as Excel shows it (A … Z, AA …). */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

interface Props {
  preview: ImportPreview;
  mapping: Mapping;
  onChange(mapping: Mapping): void;
  onBack(): void;
  onNext(): void;
  busy: boolean;
}

/** The detected header row and what each column fills, for the user to check and fix. */
export function MappingStep({ preview, mapping, onChange, onBack, onNext, busy }: Props) {
  const options = [{ value: NONE, label: '— ไม่นำเข้า —' }, ...preview.fields.map((f) => ({ value: f.key, label: f.required ? `${f.label} *` : f.label }))];
  const label = new Map(preview.fields.map((f) => [f.key, f.label]));
  const chosen = preview.columns.map((c) => mapping[String(c.index)] ?? null);
  const taken = new Map<string, number>();
  for (const f of chosen) if (f) taken.set(f, (taken.get(f) ?? 0) + 1);
  const repeated = [...taken].filter(([, n]) => n > 1).map(([f]) => label.get(f) ?? f);
  const missing = preview.fields
    .filter((f) => f.required && !taken.has(f.key) && !(taken.has('fullName') && COVERED_BY_FULL_NAME.has(f.key)))
    .map((f) => f.label);
  const noId = !taken.has('nationalId');

  return (
    <Stack>
      <Text>
        พบหัวตารางที่แถว <b>{preview.headerRow}</b> ของแผ่นงาน <b>{preview.sheetName}</b> ({preview.columns.length} คอลัมน์)
        ตรวจว่าแต่ละคอลัมน์ตรงกับข้อมูลใด แล้วแก้ไขได้ โปรแกรมจะจำการเลือกนี้ไว้ใช้กับไฟล์ครั้งถัดไปเมื่อนำเข้าสำเร็จ
      </Text>
      {noId && <Alert color="red" title="ยังไม่ได้เลือกคอลัมน์เลขประจำตัวประชาชน">กรุณาเลือกคอลัมน์ "เลขประจำตัวประชาชน" ใช้ตรวจรายชื่อซ้ำกับทะเบียน</Alert>}
      {repeated.length > 0 && (
        <Alert color="red" title="เลือกข้อมูลซ้ำกัน">
          {repeated.join(', ')} ถูกเลือกให้มากกว่าหนึ่งคอลัมน์ กรุณาเลือกเพียงคอลัมน์เดียว
        </Alert>
      )}
      {!noId && missing.length > 0 && (
        <Alert color="yellow" title="ยังไม่ได้เลือกข้อมูลที่จำเป็น">
          {missing.join(', ')} — แถวที่ไม่มีข้อมูลเหล่านี้จะนำเข้าไม่ได้
        </Alert>
      )}
      <Table withTableBorder striped verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>คอลัมน์</Table.Th>
            <Table.Th>หัวตารางในไฟล์</Table.Th>
            <Table.Th>ตัวอย่างข้อมูล</Table.Th>
            <Table.Th w={280}>นำเข้าเป็น</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.columns.map((c, i) => {
            const field = chosen[i];
            const clash = field !== null && (taken.get(field) ?? 0) > 1;
            return (
              <Table.Tr key={c.index}>
                <Table.Td>{columnLetter(c.index)}</Table.Td>
                <Table.Td>{c.header || <Text span c="dimmed">(ไม่มีหัวตาราง)</Text>}</Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed" lineClamp={2}>{c.samples.join(' · ') || '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`คอลัมน์ ${columnLetter(c.index)} ${c.header} นำเข้าเป็น`}
                    data={options}
                    value={field ?? NONE}
                    allowDeselect={false}
                    searchable
                    error={clash ? 'ซ้ำกับคอลัมน์อื่น' : undefined}
                    onChange={(v) => onChange({ ...mapping, [String(c.index)]: v === NONE || v === null ? null : v })}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Group>
        <Button variant="default" onClick={onBack} disabled={busy}>เลือกไฟล์อื่น</Button>
        <Button onClick={onNext} loading={busy} disabled={noId || repeated.length > 0} autoFocus>
          ตรวจสอบข้อมูล
        </Button>
      </Group>
    </Stack>
  );
}
