import type { ReactNode, SyntheticEvent } from 'react';
import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { fieldErrors, notifyError } from '../app/notify';

/** Marks a message that belongs to a group of fields (not one input), so a failed save can reach it. */
export const FORM_ERROR_ATTR = { 'data-form-error': true } as const;

/**
 * After a failed save: the first field with a message (in the order the clerk reads the form) is
 * scrolled into view and focused, and a notification says how many fields need attention. Without
 * this a message below the fold made บันทึก look as if it did nothing.
 */
export function revealFormErrors(root: HTMLElement | null | undefined, errors: Record<string, ReactNode>): void {
  const messages = Object.values(errors).filter(Boolean);
  if (!messages.length) return;
  // After React has drawn the messages (the errors were set in this same event).
  requestAnimationFrame(() => {
    const target = root?.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-error]');
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
    // The message named is the one at the cursor: Mantine ties a field to its message by id.
    const ownId = target?.getAttribute('aria-describedby')?.split(' ').find((id) => id.endsWith('-error'));
    const own = (ownId && document.getElementById(ownId)?.textContent) || (target?.hasAttribute('data-form-error') ? target.textContent : null);
    const first = own ?? messages.find((m) => typeof m === 'string');
    notifications.show({
      // The app's notices sit at the bottom right, where a dialog has its save button: a form in a
      // dialog gets its notice at the top, so the button stays in reach (a 1093×615 window had the
      // notice over ยืนยันยกเลิกคำสั่ง).
      position: root?.closest('[role="dialog"]') ? 'top-center' : undefined,
      color: 'red',
      title: `ยังบันทึกไม่ได้ มี ${messages.length} ช่องที่ต้องแก้ไข`,
      message: `${first ? `${first} · ` : ''}ดูข้อความสีแดงใต้ช่อง เคอร์เซอร์อยู่ที่ช่องแรกแล้ว`,
      autoClose: 8000,
    });
  });
}

/**
 * The one way a form is saved: checked with its schema, then `save`. A failure, the form's own
 * check or the core's VALIDATION answer, puts each message at its field and reveals the first
 * (see revealFormErrors); any other failure is a red notification. `onFailed` runs on every
 * failure (e.g. the leave guard taking back its "saving").
 */
export function submitForm<T>(form: UseFormReturnType<T>, save: (values: T) => Promise<unknown>, onFailed?: () => void) {
  return (event?: SyntheticEvent<HTMLFormElement>) => {
    const root = event?.currentTarget;
    form.onSubmit(
      async (values) => {
        try {
          await save(values as T);
        } catch (e) {
          onFailed?.();
          const fields = fieldErrors(e);
          if (Object.keys(fields).length) {
            form.setErrors(fields);
            revealFormErrors(root, fields);
          } else notifyError(e);
        }
      },
      (errors) => {
        onFailed?.();
        revealFormErrors(root, errors);
      },
    )(event);
  };
}
