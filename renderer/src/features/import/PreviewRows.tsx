import { useState } from 'react';
import { Alert, Button, List, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { DataTable, type DataTableColumn } from 'mantine-datatable';
import { rowLabel, type ImportRowRef } from '@shared/api/spreadsheets';

const PAGE_SIZE = 50;
const n = (x: number) => x.toLocaleString('th-TH');

/** The rows that will not import, and the workbook to fix them in. */
export function ErrorRowsAlert({ count, onDownload, busy }: { count: number; onDownload(): void; busy: boolean }) {
  if (count === 0) return null;
  return (
    <Alert color="red" title={`${n(count)} แถวจะไม่ถูกนำเข้า`}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">ดาวน์โหลดแถวเหล่านี้เป็นไฟล์ Excel ที่มีคอลัมน์บอกข้อผิดพลาด แก้ไขใน Excel แล้วนำเข้าอีกครั้งได้</Text>
        <Button size="xs" variant="light" color="red" leftSection={<IconDownload size={14} />} onClick={onDownload} disabled={busy}>
          ดาวน์โหลดแถวที่มีข้อผิดพลาด
        </Button>
      </Stack>
    </Alert>
  );
}

interface CheckedRow extends ImportRowRef {
  errors: string[];
  warnings: string[];
}

/** A group of rows the clerk can show alone: errors, warnings, duplicates … */
export interface RowFilter<T> {
  value: string;
  label: string;
  show(r: T): boolean;
}

interface Props<T> {
  rows: T[];
  /** Rows come from several sheets: each is named with its sheet. */
  manySheets: boolean;
  filters: RowFilter<T>[];
  columns: DataTableColumn<T>[];
}

/**
 * Every row as it will be imported, a page at a time, each with its errors and warnings; a row
 * filter to look at one group. `columns` say what each kind of import shows of a row.
 */
export function PreviewRows<T extends CheckedRow>({ rows, manySheets, filters, columns }: Props<T>) {
  // Rows with errors first catch the eye; start there when there are any.
  const [show, setShow] = useState(() => (rows.some((r) => r.errors.length) ? (filters.find((f) => f.value === 'error')?.value ?? 'all') : 'all'));
  const [page, setPage] = useState(1);
  const all: RowFilter<T> = { value: 'all', label: 'ทั้งหมด', show: () => true };
  const shown = rows.filter(([all, ...filters].find((f) => f.value === show) ?? all).show);
  return (
    <>
      <SegmentedControl
        w="fit-content"
        aria-label="แสดงแถว"
        value={show}
        onChange={(v) => {
          setShow(v);
          setPage(1);
        }}
        data={[all, ...filters].map((f) => ({ value: f.value, label: `${f.label} (${n(rows.filter(f.show).length)})` }))}
      />
      <DataTable<T>
        withTableBorder
        striped
        minHeight={160}
        idAccessor={(r) => `${r.sheet}\n${r.row}`}
        noRecordsText="ไม่มีแถวในกลุ่มนี้"
        records={shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)}
        totalRecords={shown.length}
        recordsPerPage={PAGE_SIZE}
        page={page}
        onPageChange={setPage}
        paginationText={({ from, to, totalRecords }) => `${from}–${to} จาก ${n(totalRecords)} แถว`}
        columns={[
          manySheets ? { accessor: 'row', title: 'แผ่นงาน / แถว', width: 150, render: (r) => rowLabel(r, true) } : { accessor: 'row', title: 'แถวที่', width: 70 },
          ...columns,
          {
            accessor: 'errors',
            title: 'ข้อผิดพลาด / คำเตือน',
            render: (r) => (
              <List size="sm" spacing={0}>
                {r.errors.map((e) => <List.Item key={e} c="red.8">{e}</List.Item>)}
                {r.warnings.map((w) => <List.Item key={w} c="yellow.9">{w}</List.Item>)}
              </List>
            ),
          },
        ]}
      />
    </>
  );
}
