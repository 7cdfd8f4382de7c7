import { useState } from 'react';
import { Button, Checkbox, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconTableExport } from '@tabler/icons-react';
import type { Input } from '@shared/api';
import { REGISTER_COLUMNS, REGISTER_PRINT_COLUMNS, type RegisterColumn } from '@shared/api/spreadsheets';
import { call } from '../../api/client';
import { notifyError } from '../../app/notify';
import { JobProgress } from '../../components/JobProgress';
import { saveFile, useJob } from '../../api/job';

export type RegisterQuery = Input<'volunteer-export-xlsx'>['query'];

const ALL = REGISTER_COLUMNS.map((c) => c.key);
/** Number and name: always written, so every printed row says whose it is. */
const ALWAYS = REGISTER_COLUMNS.filter((c) => 'always' in c).map((c) => c.key);
const sameSet = (a: string[], b: readonly string[]) => a.length === b.length && b.every((k) => a.includes(k));

/**
 * The register as an Excel file, filtered and sorted as the list on screen is, in the columns the
 * clerk chooses: by default the set that prints legibly on one A4 page wide; every column for the
 * ministry's return (which imports back). A large register takes seconds: the export runs as a
 * job with a progress bar and can be cancelled.
 */
export function VolunteerExportButton({ query }: { query: RegisterQuery }) {
  const job = useJob();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string[]>(REGISTER_PRINT_COLUMNS);
  const start = async () => {
    setOpen(false);
    try {
      const columns = sameSet(chosen, ALL) ? undefined : (chosen as RegisterColumn[]);
      await saveFile(await job.run((j) => call('volunteer-export-xlsx', { query, columns, job: j })));
    } catch (e) {
      notifyError(e);
    }
  };
  return (
    <Stack gap={4}>
      <Button variant="light" leftSection={<IconTableExport size={16} />} onClick={() => setOpen(true)} loading={job.running}>
        ส่งออก Excel ตามที่กรอง
      </Button>
      <JobProgress job={job} label="กำลังเขียนทะเบียน" />
      <Modal opened={open} onClose={() => setOpen(false)} title="เลือกคอลัมน์ที่จะส่งออก" size="lg">
        <Stack>
          <Text size="sm">
            ชุดสำหรับพิมพ์พอดีกระดาษ A4 แนวนอนหนึ่งหน้าตามความกว้าง ถ้าเลือกทุกคอลัมน์ (แบบส่งกระทรวง นำเข้ากลับได้) จะพิมพ์ต่อกันหลายหน้าตามความกว้าง
            โดยมีลำดับและชื่อ-นามสกุลซ้ำทุกหน้า
          </Text>
          <Group gap="xs">
            <Button size="xs" variant={sameSet(chosen, REGISTER_PRINT_COLUMNS) ? 'filled' : 'default'} onClick={() => setChosen(REGISTER_PRINT_COLUMNS)}>
              ชุดสำหรับพิมพ์
            </Button>
            <Button size="xs" variant={sameSet(chosen, ALL) ? 'filled' : 'default'} onClick={() => setChosen(ALL)}>
              ทุกคอลัมน์ (ส่งกระทรวง)
            </Button>
          </Group>
          <Checkbox.Group value={chosen} onChange={(v) => setChosen([...new Set([...ALWAYS, ...v])])} label="คอลัมน์">
            <SimpleGrid cols={3} spacing={6} mt={6}>
              {REGISTER_COLUMNS.map((c) => (
                <Checkbox key={c.key} value={c.key} label={c.label} disabled={'always' in c} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              ยกเลิก
            </Button>
            <Button onClick={start} leftSection={<IconTableExport size={16} />}>
              ส่งออก
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
