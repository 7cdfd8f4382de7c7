import type { ApiEvents, EventName, FilePayload, Input, MethodName, Output } from '@shared/api';
import type { AsaBridge, IssuedSave } from '@shared/api/bridge';
import type { CertificatesIssued, IssuingMethod } from '@shared/api/reports';
import { decodeJson, encodeJson } from '@shared/api/codec';
import type { AppError, Result } from '@shared/errors';

declare global {
  interface Window {
    /** Present in Electron (the preload); absent in browser mode. */
    asaDesk?: AsaBridge;
  }
}

/** An AppError from the core, thrown so that queries and forms can catch it. */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'ApiError';
  }
}

function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new ApiError(r.error);
  return r.value;
}

const networkError: AppError = { code: 'INTERNAL', message: 'ติดต่อส่วนประมวลผลของโปรแกรมไม่ได้ กรุณาเปิดโปรแกรมใหม่' };

async function httpCall(method: string, input: unknown): Promise<Result<unknown>> {
  try {
    // The method is in the path, so the server knows how large a body to accept before reading it.
    const res = await fetch(`/api/call/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: encodeJson(input),
    });
    if (res.status === 401) return { ok: false, error: { code: 'UNAUTHORIZED', message: 'ไม่ได้รับอนุญาต: กรุณาเปิดโปรแกรมจากลิงก์ที่แสดงตอนเริ่มโปรแกรม' } };
    return decodeJson(await res.text()) as Result<unknown>;
  } catch {
    return { ok: false, error: networkError };
  }
}

/** Calls one method of the contract, whichever transport this window has. */
export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
  const bridge = window.asaDesk;
  const r = bridge ? await bridge.invoke({ kind: 'call', method, input }) : await httpCall(method, input);
  return unwrap(r) as Output<M>;
}

type Listener<E extends EventName> = (payload: ApiEvents[E]) => void;

/** Subscribes to a push event (progress of long jobs); returns the unsubscribe. */
export function onEvent<E extends EventName>(name: E, listener: Listener<E>): () => void {
  const bridge = window.asaDesk;
  if (bridge) {
    return bridge.onEvent((n, payload) => {
      if ((n as EventName) === name) listener(payload as ApiEvents[E]);
    });
  }
  const source = new EventSource('/api/events');
  const handler = (e: MessageEvent<string>) => listener(JSON.parse(e.data) as ApiEvents[E]);
  source.addEventListener(name, handler);
  return () => source.close();
}

function downloadInBrowser(file: FilePayload): void {
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart]));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function pickInBrowser(accept: string[]): Promise<FilePayload | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept.join(',');
    input.addEventListener('change', async () => {
      const f = input.files?.[0];
      resolve(f ? { name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) } : null);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

/** How the user saves and picks files: native dialogs in Electron, download/upload in a browser. */
export const platform = {
  isElectron: (): boolean => !!window.asaDesk,
  /** Returns where the file was saved (Electron), `''` for a browser download, null if cancelled. */
  async saveFile(file: FilePayload): Promise<string | null> {
    const bridge = window.asaDesk;
    if (!bridge) {
      downloadInBrowser(file);
      return '';
    }
    return unwrap(await bridge.invoke({ kind: 'save-file', file }));
  },
  /**
   * Saves certificates that are given their numbers as they are saved: in Electron the save
   * dialog comes first and the core issues only once a place is chosen (a cancel gives no
   * number); a browser's download is the save. `name` is the file name suggested.
   */
  async saveIssued<M extends IssuingMethod>(method: M, input: Input<M>, name: string): Promise<IssuedSave | null> {
    const bridge = window.asaDesk;
    if (bridge) return unwrap(await bridge.invoke({ kind: 'save-issued', method, input, name }));
    const { file, numbers } = (await call(method, input)) as CertificatesIssued;
    downloadInBrowser(file);
    return { path: '', numbers };
  },
  /** `accept` lists extensions such as `.xlsx`. */
  async pickFile(accept: string[]): Promise<FilePayload | null> {
    const bridge = window.asaDesk;
    if (!bridge) return pickInBrowser(accept);
    return unwrap(await bridge.invoke({ kind: 'pick-file', accept }));
  },
  async showInFolder(path: string): Promise<void> {
    const bridge = window.asaDesk;
    if (bridge && path) unwrap(await bridge.invoke({ kind: 'show-in-folder', path }));
  },
};
