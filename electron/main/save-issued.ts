import type { BridgeAnswers, BridgeRequest } from '@shared/api/bridge';
import type { CertificatesIssued } from '@shared/api/reports';
import type { RemoteCore } from '../core/entry';

/**
 * A save that gives certificate numbers: where to save is asked first, and only once the clerk
 * has chosen is the core asked to issue and make the file, which is then written there. A
 * cancelled dialog never reaches the core, so the register stays as it was.
 * `ask` is the save dialog (the path chosen, or null); `put` writes the file.
 */
export async function saveIssued(
  core: Pick<RemoteCore, 'dispatch'>,
  req: Extract<BridgeRequest, { kind: 'save-issued' }>,
  ask: (name: string) => Promise<string | null>,
  put: (path: string, bytes: Uint8Array) => void,
): Promise<BridgeAnswers['save-issued']> {
  const where = await ask(req.name);
  if (where === null) return { ok: true, value: null };
  const issued = await core.dispatch(req.method, req.input);
  if (!issued.ok) return issued;
  const { file, numbers } = issued.value as CertificatesIssued;
  try {
    put(where, file.bytes);
  } catch (e) {
    // The numbers are given and stay their holders': saving again prints the same ones.
    const given = numbers.length ? ` เลขที่ ${numbers.join(', ')} ออกให้แล้ว การบันทึกอีกครั้งจะได้ไฟล์ที่มีเลขที่เดิม` : '';
    return { ok: false, error: { code: 'INTERNAL', message: `บันทึกไฟล์ไม่สำเร็จ: ${(e as Error).message}${given} กรุณาเลือกที่บันทึกอื่นแล้วบันทึกอีกครั้ง` } };
  }
  return { ok: true, value: { path: where, numbers } };
}
