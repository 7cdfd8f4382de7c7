import { Badge, Button, Group, Radio, Stack, Text } from '@mantine/core';
import type { ImportPreview, ImportRowPreview, ImportRowRef, ImportRowStatus } from '@shared/api/spreadsheets';
import type { Address } from '@shared/schemas/volunteer';
import { formatNationalId } from '@shared/thai';
import { WholeWords } from '../../components/WholeWords';
import { addressText } from '../volunteers/labels';
import { ConflictTable } from './ConflictTable';
import { AreaNotice, ImportNotices, manySheets } from './ImportNotices';
import { ErrorRowsAlert, PreviewRows } from './PreviewRows';

export type Duplicates = 'skip' | 'update';

const STATUS: Record<ImportRowStatus, { label: string; color: string }> = {
  new: { label: 'เพิ่มใหม่', color: 'green' },
  existing: { label: 'มีในทะเบียนแล้ว', color: 'blue' },
  unchanged: { label: 'ไม่เปลี่ยนแปลง', color: 'gray' },
  error: { label: 'มีข้อผิดพลาด', color: 'red' },
};

const n = (x: number) => x.toLocaleString('th-TH');

/** What "update" and "use the file's data" take from the file, so the clerk knows nothing else changes. */
export const updateNote = (fields: string[]) =>
  `ปรับปรุงเฉพาะ ${fields.join(', ')} ข้อมูลอื่นในทะเบียนคงเดิม ช่องว่างในไฟล์ไม่ลบข้อมูลเดิม`;

/** How an update treats an address the file gives only in part, said beside the choice. */
const ADDRESS_RULE = 'ที่อยู่ที่ต่างจากทะเบียนจะใช้ตามไฟล์ทั้งชุด (ไม่ผสมตำบลเดิมกับอำเภอใหม่) ดูได้ในคอลัมน์ "อำเภอ / ที่อยู่เมื่อปรับปรุง" ส่วนที่จะว่างลงเพราะไฟล์ไม่มี บอกไว้ในคำเตือนของแถว';

/** The address an update would write, with the register's beside it; names of places kept whole (ตำบลบ่อ|ยาง). */
function AddressUpdate({ register, file }: { register: Address; file: Address }) {
  return (
    <Stack gap={0}>
      <Text size="sm"><WholeWords text={addressText(file) || 'ไม่มีที่อยู่'} /></Text>
      <Text size="xs" c="dimmed"><WholeWords text={`เดิม: ${addressText(register) || 'ไม่มีที่อยู่'}`} /></Text>
    </Stack>
  );
}

/** A national ID as typed when it is not 13 digits yet. */
export const shownId = (id: string) => (/^\d{13}$/.test(id) ? formatNationalId(id) : id || '—');

interface Props {
  preview: ImportPreview;
  duplicates: Duplicates;
  onDuplicates(d: Duplicates): void;
  onBack(): void;
  onSkipSheets(names: string[]): void;
  onAreaFromAddress(on: boolean): void;
  conflictUpdates: ImportRowRef[];
  onConflictUpdates(rows: ImportRowRef[]): void;
  onCommit(): void;
  onDownloadErrors(): void;
  busy: boolean;
}

/** Every person as they will be imported, with their errors and warnings, and the commit button. */
export function PreviewStep({ preview, duplicates, onDuplicates, onBack, onSkipSheets, onAreaFromAddress, conflictUpdates, onConflictUpdates, onCommit, onDownloadErrors, busy }: Props) {
  const { counts } = preview;
  const many = manySheets(preview);
  const conflicts = preview.rows.filter((r) => r.conflict);
  const addressUpdates = preview.rows.some((r) => r.addressUpdate);
  // Matching people follow the skip/update choice; conflicting ones only the clerk's per-row choice.
  const toImport = counts.new + (duplicates === 'update' ? counts.existing - counts.conflict : 0) + conflictUpdates.length;

  return (
    <Stack>
      <Group gap="xs" aria-label="สรุปผลการตรวจสอบ">
        <Badge size="lg" variant="light" color="gray">ทั้งหมด {n(counts.total)} แถว</Badge>
        <Badge size="lg" variant="light" color="green">เพิ่มใหม่ {n(counts.new)}</Badge>
        <Badge size="lg" variant="light" color="blue">มีในทะเบียนแล้ว {n(counts.existing)}</Badge>
        {counts.unchanged > 0 && <Badge size="lg" variant="light" color="gray">ไม่เปลี่ยนแปลง {n(counts.unchanged)}</Badge>}
        <Badge size="lg" variant="light" color="red">มีข้อผิดพลาด {n(counts.error)}</Badge>
        <Badge size="lg" variant="light" color="yellow">มีคำเตือน {n(counts.warning)}</Badge>
        {counts.conflict > 0 && <Badge size="lg" variant="light" color="orange">ข้อมูลไม่ตรงกับทะเบียน {n(counts.conflict)}</Badge>}
      </Group>
      <ImportNotices preview={preview} unit="คน" onSkipSheets={onSkipSheets} extra={preview.areaFromAddress && <AreaNotice area={preview.areaFromAddress} onAreaFromAddress={onAreaFromAddress} />} />
      <ErrorRowsAlert count={counts.error} onDownload={onDownloadErrors} busy={busy} />
      <PreviewRows<ImportRowPreview>
        rows={preview.rows}
        manySheets={many}
        filters={[
          { value: 'error', label: 'มีข้อผิดพลาด', show: (r) => r.status === 'error' },
          { value: 'warning', label: 'มีคำเตือน', show: (r) => r.warnings.length > 0 },
          { value: 'existing', label: 'มีในทะเบียนแล้ว', show: (r) => r.status === 'existing' },
          ...(counts.unchanged ? [{ value: 'unchanged', label: 'ไม่เปลี่ยนแปลง', show: (r: ImportRowPreview) => r.status === 'unchanged' }] : []),
          ...(counts.conflict ? [{ value: 'conflict', label: 'ข้อมูลไม่ตรง', show: (r: ImportRowPreview) => r.conflict !== null }] : []),
        ]}
        columns={[
          {
            accessor: 'status',
            title: 'ผลตรวจ',
            width: 130,
            render: (r) => (r.conflict ? <Badge variant="light" color="orange">ข้อมูลไม่ตรง</Badge> : <Badge variant="light" color={STATUS[r.status].color}>{STATUS[r.status].label}</Badge>),
          },
          { accessor: 'name', title: 'ชื่อ–นามสกุล', render: (r) => r.name || '—' },
          { accessor: 'nationalId', title: 'เลขประจำตัวประชาชน', width: 180, render: (r) => shownId(r.nationalId) },
          // The address an update would write takes the district's place on its row: one column
          // less keeps the warnings on a 1366-pixel screen.
          addressUpdates
            ? { accessor: 'district', title: 'อำเภอ / ที่อยู่เมื่อปรับปรุง', width: 250, render: (r) => (r.addressUpdate ? <AddressUpdate {...r.addressUpdate} /> : r.district) }
            : { accessor: 'district', title: 'อำเภอ', width: 130 },
        ]}
      />
      {conflicts.length > 0 && <ConflictTable rows={conflicts} manySheets={many} chosen={conflictUpdates} onChange={onConflictUpdates} note={updateNote(preview.updateFields)} />}
      {counts.existing > counts.conflict && (
        <Radio.Group
          label={`${n(counts.existing - counts.conflict)} คนมีในทะเบียนแล้ว (เลขประจำตัวประชาชน ชื่อ และวันเกิดตรงกัน) และข้อมูลในไฟล์ต่างจากทะเบียน`}
          value={duplicates}
          onChange={(v) => onDuplicates(v as Duplicates)}
        >
          <Stack gap={6} mt={6}>
            <Radio value="skip" label="ข้าม ไม่เปลี่ยนข้อมูลในทะเบียน" />
            <Radio value="update" label="ปรับปรุงข้อมูลในทะเบียนตามไฟล์" description={updateNote(preview.updateFields) + (addressUpdates ? ` ${ADDRESS_RULE}` : '')} />
          </Stack>
        </Radio.Group>
      )}
      {counts.unchanged > 0 && <Text size="sm">{n(counts.unchanged)} คนข้อมูลในไฟล์ตรงกับทะเบียนทุกช่องแล้ว ไม่ต้องปรับปรุง</Text>}
      <Group>
        <Button variant="default" onClick={onBack} disabled={busy}>กลับไปแก้การจับคู่คอลัมน์</Button>
        {/* No autofocus: Enter pressed while reading the preview must not start the import. */}
        <Button onClick={onCommit} disabled={busy || toImport === 0}>
          {toImport === 0 ? 'ไม่มีแถวที่นำเข้าได้' : `นำเข้า ${n(toImport)} รายการ`}
        </Button>
      </Group>
    </Stack>
  );
}
