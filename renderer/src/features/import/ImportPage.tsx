import { useState } from 'react';
import { Alert, Anchor, Button, List, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import type { FilePayload } from '@shared/api';
import type { ImportPreview, ImportResult } from '@shared/api/spreadsheets';
import { ApiError, call, platform } from '../../api/client';
import { JobProgress } from '../../components/JobProgress';
import { saveFile, useJob } from '../../api/job';
import { MappingStep, type Mapping } from './MappingStep';
import { PreviewStep, type Duplicates } from './PreviewStep';
import { ResultStep } from './ResultStep';

type Step = 'pick' | 'mapping' | 'preview' | 'done';
// After the last step every step shows as completed.
const STEPS: Step[] = ['pick', 'mapping', 'preview', 'done'];

const mappingOf = (p: ImportPreview): Mapping => Object.fromEntries(p.columns.map((c) => [String(c.index), c.field]));
interface Problem {
  message: string;
  cancelled: boolean;
}
const problemOf = (e: unknown): Problem =>
  e instanceof ApiError ? { message: e.error.message, cancelled: e.error.code === 'CANCELLED' } : { message: 'เกิดข้อผิดพลาด กรุณาลองอีกครั้ง', cancelled: false };

/**
 * Importing volunteers from an office's .xlsx or .csv (issue 7): pick the file, check the column
 * mapping, preview every row validated by the core, commit in one transaction, then download the
 * rows with errors to fix. The core re-reads the file at each step, so nothing is half-done.
 */
export function ImportPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const job = useJob();
  const [step, setStep] = useState<Step>('pick');
  const [file, setFile] = useState<FilePayload | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [duplicates, setDuplicates] = useState<Duplicates>('skip');
  const [areaFromAddress, setAreaFromAddress] = useState(true);
  const [conflictUpdates, setConflictUpdates] = useState<number[]>([]);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);

  /** Runs one call as a job; a failure (bad file, cancel) becomes the message on this step. */
  async function attempt<T>(work: (job: string) => Promise<T>): Promise<T | null> {
    setError(null);
    try {
      return await job.run(work);
    } catch (e) {
      setError(problemOf(e));
      return null;
    }
  }

  async function pick() {
    const picked = await platform.pickFile(['.xlsx', '.xls', '.csv']);
    if (!picked) return;
    const p = await attempt((j) => call('volunteer-import-preview', { file: picked, areaFromAddress, job: j }));
    if (!p) return;
    setFile(picked);
    setPreview(p);
    setMapping(mappingOf(p));
    setStep('mapping');
  }

  async function check(area = areaFromAddress) {
    const p = await attempt((j) => call('volunteer-import-preview', { file: file!, mapping, areaFromAddress: area, job: j }));
    if (!p) return;
    setPreview(p);
    // Decisions stay only for rows that are still conflicts.
    setConflictUpdates((chosen) => chosen.filter((row) => p.rows.some((r) => r.row === row && r.conflict)));
    setStep(p.mappingProblem ? 'mapping' : 'preview');
  }

  async function changeAreaFromAddress(on: boolean) {
    setAreaFromAddress(on);
    await check(on);
  }

  async function commit() {
    const r = await attempt((j) => call('volunteer-import-commit', { file: file!, mapping, areaFromAddress, duplicates, conflictUpdates, job: j }));
    if (!r) return;
    setResult(r);
    setStep('done');
    await queryClient.invalidateQueries();
  }

  async function downloadErrors() {
    setSaving(true);
    try {
      await saveFile(await call('volunteer-import-errors', { file: file!, mapping, areaFromAddress }));
    } catch (e) {
      setError(problemOf(e));
    } finally {
      setSaving(false);
    }
  }

  function restart() {
    setStep('pick');
    setFile(null);
    setPreview(null);
    setResult(null);
    setError(null);
    setAreaFromAddress(true);
    setConflictUpdates([]);
  }

  return (
    <Stack>
      <Anchor component={Link} to="/volunteers" size="sm">← ทะเบียนอาสาสมัคร</Anchor>
      <Title order={2}>นำเข้ารายชื่ออาสาสมัครจากไฟล์ Excel</Title>
      <Stepper active={step === 'done' ? STEPS.length : STEPS.indexOf(step)} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label="เลือกไฟล์" description=".xlsx .xls หรือ .csv" />
        <Stepper.Step label="จับคู่คอลัมน์" description={preview ? `หัวตารางแถวที่ ${preview.headerRow}` : undefined} />
        <Stepper.Step label="ตรวจสอบข้อมูล" description={preview && step !== 'mapping' ? `${preview.counts.total.toLocaleString('th-TH')} แถว` : undefined} />
        <Stepper.Step label="ผลการนำเข้า" />
      </Stepper>
      {file && <Text c="dimmed">ไฟล์: {file.name}</Text>}
      {error && (
        <Alert color={error.cancelled ? 'gray' : 'red'} title={error.cancelled ? 'ยกเลิกแล้ว' : 'ทำรายการไม่สำเร็จ'} role="alert">
          {error.message}
        </Alert>
      )}
      <JobProgress job={job} label="กำลังอ่านไฟล์" />
      {step === 'pick' && !job.running && (
        <Stack align="flex-start">
          <Text>เลือกไฟล์รายชื่ออาสาสมัครที่สำนักงานใช้อยู่ โปรแกรมจะหาแถวหัวตารางและจับคู่คอลัมน์ให้เอง</Text>
          <List size="sm" c="dimmed">
            <List.Item>หัวตารางภาษาไทยหรืออังกฤษ เช่น คำนำหน้า ชื่อ นามสกุล เลขประจำตัวประชาชน วันเกิด ตำบล อำเภอ หรือที่อยู่ทั้งข้อความในคอลัมน์เดียว</List.Item>
            <List.Item>ไฟล์ Excel รุ่นใหม่ (.xlsx) รุ่นเก่า (.xls) หรือ .csv แถวชื่อเรื่องด้านบนและแถวรวมท้ายตารางไม่ต้องลบ</List.Item>
            <List.Item>วันที่แบบ พ.ศ. หรือ ค.ศ. (13/03/2563, 13 มี.ค. 2563) หรือเซลล์วันที่ของ Excel ตัวเลขไทยก็ได้</List.Item>
            <List.Item>ยังไม่มีการบันทึกจนกว่าจะกดนำเข้าในขั้นสุดท้าย</List.Item>
          </List>
          <Button size="md" leftSection={<IconFileSpreadsheet size={18} />} onClick={pick} autoFocus>
            เลือกไฟล์ .xlsx .xls หรือ .csv
          </Button>
        </Stack>
      )}
      {step === 'mapping' && preview && (
        <MappingStep preview={preview} mapping={mapping} onChange={setMapping} onBack={restart} onNext={() => void check()} busy={job.running} />
      )}
      {step === 'preview' && preview && !job.running && (
        <PreviewStep
          preview={preview}
          duplicates={duplicates}
          onDuplicates={setDuplicates}
          onBack={() => setStep('mapping')}
          onAreaFromAddress={changeAreaFromAddress}
          conflictUpdates={conflictUpdates}
          onConflictUpdates={setConflictUpdates}
          onCommit={commit}
          onDownloadErrors={downloadErrors}
          busy={saving}
        />
      )}
      {step === 'done' && result && file && (
        <ResultStep fileName={file.name} result={result} onDownloadErrors={downloadErrors} onAnother={restart} onDone={() => navigate('/volunteers')} busy={saving} />
      )}
    </Stack>
  );
}
