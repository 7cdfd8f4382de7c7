import { useCallback, useRef, useState } from 'react';
import type { FilePayload, ProgressEvent } from '@shared/api';
import { call, onEvent, platform } from './client';
import { notifyError, notifySuccess } from '../app/notify';

export interface JobState {
  /** Set while a job runs: the cancel button is offered. */
  running: boolean;
  progress: ProgressEvent | null;
  cancel(): void;
}

/**
 * Runs long core work as a job (docs/ARCHITECTURE.md rule 6): the caller gets a fresh job id to pass to
 * the method, progress events of that job feed the bar, and `cancel` asks the core to stop it.
 */
export function useJob(): JobState & { run<T>(work: (job: string) => Promise<T>): Promise<T> } {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const current = useRef<string | null>(null);

  const run = useCallback(async <T,>(work: (job: string) => Promise<T>): Promise<T> => {
    const job = `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    current.current = job;
    setProgress(null);
    setRunning(true);
    const off = onEvent('job-progress', (p) => {
      if (p.job === job) setProgress(p);
    });
    try {
      return await work(job);
    } finally {
      off();
      current.current = null;
      setRunning(false);
    }
  }, []);

  const cancel = useCallback(() => {
    if (current.current) void call('job-cancel', { job: current.current });
  }, []);

  return { running, progress, cancel, run };
}

/**
 * For a button whose work is one short call or two (make a file, save it): `busy` while it runs,
 * so the button shows it is working and is not pressed twice; a failure is shown in Thai.
 */
export function useBusy(): { busy: boolean; run(work: () => Promise<void>): Promise<void> } {
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, run };
}

/** Says where a file was saved (`''`: downloaded by the browser). */
export function notifySaved(where: string, name: string): void {
  notifySuccess(where ? `บันทึกไฟล์แล้วที่ ${where}` : `ดาวน์โหลดไฟล์ ${name} แล้ว`);
}

/** Saves a file the core made (dialog in Electron, download in a browser) and says where. */
export async function saveFile(file: FilePayload): Promise<void> {
  const where = await platform.saveFile(file);
  if (where !== null) notifySaved(where, file.name);
}
