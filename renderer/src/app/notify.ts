import { notifications } from '@mantine/notifications';
import { ApiError } from '../api/client';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', title: 'สำเร็จ', message });
}

/** Shows the core's Thai message; anything else gets a generic Thai one. */
export function notifyError(e: unknown): void {
  const message = e instanceof ApiError ? e.error.message : 'เกิดข้อผิดพลาด กรุณาลองอีกครั้ง';
  notifications.show({ color: 'red', title: 'ทำรายการไม่สำเร็จ', message, autoClose: 8000 });
}

/** Per-field messages from a VALIDATION error, for `form.setErrors`. */
export function fieldErrors(e: unknown): Record<string, string> {
  return e instanceof ApiError && e.error.fields ? e.error.fields : {};
}
