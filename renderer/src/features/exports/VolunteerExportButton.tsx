import { Button, Stack } from '@mantine/core';
import { IconTableExport } from '@tabler/icons-react';
import type { Input } from '@shared/api';
import { call } from '../../api/client';
import { notifyError } from '../../app/notify';
import { JobProgress } from '../../components/JobProgress';
import { saveFile, useJob } from '../../api/job';

export type RegisterQuery = Input<'volunteer-export-xlsx'>['query'];

/**
 * The register as an Excel return, filtered and sorted as the list on screen is. A large register
 * takes seconds: the export runs as a job with a progress bar and can be cancelled.
 */
export function VolunteerExportButton({ query }: { query: RegisterQuery }) {
  const job = useJob();
  const start = async () => {
    try {
      await saveFile(await job.run((j) => call('volunteer-export-xlsx', { query, job: j })));
    } catch (e) {
      notifyError(e);
    }
  };
  return (
    <Stack gap={4}>
      <Button variant="light" leftSection={<IconTableExport size={16} />} onClick={start} loading={job.running}>
        ส่งออก Excel ตามที่กรอง
      </Button>
      <JobProgress job={job} label="กำลังเขียนทะเบียน" />
    </Stack>
  );
}
