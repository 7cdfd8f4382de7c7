import { useEffect, useRef } from 'react';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useBlocker } from 'react-router';

/**
 * Keeps a clerk from losing a half-filled form: while `dirty`, leaving the page for another one
 * asks first, and closing the window or reloading asks too (the browser's or Electron's own
 * prompt; see electron/main/window.ts). `saving()` lets the form's own navigation after a
 * successful save through; `failed()` takes that back when the save did not happen.
 */
export function useLeaveGuard(dirty: boolean) {
  const leavingAfterSave = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && !leavingAfterSave.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!dirty) return;
    const ask = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);

  const prompt = (
    <Modal opened={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} title="ยังไม่ได้บันทึกข้อมูล" centered>
      <Text mb="md">ข้อมูลที่กรอกหรือแก้ไขในหน้านี้ยังไม่ได้บันทึก ถ้าออกจากหน้านี้ ข้อมูลที่กรอกไว้จะหายไป</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
          กลับไปกรอกต่อ
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()}>
          ออกโดยไม่บันทึก
        </Button>
      </Group>
    </Modal>
  );

  return {
    prompt,
    saving: () => {
      leavingAfterSave.current = true;
    },
    failed: () => {
      leavingAfterSave.current = false;
    },
  };
}
