import { useState } from 'react';
import { Button, Checkbox, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCopy } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import type { SeminarCopyResult } from '@shared/api/seminar-copy';
import type { SeminarDetail } from '@shared/schemas/seminar';
import { addDays, daysBetween, fiscalYearOf, formatBaht, formatThaiDateLong, titleForFiscalYear } from '@shared/thai';
import { useCallMutation } from '../../api/hooks';
import { notifyError } from '../../app/notify';
import { ThaiDateInput } from '../../components/ThaiDateInput';
import { WholeWords } from '../../components/WholeWords';

/** What the clerk should check after a copy: rates that moved or were not found, people left out. */
function copyReport(r: SeminarCopyResult): string {
  const parts = [`สร้าง "${r.title}" แล้ว`];
  if (r.participantsCopied) parts.push(`คัดลอกผู้เข้าร่วม ${r.participantsCopied} คน`);
  for (const c of r.rateChanges) parts.push(`${c.description}: อัตราใหม่ ${formatBaht(c.to)} บาท (เดิม ${formatBaht(c.from)})`);
  if (r.ratesMissing.length) parts.push(`ไม่พบอัตราในวันใหม่ ใช้อัตราเดิม: ${r.ratesMissing.join(', ')}`);
  if (r.participantsLeftOut.length) parts.push(`ไม่คัดลอก ${r.participantsLeftOut.length} คนที่พ้นสภาพแล้ว: ${r.participantsLeftOut.join(', ')}`);
  return parts.join(' · ');
}

/**
 * "ทำซ้ำจากโครงการเดิม": the same seminar next year. The new first day starts on the same weekday a
 * year on; the title follows the fiscal year of the date until the clerk types one of their own.
 */
export function CopySeminarDialog({ seminar }: { seminar: SeminarDetail }) {
  const [opened, { open, close }] = useDisclosure(false);
  const oldFirst = seminar.days[0]?.date ?? '';
  const [firstDate, setFirstDate] = useState<string | null>(oldFirst ? addDays(oldFirst, 364) : null);
  const [typedTitle, setTypedTitle] = useState<string | null>(null);
  const [withPeople, setWithPeople] = useState(false);
  const copy = useCallMutation('seminar-copy', ['seminar-list']);
  const navigate = useNavigate();
  const title = typedTitle ?? (firstDate ? titleForFiscalYear(seminar.title, seminar.fiscalYear, fiscalYearOf(firstDate)) : seminar.title);
  const lastDate = firstDate && seminar.days.length ? addDays(firstDate, daysBetween(oldFirst, seminar.days.at(-1)!.date)) : null;

  const submit = async () => {
    if (!firstDate) return;
    try {
      const r = await copy.mutateAsync({ id: seminar.id, firstDate, title: title.trim() || undefined, participants: withPeople });
      close();
      notifications.show({ color: 'green', title: 'ทำซ้ำโครงการแล้ว', message: <WholeWords text={copyReport(r)} />, autoClose: 15000 });
      void navigate(`/seminars/${r.id}`);
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <>
      <Button variant="light" leftSection={<IconCopy size={16} />} onClick={open}>ทำซ้ำจากโครงการเดิม</Button>
      <Modal opened={opened} onClose={close} title="ทำซ้ำจากโครงการเดิม" size="lg">
        <Stack>
          <ThaiDateInput
            label="วันแรกของโครงการใหม่"
            value={firstDate}
            onChange={setFirstDate}
            error={firstDate ? undefined : 'กรุณากรอกวันที่ เช่น 12/3/2569'}
            data-autofocus
          />
          {lastDate && lastDate !== firstDate && <Text size="sm" c="dimmed">จัดถึงวันที่ {formatThaiDateLong(lastDate)} ({seminar.days.length} วัน เว้นระยะเท่าเดิม)</Text>}
          <TextInput label="ชื่อโครงการใหม่" value={title} onChange={(e) => setTypedTitle(e.currentTarget.value)} />
          <div>
            <Text size="sm" fw={600}>สิ่งที่คัดลอก</Text>
            <List size="sm">
              <List.Item>วัตถุประสงค์ สถานที่ ประธาน ผู้กล่าวรายงาน และกลุ่มเป้าหมาย {seminar.groups.length} กลุ่ม</List.Item>
              <List.Item>กำหนดการ {seminar.days.reduce((n, d) => n + d.sessions.length, 0)} ช่วงเวลา ย้ายไปวันใหม่</List.Item>
              <List.Item>งบประมาณ {seminar.budget.length} รายการ คิดตามอัตราที่ใช้ในวันแรกของโครงการใหม่ (ไม่รวมยอดใช้จริง)</List.Item>
            </List>
          </div>
          <Checkbox
            label={`คัดลอกรายชื่อผู้เข้าร่วม ${seminar.participants.length} คนด้วย (ไม่รวมการลงชื่อ จำนวนเงิน และผลการดำเนินงาน)`}
            checked={withPeople}
            onChange={(e) => setWithPeople(e.currentTarget.checked)}
            disabled={!seminar.participants.length}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>ยกเลิก</Button>
            <Button onClick={() => void submit()} loading={copy.isPending} disabled={!firstDate}>สร้างโครงการใหม่</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
