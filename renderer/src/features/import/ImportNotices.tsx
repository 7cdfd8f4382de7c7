import type { ReactNode } from 'react';
import { Alert, Checkbox, List, Stack, Switch, Text } from '@mantine/core';
import type { ImportPreview, ImportSheetPreview, ImportSheetSummary } from '@shared/api/spreadsheets';

const n = (x: number) => x.toLocaleString('th-TH');

/** Rows are named with their sheet when more than one sheet is read. */
export const manySheets = (p: ImportSheetPreview) => p.sheets.filter((s) => s.status === 'imported').length > 1;

/** A sheet without a column the others have: its cells are read as blank, and the clerk is told. */
export const blankNote = (s: ImportSheetSummary) => (s.blank.length ? ` — ไม่มีคอลัมน์ ${s.blank.join(', ')} จึงเว้นว่างไว้` : '');

/**
 * Each sheet of the workbook: those read with the main one, ticked, with how many rows came from
 * each (the clerk may untick one, never the last); those left out, with the reason.
 */
function SheetsNotice({ sheets, unit, onSkipSheets }: { sheets: ImportSheetSummary[]; unit: string; onSkipSheets(names: string[]): void }) {
  const readable = sheets.filter((s) => s.status !== 'left-out');
  const imported = sheets.filter((s) => s.status === 'imported');
  const unticked = sheets.filter((s) => s.status === 'unticked').map((s) => s.name);
  const total = imported.reduce((t, s) => t + s.rows, 0);
  return (
    <List.Item>
      <Text size="sm" fw={600}>
        {readable.length > 1 ? `อ่านรายชื่อจาก ${n(imported.length)} แผ่นงานที่หัวตารางตรงกัน รวม ${n(total)} ${unit}` : `อ่านรายชื่อจากแผ่นงาน '${imported[0]?.name}' ${n(total)} ${unit}`}
      </Text>
      {readable.length > 1 && (
        <Stack gap={4} mt={4} role="group" aria-label="แผ่นงานที่นำเข้า">
          {readable.map((s) => (
            <Checkbox
              key={s.name}
              size="sm"
              checked={s.status === 'imported'}
              disabled={s.status === 'imported' && imported.length === 1}
              onChange={(e) => onSkipSheets(e.currentTarget.checked ? unticked.filter((x) => x !== s.name) : [...unticked, s.name])}
              label={s.status === 'imported' ? `แผ่นงาน '${s.name}': ${n(s.rows)} ${unit} (หัวตารางแถวที่ ${s.headerRow})${blankNote(s)}` : `แผ่นงาน '${s.name}': ไม่นำเข้า (ไม่ได้เลือก)`}
            />
          ))}
        </Stack>
      )}
      {sheets
        .filter((s) => s.status === 'left-out')
        .map((s) => (
          <Text key={s.name} size="sm">แผ่นงาน '{s.name}' ไม่ได้นำเข้า: {s.reason}</Text>
        ))}
    </List.Item>
  );
}

interface Props {
  preview: ImportSheetPreview;
  /** What a row of this import is counted as: คน, แถว. */
  unit: string;
  onSkipSheets(names: string[]): void;
  extra?: ReactNode;
}

/** What the import did on its own with the file, said once; `extra` is a kind of import's own notice. */
export function ImportNotices({ preview, unit, onSkipSheets, extra }: Props) {
  const { summaryRows, unmapped, sheets } = preview;
  const workbook = sheets.length > 1;
  if (!summaryRows && !unmapped.length && !extra && !workbook) return null;
  return (
    <section aria-label="สิ่งที่โปรแกรมจัดการให้">
      <Alert color="blue" title="โปรแกรมจัดการไฟล์นี้ให้ดังนี้">
        <List size="sm" spacing={6}>
          {workbook && <SheetsNotice sheets={sheets} unit={unit} onSkipSheets={onSkipSheets} />}
          {extra}
          {summaryRows > 0 && <List.Item>ข้ามแถวสรุปยอด (รวม ทั้งหมด Total) {n(summaryRows)} แถว ไม่นับเป็นรายการ</List.Item>}
          {unmapped.length > 0 && (
            <List.Item>
              คอลัมน์ที่ไม่ได้นำเข้า: {unmapped.map((h) => `"${h}"`).join(', ')} — หากต้องการเก็บ ให้กลับไปเลือกในขั้นจับคู่คอลัมน์ (เช่น หมายเหตุ)
            </List.Item>
          )}
        </List>
      </Alert>
    </section>
  );
}

/** The register import's area rule, with the switch to undo it. */
export function AreaNotice({ area, onAreaFromAddress }: { area: NonNullable<ImportPreview['areaFromAddress']>; onAreaFromAddress(on: boolean): void }) {
  return (
    <List.Item>
      <Text size="sm" fw={600}>
        {area.applied ? `พื้นที่รับผิดชอบ: ใช้ตามที่อยู่ ${n(area.count)} คน` : `พื้นที่รับผิดชอบ: เว้นว่างไว้ (${n(area.count)} คนมีที่อยู่ที่ใช้แทนได้)`}
      </Text>
      <Text size="sm">ไฟล์นี้ไม่มีคอลัมน์พื้นที่รับผิดชอบ โปรแกรมจึงใช้ตำบล อำเภอ ตามที่อยู่ (จังหวัดของสำนักงานเมื่อไม่ได้ระบุจังหวัด) เพื่อให้นับรายอำเภอได้</Text>
      <Switch mt={6} label="ใช้ที่อยู่เป็นพื้นที่รับผิดชอบ" checked={area.applied} onChange={(e) => onAreaFromAddress(e.currentTarget.checked)} />
    </List.Item>
  );
}
