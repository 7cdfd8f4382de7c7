import { useState } from 'react';
import type { ImportPreview, ImportResult, ImportRowRef } from '@shared/api/spreadsheets';
import { call } from '../../api/client';
import { ImportWizard } from './ImportWizard';
import type { MappingCheck } from './MappingStep';
import { PreviewStep, type Duplicates } from './PreviewStep';

/** One "ชื่อ-นามสกุล" column stands in for the three name fields (the core splits it). */
const COVERED_BY_FULL_NAME = new Set(['title', 'firstName', 'lastName']);

/** Duplicates are found by national ID, so without that column no row can be checked. */
const checkVolunteerMapping: MappingCheck = (fields, taken) => ({
  blocking: taken.has('nationalId') ? null : { title: 'ยังไม่ได้เลือกคอลัมน์เลขประจำตัวประชาชน', message: 'กรุณาเลือกคอลัมน์ "เลขประจำตัวประชาชน" ใช้ตรวจรายชื่อซ้ำกับทะเบียน' },
  missing: fields.filter((f) => f.required && !taken.has(f.key) && !(taken.has('fullName') && COVERED_BY_FULL_NAME.has(f.key))).map((f) => f.label),
});

/** Importing volunteers from an office's .xlsx or .csv (issue 7), with the register's own choices for people it holds already. */
export function ImportPage() {
  const [duplicates, setDuplicates] = useState<Duplicates>('skip');
  const [areaFromAddress, setAreaFromAddress] = useState(true);
  const [conflictUpdates, setConflictUpdates] = useState<ImportRowRef[]>([]);
  // What the calls send; the area switch writes its new value here too, since its re-check runs before the next render.
  const options = { areaFromAddress };

  return (
    <ImportWizard<ImportPreview, ImportResult>
      title="นำเข้ารายชื่ออาสาสมัครจากไฟล์ Excel"
      back={{ to: '/volunteers', label: '← ทะเบียนอาสาสมัคร' }}
      intro="เลือกไฟล์รายชื่ออาสาสมัครที่สำนักงานใช้อยู่ โปรแกรมจะหาแถวหัวตารางและจับคู่คอลัมน์ให้เอง"
      hints={[
        'หัวตารางภาษาไทยหรืออังกฤษ เช่น คำนำหน้า ชื่อ นามสกุล เลขประจำตัวประชาชน วันเกิด ตำบล อำเภอ หรือที่อยู่ทั้งข้อความในคอลัมน์เดียว',
      ]}
      preview={async (file, choice, job) => {
        const p = await call('volunteer-import-preview', { file, ...choice, ...options, job });
        // Decisions stay only for rows that are still conflicts.
        setConflictUpdates((chosen) => chosen.filter((c) => p.rows.some((r) => r.sheet === c.sheet && r.row === c.row && r.conflict)));
        return p;
      }}
      commit={(file, choice, job) => call('volunteer-import-commit', { file, ...choice, ...options, duplicates, conflictUpdates, job })}
      errors={(file, choice) => call('volunteer-import-errors', { file, ...choice, ...options })}
      check={checkVolunteerMapping}
      onRestart={() => {
        setAreaFromAddress(true);
        setConflictUpdates([]);
      }}
      renderPreview={(c) => (
        <PreviewStep
          preview={c.preview}
          duplicates={duplicates}
          onDuplicates={setDuplicates}
          onBack={c.back}
          onSkipSheets={(names) => void c.skipSheets(names)}
          onAreaFromAddress={(on) => {
            options.areaFromAddress = on;
            setAreaFromAddress(on);
            void c.recheck();
          }}
          conflictUpdates={conflictUpdates}
          onConflictUpdates={setConflictUpdates}
          onCommit={() => void c.commit()}
          onDownloadErrors={() => void c.downloadErrors()}
          busy={c.busy}
        />
      )}
      outcome={(r, file) => ({
        message: `นำเข้ารายชื่อจากไฟล์ ${file.name} เรียบร้อย บันทึกประวัติการนำเข้าของแต่ละคนไว้แล้ว`,
        figures: [
          { label: 'เพิ่มใหม่', value: r.inserted, color: 'green.8' },
          { label: 'ปรับปรุงข้อมูล', value: r.updated, color: 'blue.8' },
          { label: 'ไม่เปลี่ยนแปลง (ตรงกับทะเบียน)', value: r.unchanged, color: 'gray.7' },
          { label: 'ข้าม (มีในทะเบียนแล้ว)', value: r.skipped, color: 'gray.7' },
        ],
        failed: r.failed,
      })}
      done={{ to: '/volunteers', label: 'ไปที่ทะเบียนอาสาสมัคร' }}
    />
  );
}
