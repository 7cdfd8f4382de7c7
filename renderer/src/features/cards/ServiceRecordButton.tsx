import { useState } from 'react';
import { Button } from '@mantine/core';
import { call } from '../../api/client';
import { saveFile } from '../../api/job';
import { notifyError } from '../../app/notify';

/** The volunteer's record of service as a PDF for the head of office to sign. */
export function ServiceRecordButton({ volunteerId }: { volunteerId: number }) {
  const [busy, setBusy] = useState(false);
  const print = async () => {
    setBusy(true);
    try {
      await saveFile(await call('volunteer-service-record', { volunteerId }));
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="light" loading={busy} onClick={() => void print()}>
      พิมพ์ประวัติการปฏิบัติงาน
    </Button>
  );
}
