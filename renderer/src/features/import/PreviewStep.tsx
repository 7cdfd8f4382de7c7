import { useState } from 'react';
import { Alert, Badge, Button, Group, List, Radio, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import type { ImportPreview, ImportRowPreview, ImportRowStatus } from '@shared/api/spreadsheets';
import { formatNationalId } from '@shared/thai';

export type Duplicates = 'skip' | 'update';

const PAGE_SIZE = 50;
const STATUS: Record<ImportRowStatus, { label: string; color: string }> = {
  new: { label: 'เพิ่มใหม่', color: 'green' },
  existing: { label: 'มีในทะเบียนแล้ว', color: 'blue' },
  error: { label: 'มีข้อผิดพลาด', color: 'red' },
};
type Show = 'all' | 'error' | 'warning' | 'existing';
const SHOWN: Record<Show, (r: ImportRowPreview) => boolean> = {
  all: () => true,
  error: (r) => r.status === 'error',
  warning: (r) => r.warnings.length > 0,
  existing: (r) => r.status === 'existing',
};

const n = (x: number) => x.toLocaleString('th-TH');

interface Props {
  preview: ImportPreview;
  duplicates: Duplicates;
  onDuplicates(d: Duplicates): void;
  onBack(): void;
  onCommit(): void;
  onDownloadErrors(): void;
  busy: boolean;
}

/** Every row as it will be imported, with its errors and warnings, and the commit button. */
export function PreviewStep({ preview, duplicates, onDuplicates, onBack, onCommit, onDownloadErrors, busy }: Props) {
  const { counts } = preview;
  // Rows with errors first catch the eye; start there when there are any.
  const [show, setShow] = useState<Show>(counts.error > 0 ? 'error' : 'all');
  const [page, setPage] = useState(1);
  const rows = preview.rows.filter(SHOWN[show]);
  const toImport = counts.new + (duplicates === 'update' ? counts.existing : 0);

  return (
    <Stack>
      <Group gap="xs" aria-label="สรุปผลการตรวจสอบ">
        <Badge size="lg" variant="light" color="gray">ทั้งหมด {n(counts.total)} แถว</Badge>
        <Badge size="lg" variant="light" color="green">เพิ่มใหม่ {n(counts.new)}</Badge>
        <Badge size="lg" variant="light" color="blue">มีในทะเบียนแล้ว {n(counts.existing)}</Badge>
        <Badge size="lg" variant="light" color="red">มีข้อผิดพลาด {n(counts.error)}</Badge>
        <Badge size="lg" variant="light" color="yellow">มีคำเตือน {n(counts.warning)}</Badge>
      </Group>
      {counts.error > 0 && (
        <Alert color="red" title={`${n(counts.error)} แถวจะไม่ถูกนำเข้า`}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">ดาวน์โหลดแถวเหล่านี้เป็นไฟล์ Excel ที่มีคอลัมน์บอกข้อผิดพลาด แก้ไขใน Excel แล้วนำเข้าอีกครั้งได้</Text>
            <Button size="xs" variant="light" color="red" leftSection={<IconDownload size={14} />} onClick={onDownloadErrors} disabled={busy}>
              ดาวน์โหลดแถวที่มีข้อผิดพลาด
            </Button>
          </Stack>
        </Alert>
      )}
      <SegmentedControl
        w="fit-content"
        aria-label="แสดงแถว"
        value={show}
        onChange={(v) => {
          setShow(v as Show);
          setPage(1);
        }}
        data={[
          { value: 'all', label: `ทั้งหมด (${n(counts.total)})` },
          { value: 'error', label: `มีข้อผิดพลาด (${n(counts.error)})` },
          { value: 'warning', label: `มีคำเตือน (${n(counts.warning)})` },
          { value: 'existing', label: `มีในทะเบียนแล้ว (${n(counts.existing)})` },
        ]}
      />
      <DataTable<ImportRowPreview>
        withTableBorder
        striped
        minHeight={160}
        idAccessor="row"
        noRecordsText="ไม่มีแถวในกลุ่มนี้"
        records={rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)}
        totalRecords={rows.length}
        recordsPerPage={PAGE_SIZE}
        page={page}
        onPageChange={setPage}
        paginationText={({ from, to, totalRecords }) => `${from}–${to} จาก ${n(totalRecords)} แถว`}
        columns={[
          { accessor: 'row', title: 'แถวที่', width: 70 },
          { accessor: 'status', title: 'ผลตรวจ', width: 150, render: (r) => <Badge variant="light" color={STATUS[r.status].color}>{STATUS[r.status].label}</Badge> },
          { accessor: 'name', title: 'ชื่อ–นามสกุล', render: (r) => r.name || '—' },
          { accessor: 'nationalId', title: 'เลขประจำตัวประชาชน', width: 180, render: (r) => (/^\d{13}$/.test(r.nationalId) ? formatNationalId(r.nationalId) : r.nationalId || '—') },
          { accessor: 'district', title: 'อำเภอ', width: 130 },
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
      {counts.existing > 0 && (
        <Radio.Group
          label={`${n(counts.existing)} คนมีในทะเบียนแล้ว (เลขประจำตัวประชาชนตรงกัน)`}
          value={duplicates}
          onChange={(v) => onDuplicates(v as Duplicates)}
        >
          <Stack gap={6} mt={6}>
            <Radio value="skip" label="ข้าม ไม่เปลี่ยนข้อมูลในทะเบียน" />
            <Radio value="update" label="ปรับปรุงข้อมูลในทะเบียนตามไฟล์" />
          </Stack>
        </Radio.Group>
      )}
      <Group>
        <Button variant="default" onClick={onBack} disabled={busy}>กลับไปแก้การจับคู่คอลัมน์</Button>
        <Button onClick={onCommit} disabled={busy || toImport === 0} autoFocus>
          {toImport === 0 ? 'ไม่มีแถวที่นำเข้าได้' : `นำเข้า ${n(toImport)} รายการ`}
        </Button>
      </Group>
    </Stack>
  );
}
