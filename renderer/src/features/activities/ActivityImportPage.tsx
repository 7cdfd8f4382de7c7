import { useMemo, useState } from 'react';
import { Badge, Button, Group, List, Select, Stack, Text } from '@mantine/core';
import type { ActivityImportPreview, ActivityImportResult, ActivityImportRowPreview, ActivityImportRowStatus } from '@shared/api/spreadsheets';
import { formatYearMonth } from '@shared/schemas/activity';
import { todayIso } from '@shared/thai';
import { call } from '../../api/client';
import { ImportNotices, manySheets } from '../import/ImportNotices';
import { ImportWizard, type WizardControls } from '../import/ImportWizard';
import type { MappingCheck } from '../import/MappingStep';
import { shownId } from '../import/PreviewStep';
import { ErrorRowsAlert, PreviewRows } from '../import/PreviewRows';
import { WholeWords } from '../../components/WholeWords';
import { monthOptions } from './months';

const n = (x: number) => x.toLocaleString('th-TH');

const STATUS: Record<ActivityImportRowStatus, { label: string; color: string }> = {
  new: { label: 'บันทึกใหม่', color: 'green' },
  duplicate: { label: 'บันทึกไว้แล้ว', color: 'gray' },
  error: { label: 'มีข้อผิดพลาด', color: 'red' },
};

/** A row is matched to a volunteer by national ID or by name, and records either kinds by name or a column per kind. */
const checkActivityMapping: MappingCheck = (_fields, taken) => {
  const who = taken.has('nationalId') || taken.has('fullName') || taken.has('firstName');
  const what = taken.has('kind') || [...taken].some((f) => f.startsWith('kind:'));
  return {
    blocking: !who
      ? { title: 'ยังไม่ได้เลือกคอลัมน์ที่บอกว่าเป็นใคร', message: 'กรุณาเลือกคอลัมน์ "เลขประจำตัวประชาชน" หรือ "ชื่อ-นามสกุล" ใช้จับคู่กับอาสาสมัครในทะเบียน' }
      : !what
        ? { title: 'ยังไม่ได้เลือกคอลัมน์กิจกรรม', message: 'กรุณาเลือกคอลัมน์ "ประเภทกิจกรรม" (หนึ่งแถวต่อกิจกรรม) หรือคอลัมน์ "จำนวน: …" ของแต่ละประเภท (ตารางอาสาสมัคร × ประเภท)' }
        : null,
    missing: taken.has('kind') && !taken.has('date') ? ['วันที่'] : [],
  };
};

function ActivityPreviewStep({ preview, back, commit, downloadErrors, skipSheets, busy }: WizardControls<ActivityImportPreview>) {
  const { counts } = preview;
  return (
    <Stack>
      <Group gap="xs" aria-label="สรุปผลการตรวจสอบ">
        <Badge size="lg" variant="light" color="gray">ทั้งหมด {n(counts.total)} แถว</Badge>
        <Badge size="lg" variant="light" color="green">บันทึกใหม่ {n(counts.records)} รายการ</Badge>
        <Badge size="lg" variant="light" color="gray">บันทึกไว้แล้ว (ข้าม) {n(counts.duplicateRecords)} รายการ</Badge>
        <Badge size="lg" variant="light" color="red">มีข้อผิดพลาด {n(counts.error)} แถว</Badge>
        <Badge size="lg" variant="light" color="yellow">มีคำเตือน {n(counts.warning)} แถว</Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {preview.shape === 'table'
          ? 'ไฟล์นี้เป็นตารางจำนวนรายเดือน (อาสาสมัคร × ประเภท) บันทึกเหมือนตารางบันทึกผลงานรายเดือน จำนวนที่บันทึกไว้แล้วในเดือนเดียวกันจะข้ามไป'
          : 'ไฟล์นี้มีหนึ่งแถวต่อกิจกรรม บันทึกเหมือนบันทึกรายละเอียดกิจกรรม รายการที่บันทึกไว้แล้ว (อาสาสมัคร วันที่ ประเภท และสถานที่เดียวกัน) จะข้ามไป'}
        {' '}นำเข้าไฟล์เดิมซ้ำได้โดยไม่บันทึกซ้ำ
      </Text>
      <ImportNotices preview={preview} unit="แถว" onSkipSheets={(names) => void skipSheets(names)} />
      <ErrorRowsAlert count={counts.error} onDownload={() => void downloadErrors()} busy={busy} />
      <PreviewRows<ActivityImportRowPreview>
        rows={preview.rows}
        manySheets={manySheets(preview)}
        filters={[
          { value: 'error', label: 'มีข้อผิดพลาด', show: (r) => r.status === 'error' },
          { value: 'warning', label: 'มีคำเตือน', show: (r) => r.warnings.length > 0 },
          { value: 'duplicate', label: 'บันทึกไว้แล้ว', show: (r) => r.status === 'duplicate' },
        ]}
        columns={[
          { accessor: 'status', title: 'ผลตรวจ', width: 120, render: (r) => <Badge variant="light" color={STATUS[r.status].color}>{STATUS[r.status].label}</Badge> },
          {
            accessor: 'name',
            title: 'อาสาสมัคร',
            width: 190,
            render: (r) => (
              <Stack gap={0}>
                <Text size="sm">{r.name ? <WholeWords text={r.name} /> : '—'}</Text>
                {r.nationalId && <Text size="xs" c="dimmed">{shownId(r.nationalId)}</Text>}
              </Stack>
            ),
          },
          { accessor: 'district', title: 'อำเภอ', width: 90 },
          { accessor: 'when', title: preview.shape === 'table' ? 'เดือน' : 'วันที่', width: 100 },
          {
            accessor: 'items',
            title: 'กิจกรรม (คน)',
            width: 180,
            render: (r) => (
              <List size="sm" spacing={0}>
                {r.items.map((i) => (
                  <List.Item key={i.kind} c={i.duplicate ? 'dimmed' : undefined}>
                    {i.kind} {n(i.people)}{i.duplicate ? ' (บันทึกไว้แล้ว)' : ''}
                  </List.Item>
                ))}
              </List>
            ),
          },
        ]}
      />
      <Group>
        <Button variant="default" onClick={back} disabled={busy}>กลับไปแก้การจับคู่คอลัมน์</Button>
        {/* No autofocus: Enter pressed while reading the preview must not start the import. */}
        <Button onClick={() => void commit()} disabled={busy || counts.records === 0}>
          {counts.records === 0 ? 'ไม่มีรายการใหม่ให้นำเข้า' : `นำเข้า ${n(counts.records)} รายการ`}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * The month of a table of counts: what the clerk chose, else what the sheet's title line names
 * (said, with the line, so it can be checked), else asked for.
 */
function ReportMonth({ months, chosen, title, onChange }: { months: { value: string; label: string }[]; chosen: string | null; title: ActivityImportPreview['titleMonth']; onChange(month: string | null): void }) {
  const fromTitle = chosen === null && title !== null;
  const data = title && !months.some((m) => m.value === title.month) ? [...months, { value: title.month, label: formatYearMonth(title.month) }] : months;
  return (
    <Select
      label="เดือนของรายงาน (พ.ศ.)"
      description={fromTitle ? `อ่านจากหัวเรื่องของไฟล์: "${title.line}" ถ้าไม่ถูกต้อง เลือกเดือนใหม่ได้` : 'ใช้กับแถวที่ไม่มีเดือนหรือวันที่ในไฟล์'}
      placeholder="เลือกเดือน"
      data={data}
      value={chosen ?? title?.month ?? null}
      onChange={onChange}
      allowDeselect={false}
      searchable
      w={fromTitle ? 520 : 260}
    />
  );
}

/**
 * Monthly activity reports from Excel (issue 17): one row per activity, or a volunteer × kind table
 * of a month's counts, through the register import's wizard.
 */
export function ActivityImportPage() {
  const months = useMemo(() => monthOptions(todayIso()), []);
  const [month, setMonth] = useState<string | null>(null);
  const options = { month: month ?? undefined };
  return (
    <ImportWizard<ActivityImportPreview, ActivityImportResult>
      title="นำเข้าผลการปฏิบัติงานอาสาสมัครจากไฟล์ Excel"
      back={{ to: '/activities', label: '← บันทึกผลงานอาสาสมัครรายเดือน' }}
      intro="เลือกไฟล์รายงานผลการปฏิบัติงานที่ได้รับจากอาสาสมัครหรืออำเภอ โปรแกรมจะหาแถวหัวตาราง จับคู่คอลัมน์ และจับคู่แต่ละแถวกับอาสาสมัครในทะเบียนให้เอง"
      hints={[
        'หนึ่งแถวต่อกิจกรรม: ชื่อ-สกุลหรือเลขประจำตัวประชาชน วันที่ ประเภทกิจกรรม จำนวนคน สถานที่ (หน่วยงานที่ส่งต่อและผลการส่งต่อสำหรับชี้เป้า/ส่งต่อ)',
        'หรือตารางรายเดือน: หนึ่งแถวต่ออาสาสมัคร คอลัมน์ละหนึ่งประเภทกิจกรรม ใส่จำนวนคนในช่อง และคอลัมน์เดือน (หรือเลือกเดือนในขั้นถัดไป)',
        'ไม่มีเลขประจำตัวประชาชน ใช้ชื่อ-สกุลกับอำเภอได้ เมื่อชื่อนั้นตรงกับอาสาสมัครเพียงคนเดียว',
      ]}
      preview={(file, choice, job) => call('activity-import-preview', { file, ...choice, ...options, job })}
      commit={(file, choice, job) => call('activity-import-commit', { file, ...choice, ...options, job })}
      errors={(file, choice) => call('activity-import-errors', { file, ...choice, ...options })}
      check={checkActivityMapping}
      onRestart={() => setMonth(null)}
      mappingExtra={(p) => p.shape === 'table' && <ReportMonth months={months} chosen={month} title={p.titleMonth} onChange={setMonth} />}
      renderPreview={(c) => <ActivityPreviewStep {...c} />}
      outcome={(r, file) => ({
        message: `นำเข้าผลการปฏิบัติงานจากไฟล์ ${file.name} เรียบร้อย บันทึกประวัติการนำเข้าของแต่ละรายการไว้แล้ว`,
        figures: [
          { label: 'บันทึกใหม่ (รายการ)', value: r.inserted, color: 'green.8' },
          { label: 'ข้าม (บันทึกไว้แล้ว)', value: r.duplicates, color: 'gray.7' },
        ],
        failed: r.failed,
      })}
      done={{ to: '/activities', label: 'ไปที่ตารางบันทึกผลงานรายเดือน' }}
    />
  );
}
