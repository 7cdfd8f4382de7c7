import type { z } from 'zod';
import { api, isMethodName, type MethodName } from '@shared/api';
import { AppFailure, type AppError, type Result } from '@shared/errors';
import type { CoreContext, Handler, HandlerMap } from './context';

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

/** Turns zod issues into one Thai message and per-field messages keyed by path. */
export function validationError(error: z.ZodError): AppError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  const first = Object.values(fields)[0];
  return { code: 'VALIDATION', message: `ข้อมูลไม่ถูกต้อง: ${first}`, fields };
}

function internalError(e: unknown, log: (e: unknown) => void): AppError {
  log(e);
  const message = e instanceof Error && /SQLITE_(BUSY|LOCKED)/.test((e as { code?: string }).code ?? '')
    ? 'ฐานข้อมูลกำลังถูกใช้งานอยู่ กรุณาลองอีกครั้ง'
    : 'เกิดข้อผิดพลาดภายในโปรแกรม ข้อมูลที่บันทึกไว้แล้วไม่ได้รับผลกระทบ กรุณาลองอีกครั้งหรือแจ้งผู้ดูแลระบบ';
  return { code: 'INTERNAL', message };
}

/**
 * The single entry for every call, whichever transport it came by: checks the method, validates
 * the input with the contract's schema, runs the handler, and answers with a Result. Nothing a
 * caller sends can make it throw.
 */
export function createDispatch(
  handlers: HandlerMap<MethodName>,
  ctx: CoreContext,
  log: (e: unknown) => void = (e) => console.error('[asa-desk core]', e),
): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'ไม่รู้จักคำสั่งนี้' } };
    }
    const parsed = api[method].input.safeParse(input === undefined ? {} : input);
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
    try {
      const handler = handlers[method] as Handler<MethodName>;
      const value = await handler(parsed.data as never, ctx);
      return { ok: true, value };
    } catch (e) {
      if (e instanceof AppFailure) return { ok: false, error: e.toAppError() };
      return { ok: false, error: internalError(e, log) };
    }
  };
}
