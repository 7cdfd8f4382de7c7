import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { JobState } from '../api/job';

/** The progress bar of a running job with its Thai stage and a cancel button. */
export function JobProgress({ job, label }: { job: JobState; label: string }) {
  if (!job.running) return null;
  const p = job.progress;
  const percent = p && p.total > 0 ? Math.min(100, Math.round((p.done / p.total) * 100)) : 0;
  return (
    <Stack gap={6} maw={560} role="status" aria-live="polite">
      <Group justify="space-between">
        <Text fw={500}>{p?.stage ?? label}</Text>
        <Text c="dimmed" size="sm">
          {p && p.total > 1 ? `${p.done.toLocaleString('th-TH')} / ${p.total.toLocaleString('th-TH')} แถว` : ''}
        </Text>
      </Group>
      <Progress value={percent} animated striped aria-label={`${label} ${percent}%`} size="lg" />
      <Button variant="default" w="fit-content" onClick={job.cancel}>
        ยกเลิก
      </Button>
    </Stack>
  );
}
