import { Button } from '@mantine/core';
import { call } from '../../api/client';
import { saveFile, useBusy } from '../../api/job';

/** The volunteer's record of service as a PDF for the head of office to sign. */
export function ServiceRecordButton({ volunteerId }: { volunteerId: number }) {
  const { busy, run } = useBusy();
  const print = () => run(async () => saveFile(await call('volunteer-service-record', { volunteerId })));
  return (
    <Button variant="light" loading={busy} onClick={() => void print()}>
      พิมพ์ประวัติการปฏิบัติงาน
    </Button>
  );
}
