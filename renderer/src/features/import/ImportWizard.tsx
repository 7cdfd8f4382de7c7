import { useState, type ReactNode } from 'react';
import { Alert, Anchor, Button, List, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import type { FilePayload } from '@shared/api';
import type { ImportSheetPreview } from '@shared/api/spreadsheets';
import { ApiError, platform } from '../../api/client';
import { JobProgress } from '../../components/JobProgress';
import { saveFile, useJob } from '../../api/job';
import { MappingStep, type Mapping, type MappingCheck } from './MappingStep';
import { ResultStep, type ImportOutcome } from './ResultStep';

type Step = 'pick' | 'mapping' | 'preview' | 'done';
// After the last step every step shows as completed.
const STEPS: Step[] = ['pick', 'mapping', 'preview', 'done'];

const mappingOf = (p: ImportSheetPreview): Mapping => Object.fromEntries(p.columns.map((c) => [String(c.index), c.field]));
interface Problem {
  message: string;
  cancelled: boolean;
}
const problemOf = (e: unknown): Problem =>
  e instanceof ApiError ? { message: e.error.message, cancelled: e.error.code === 'CANCELLED' } : { message: 'เกิดข้อผิดพลาด กรุณาลองอีกครั้ง', cancelled: false };

/** A preview with its rows counted, as each kind of import gives it. */
type CheckedSheet = ImportSheetPreview & { counts: { total: number } };

/** What the core is asked to read: the clerk's mapping and the sheets they unticked. */
export interface Choice {
  mapping: Mapping | undefined;
  skipSheets: string[];
}

/** What the preview step of one kind of import is given to work with. */
export interface WizardControls<P> {
  preview: P;
  /** Reads the file again with the current mapping and options (after an option changed). */
  recheck(): Promise<void>;
  /** Reads the file again leaving out these sheets (the clerk unticked them). */
  skipSheets(names: string[]): Promise<void>;
  commit(): Promise<void>;
  downloadErrors(): Promise<void>;
  back(): void;
  busy: boolean;
}

/** The calls and screens of one kind of import (volunteers, activities); the rest of the wizard is shared. */
export interface ImportWizardProps<P extends CheckedSheet, R> {
  title: string;
  back: { to: string; label: string };
  /** What kind of file to choose, shown on the first step. */
  intro: ReactNode;
  /** What this import reads; the reader's own (formats, title and total rows, dates) are added. */
  hints: ReactNode[];
  /** The core's calls; a page's own options (a month, the area rule) are read when they run. */
  preview(file: FilePayload, choice: Choice, job: string): Promise<P>;
  commit(file: FilePayload, choice: Choice, job: string): Promise<R>;
  errors(file: FilePayload, choice: Choice): Promise<FilePayload>;
  /** What the mapping must hold before the rows can be checked. */
  check: MappingCheck;
  /** More to choose on the mapping step (the month of a table of counts). */
  mappingExtra?(preview: P): ReactNode;
  /** Another file is picked: a page's own choices go back to their defaults. */
  onRestart?(): void;
  renderPreview(c: WizardControls<P>): ReactNode;
  /** What the commit did, in this import's words and figures. */
  outcome(result: R, file: FilePayload): ImportOutcome;
  /** Where the clerk goes when done: the screen the import filled. */
  done: { to: string; label: string };
}

/** What every import's reader takes alike (spreadsheets/import): said once on each import's first step. */
const READER_HINTS = [
  'ไฟล์ Excel รุ่นใหม่ (.xlsx) รุ่นเก่า (.xls) หรือ .csv แถวชื่อเรื่องด้านบนและแถวรวมท้ายตารางไม่ต้องลบ',
  'วันที่แบบ พ.ศ. หรือ ค.ศ. (13/03/2563, 13 มี.ค. 2563) หรือเซลล์วันที่ของ Excel ตัวเลขไทยก็ได้',
  'ยังไม่มีการบันทึกจนกว่าจะกดนำเข้าในขั้นสุดท้าย',
];

/**
 * Importing from an office's .xlsx, .xls or .csv: pick the file, check the column mapping, preview
 * every row validated by the core, commit in one transaction, then download the rows with errors to
 * fix. The core re-reads the file at each step, so nothing is half-done.
 */
export function ImportWizard<P extends CheckedSheet, R>(props: ImportWizardProps<P, R>) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const job = useJob();
  const [step, setStep] = useState<Step>('pick');
  const [file, setFile] = useState<FilePayload | null>(null);
  const [preview, setPreview] = useState<P | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [skipped, setSkipped] = useState<string[]>([]);
  const [result, setResult] = useState<R | null>(null);
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
    const p = await attempt((j) => props.preview(picked, { mapping: undefined, skipSheets: [] }, j));
    if (!p) return;
    setSkipped([]);
    setFile(picked);
    setPreview(p);
    setMapping(mappingOf(p));
    setStep('mapping');
  }

  /** Checks the rows again; `skipSheets` when the preview step's ticks changed (the mapping step sets `skipped` itself). */
  async function recheck(skipSheets?: string[]) {
    const p = await attempt((j) => props.preview(file!, { mapping, skipSheets: skipSheets ?? skipped }, j));
    if (!p) return;
    if (skipSheets) setSkipped(skipSheets);
    setPreview(p);
    setStep(p.mappingProblem ? 'mapping' : 'preview');
  }

  async function commit() {
    const r = await attempt((j) => props.commit(file!, { mapping, skipSheets: skipped }, j));
    if (!r) return;
    setResult(r);
    setStep('done');
    await queryClient.invalidateQueries();
  }

  async function downloadErrors() {
    setSaving(true);
    try {
      await saveFile(await props.errors(file!, { mapping, skipSheets: skipped }));
    } catch (e) {
      setError(problemOf(e));
    } finally {
      setSaving(false);
    }
  }

  function restart() {
    props.onRestart?.();
    setStep('pick');
    setFile(null);
    setPreview(null);
    setResult(null);
    setError(null);
  }

  const controls = preview && file ? { preview, recheck: () => recheck(), skipSheets: recheck, commit, downloadErrors, back: () => setStep('mapping'), busy: saving } : null;
  return (
    <Stack>
      <Anchor component={Link} to={props.back.to} size="sm">{props.back.label}</Anchor>
      <Title order={2}>{props.title}</Title>
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
          <Text>{props.intro}</Text>
          <List size="sm" c="dimmed">
            {[...props.hints, ...READER_HINTS].map((h, i) => <List.Item key={i}>{h}</List.Item>)}
          </List>
          <Button size="md" leftSection={<IconFileSpreadsheet size={18} />} onClick={pick} autoFocus>
            เลือกไฟล์ .xlsx .xls หรือ .csv
          </Button>
        </Stack>
      )}
      {step === 'mapping' && preview && (
        <MappingStep
          preview={preview}
          mapping={mapping}
          onChange={setMapping}
          skipped={skipped}
          onSkip={setSkipped}
          onBack={restart}
          onNext={() => void recheck()}
          busy={job.running}
          check={props.check}
        >
          {props.mappingExtra?.(preview)}
        </MappingStep>
      )}
      {step === 'preview' && controls && !job.running && props.renderPreview(controls)}
      {step === 'done' && file && result && (
        <ResultStep
          {...props.outcome(result, file)}
          onDownloadErrors={() => void downloadErrors()}
          onAnother={restart}
          onDone={() => navigate(props.done.to)}
          doneLabel={props.done.label}
          busy={saving}
        />
      )}
    </Stack>
  );
}
