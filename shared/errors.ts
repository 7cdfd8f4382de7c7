/** The only error shape that crosses a transport (docs/ARCHITECTURE.md rule 2). */
export type AppErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNKNOWN_METHOD'
  | 'CANCELLED'
  | 'BAD_FILE'
  | 'DATABASE'
  | 'INTERNAL'
  | 'UNAUTHORIZED';

export interface AppError {
  code: AppErrorCode;
  /** Thai, for the user. */
  message: string;
  /** Per-field Thai messages, keyed by the input's field path (`address.postcode`). */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Thrown inside the core; dispatch turns it into an AppError value. */
export class AppFailure extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppFailure';
  }

  toAppError(): AppError {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

export function isAppError(value: unknown): value is AppError {
  return typeof value === 'object' && value !== null && typeof (value as AppError).code === 'string' && typeof (value as AppError).message === 'string';
}
