import type { ReactNode } from 'react';
import { Alert, Button, Checkbox, Group, Select, Stack, Table, Text } from '@mantine/core';
import type { ImportField, ImportSheetPreview, ImportSheetSummary } from '@shared/api/spreadsheets';
import { blankNote } from './ImportNotices';

/** Field chosen per column index; null = the column is not imported. */
export type Mapping = Record<string, string | null>;

/**
 * What one kind of import needs of the mapping, checked as the clerk changes it: `blocking` stops
 * the rows from being checked (no column to tell who a row is), `missing` only warns.
 */
export type MappingCheck = (fields: ImportField[], taken: ReadonlySet<string>) => { blocking: { title: string; message: string } | null; missing: string[] };

const NONE = '-';

/** Column letter as Excel shows it (A … Z, AA …). */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const n = (x: number) => x.toLocaleString('th-TH');

/**
 * The sheets read with the main one, ticked unless the clerk leaves them out: chosen before the
 * rows are checked, so a workbook whose sheets together pass the row limit can still be imported
 * a few sheets at a time. Each says how many rows it holds and which columns it lacks.
 */
function SheetChoice({ sheets, skipped, onSkip, busy }: { sheets: ImportSheetSummary[]; skipped: string[]; onSkip(names: string[]): void; busy: boolean }) {
  const ticked = sheets.filter((s) => !skipped.includes(s.name));
  return (
    <Stack gap={4} role="group" aria-label="เลือกแผ่นงานที่จะนำเข้า">
      <Text fw={600}>แผ่นงานที่จะนำเข้า (เอาเครื่องหมายออกจากแผ่นงานที่ยังไม่นำเข้าครั้งนี้)</Text>
      {sheets.map((s) => (
        <Checkbox
          key={s.name}
          checked={!skipped.includes(s.name)}
          // The last sheet ticked stays: there would be nothing to import. While the rows are being
          // checked the choice waits, so the check that ends is the one the boxes show.
          disabled={busy || (ticked.length === 1 && ticked[0] === s)}
          onChange={(e) => onSkip(e.currentTarget.checked ? skipped.filter((x) => x !== s.name) : [...skipped, s.name])}
          label={`แผ่นงาน '${s.name}': ${n(s.size)} แถว${blankNote(s)}`}
        />
      ))}
    </Stack>
  );
}

interface Props {
  preview: ImportSheetPreview;
  mapping: Mapping;
  onChange(mapping: Mapping): void;
  /** Sheets the clerk leaves out, and the change of that choice (applied when the rows are checked). */
  skipped: string[];
  onSkip(names: string[]): void;
  onBack(): void;
  onNext(): void;
  busy: boolean;
  check: MappingCheck;
  /** More to choose before the rows are checked (a kind of import's own options). */
  children?: ReactNode;
}

/** The detected header row and what each column fills, for the user to check and fix. */
export function MappingStep({ preview, mapping, onChange, skipped, onSkip, onBack, onNext, busy, check, children }: Props) {
  const options = [{ value: NONE, label: '— ไม่นำเข้า —' }, ...preview.fields.map((f) => ({ value: f.key, label: f.required ? `${f.label} *` : f.label }))];
  const label = new Map(preview.fields.map((f) => [f.key, f.label]));
  const chosen = preview.columns.map((c) => mapping[String(c.index)] ?? null);
  const taken = new Map<string, number>();
  for (const f of chosen) if (f) taken.set(f, (taken.get(f) ?? 0) + 1);
  const repeated = [...taken].filter(([, n]) => n > 1).map(([f]) => label.get(f) ?? f);
  const { blocking, missing } = check(preview.fields, new Set(taken.keys()));
  const readable = preview.sheets.filter((s) => s.status !== 'left-out');
  const others = readable.filter((s) => s.name !== preview.sheetName);

  return (
    <Stack>
      <Text>
        พบหัวตารางที่แถว <b>{preview.headerRow}</b> ของแผ่นงาน <b>{preview.sheetName}</b> ({preview.columns.length} คอลัมน์)
        ตรวจว่าแต่ละคอลัมน์ตรงกับข้อมูลใด แล้วแก้ไขได้ โปรแกรมจะจำการเลือกนี้ไว้ใช้กับไฟล์ครั้งถัดไปเมื่อนำเข้าสำเร็จ
      </Text>
      {others.length > 0 && (
        <Text>
          แผ่นงานที่หัวตารางตรงกันจะนำเข้าด้วย ตามการจับคู่นี้ (ลำดับคอลัมน์ต่างกันได้): {others.map((s) => `'${s.name}'`).join(', ')}
        </Text>
      )}
      {others.length > 0 && <SheetChoice sheets={readable} skipped={skipped} onSkip={onSkip} busy={busy} />}
      {blocking && <Alert color="red" title={blocking.title}>{blocking.message}</Alert>}
      {/* What the core could not check with the mapping it was given (a month to choose …). */}
      {!blocking && preview.mappingProblem && <Alert color="red" title="ยังตรวจสอบข้อมูลไม่ได้">{preview.mappingProblem}</Alert>}
      {repeated.length > 0 && (
        <Alert color="red" title="เลือกข้อมูลซ้ำกัน">
          {repeated.join(', ')} ถูกเลือกให้มากกว่าหนึ่งคอลัมน์ กรุณาเลือกเพียงคอลัมน์เดียว
        </Alert>
      )}
      {!blocking && missing.length > 0 && (
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
      {children}
      <Group>
        <Button variant="default" onClick={onBack} disabled={busy}>เลือกไฟล์อื่น</Button>
        <Button onClick={onNext} loading={busy} disabled={!!blocking || repeated.length > 0} autoFocus>
          ตรวจสอบข้อมูล
        </Button>
      </Group>
    </Stack>
  );
}
