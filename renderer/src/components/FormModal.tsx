import type { FormEvent, ReactNode } from 'react';
import { Button, Group, Modal, Stack, type ModalProps } from '@mantine/core';

interface FormModalProps extends Pick<ModalProps, 'opened' | 'onClose' | 'title' | 'size' | 'centered'> {
  onSubmit(e?: FormEvent<HTMLFormElement>): void;
  /** While the save runs: the button shows it and is not pressed twice. */
  saving: boolean;
  saveLabel?: string;
  cancelLabel?: string;
  /** A step that cannot be taken back (cancelling an order): the button is red. */
  danger?: boolean;
  children: ReactNode;
}

/**
 * A dialog holding one form: its fields, then ยกเลิก and the save button at the bottom right.
 * Enter in a field submits; the browser's own checks are off, the form's Thai messages say what to fix.
 */
export function FormModal({ onSubmit, saving, saveLabel = 'บันทึก', cancelLabel = 'ยกเลิก', danger, children, ...modal }: FormModalProps) {
  return (
    <Modal {...modal}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={modal.onClose}>{cancelLabel}</Button>
            <Button type="submit" color={danger ? 'red' : undefined} loading={saving}>{saveLabel}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
