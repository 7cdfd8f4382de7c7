import { notifications } from '@mantine/notifications';

/** What the core saved but wants the office to look at again (a volunteer who had left, and the like). */
export function showWarnings(warnings: string[]): void {
  if (!warnings.length) return;
  notifications.show({ color: 'yellow', title: 'บันทึกแล้ว โปรดตรวจสอบ', message: warnings.join(' · '), autoClose: 12_000 });
}
