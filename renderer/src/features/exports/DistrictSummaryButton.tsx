import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconReportAnalytics } from '@tabler/icons-react';
import { fiscalYearOf, todayIso } from '@shared/thai';
import { call } from '../../api/client';
import { saveFile, useBusy } from '../../api/job';
import { NumberField } from '../../components/NumberField';

/** The ministry's summary by district for a fiscal year the user chooses (this one by default). */
export function DistrictSummaryButton() {
  const [opened, { open, close }] = useDisclosure(false);
  const [year, setYear] = useState<number | string>(() => fiscalYearOf(todayIso()));
  const { busy, run: make } = useBusy();
  const fy = typeof year === 'number' ? year : Number(year);
  const valid = Number.isInteger(fy) && fy >= 2500 && fy <= 2700;

  const run = () =>
    make(async () => {
      await saveFile(await call('district-summary-xlsx', { fiscalYear: fy }));
      close();
    });

  return (
    <>
      <Button variant="light" leftSection={<IconReportAnalytics size={16} />} onClick={open}>
        สรุปรายอำเภอ (Excel)
      </Button>
      <Modal opened={opened} onClose={close} title="ส่งออกสรุปรายอำเภอ">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (valid) void run();
          }}
        >
          <Stack>
            <Text size="sm">จำนวนอาสาสมัครแต่ละอำเภอตามสถานะและระดับ และโครงการ/การเข้าร่วมในปีงบประมาณที่เลือก</Text>
            <NumberField
              label="ปีงบประมาณ (พ.ศ.)"
              value={year}
              onChange={setYear}
              error={valid ? undefined : 'ปีงบประมาณเป็นปี พ.ศ. เช่น 2568'}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>ยกเลิก</Button>
              <Button type="submit" loading={busy} disabled={!valid}>ส่งออก</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
