import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { HeldInBackup } from '@shared/api/backup';
import { WholeWords } from './WholeWords';

/** After a PDPA erase (a volunteer's, a contact's): the backups in the data folder that still hold the person, and when each goes. */
export function StillInBackups({ backups, onClose }: { backups: HeldInBackup[]; onClose(): void }) {
  return (
    <Stack>
      <Alert color="green">ลบข้อมูลส่วนบุคคลออกจากทะเบียนและประวัติการแก้ไขแล้ว และเขียนไฟล์ฐานข้อมูลใหม่จนไม่เหลือข้อมูลเดิม</Alert>
      <Text>ข้อมูลสำรองที่ทำไว้ก่อนการลบยังมีข้อมูลของบุคคลนี้อยู่ {backups.length} ชุด ระบบจะลบออกเองตามรอบการเก็บข้อมูลสำรอง:</Text>
      <Stack gap={4} component="ul" m={0}>
        {backups.map((b) => (
          <li key={b.id}>
            <Text size="sm">{b.label}</Text>
            <Text size="sm" c="dimmed">{b.leaves}</Text>
          </li>
        ))}
      </Stack>
      <Text size="sm" c="dimmed">
        <WholeWords text="สำเนาที่เคยบันทึกไว้ในโฟลเดอร์อื่นหรือแฟลชไดรฟ์ ต้องลบด้วยตนเอง" />
      </Text>
      <Group justify="flex-end">
        <Button onClick={onClose}>ปิด</Button>
      </Group>
    </Stack>
  );
}
