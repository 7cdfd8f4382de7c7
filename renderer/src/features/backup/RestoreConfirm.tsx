import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { backupWhen, photosLine, type BackupInfo } from '@shared/api/backup';

interface Props {
  /** The backup to restore, as read by `backup-inspect`; null hides the dialog. */
  info: BackupInfo | null;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** The last look before a restore: when the copy was taken and what it holds. */
export function RestoreConfirm({ info, busy, onConfirm, onCancel }: Props) {
  return (
    <Modal opened={!!info} onClose={onCancel} title="ยืนยันการกู้คืนข้อมูล" size="lg" centered>
      {info && (
        <Stack>
          <Text>ข้อมูลสำรองนี้สร้างเมื่อ <b>{backupWhen(info)}</b> มีข้อมูล</Text>
          <List>
            <List.Item>อาสาสมัคร {info.counts.volunteers.toLocaleString('th-TH')} คน</List.Item>
            <List.Item>โครงการ/สัมมนา {info.counts.seminars.toLocaleString('th-TH')} โครงการ</List.Item>
            <List.Item>ผู้เข้าร่วมโครงการ {info.counts.participants.toLocaleString('th-TH')} คน</List.Item>
            <List.Item>{photosLine(info)}</List.Item>
          </List>
          {info.counts.photosPresent < info.counts.photos && (
            <Alert color="yellow" title="รูปภาพบางรูปไม่อยู่ในข้อมูลสำรองนี้">
              รูปภาพที่ไม่พบจะแสดงเป็นข้อความ &quot;ไม่พบไฟล์รูปภาพ&quot; ในหน้าโครงการและในรายงาน หากมีสำเนาที่บันทึกไว้ในแฟลชไดรฟ์
              ซึ่งรวมรูปภาพไว้ ควรกู้คืนจากสำเนานั้นแทน
            </Alert>
          )}
          <Alert color="orange" title="ข้อมูลปัจจุบันจะถูกแทนที่">
            ทุกอย่างที่บันทึกหลังเวลาดังกล่าวจะไม่อยู่ในทะเบียน โปรแกรมจะสำรองข้อมูลปัจจุบันไว้ก่อนกู้คืน
            จึงย้อนกลับได้จากรายการ &quot;ก่อนกู้คืน&quot;
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel} disabled={busy}>
              ยกเลิก
            </Button>
            <Button color="red" onClick={onConfirm} loading={busy}>
              กู้คืนข้อมูลนี้
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
