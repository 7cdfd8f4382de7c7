import { useEffect, useState } from 'react';
import { Anchor, Badge, Button, Fieldset, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconDatabaseExport, IconDeviceFloppy, IconRestore } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { BACKUP_KIND_LABELS, backupWhen, type BackupInfo, type BackupSettings } from '@shared/api/backup';
import { call, platform } from '../../api/client';
import { useCall, useCallMutation } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { RestoreConfirm } from './RestoreConfirm';
import { NumberField } from '../../components/NumberField';


type Source = { id: string } | { file: { name: string; bytes: Uint8Array } };

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('th-TH', { maximumFractionDigits: 1 })} MB`;
}

function RotationSettings() {
  const current = useCall('backup-settings-get', {});
  const save = useCallMutation('backup-settings-save', ['backup-settings-get']);
  const [value, setValue] = useState<BackupSettings | null>(null);
  useEffect(() => setValue(current.data ?? null), [current.data]);
  if (!value) return null;
  return (
    <Fieldset legend="การเก็บข้อมูลสำรองอัตโนมัติ">
      <Text size="sm" c="dimmed" mb="sm">
        โปรแกรมสำรองข้อมูลเมื่อเปิดใช้งานครั้งแรกของวันและเมื่อปิดโปรแกรม เก็บไว้ในโฟลเดอร์ข้อมูล
      </Text>
      <Group align="flex-end">
        <NumberField label="เก็บรายวัน (วัน)" value={value.keepDaily} onChange={(v) => setValue({ ...value, keepDaily: Number(v) || 1 })} w={160} />
        <NumberField label="เก็บรายเดือน (เดือน)" value={value.keepMonthly} onChange={(v) => setValue({ ...value, keepMonthly: Number(v) || 0 })} w={160} />
        <Button
          variant="light"
          loading={save.isPending}
          onClick={() => save.mutateAsync(value).then(() => notifySuccess('บันทึกการตั้งค่าการสำรองข้อมูลแล้ว'), notifyError)}
        >
          บันทึกการตั้งค่า
        </Button>
      </Group>
    </Fieldset>
  );
}

/** Settings › backup and restore: back up now, save a copy elsewhere, restore after a clear confirmation. */
export function BackupPage() {
  const list = useCall('backup-list', {});
  const create = useCallMutation('backup-create', ['backup-list']);
  const restore = useCallMutation('backup-restore');
  const [exporting, setExporting] = useState(false);
  const [pending, setPending] = useState<{ source: Source; info: BackupInfo } | null>(null);

  async function ask(source: Source) {
    try {
      setPending({ source, info: await call('backup-inspect', source) });
    } catch (e) {
      notifyError(e);
    }
  }

  async function exportCopy() {
    setExporting(true);
    try {
      const { photos, missingPhotos, ...file } = await call('backup-export', {});
      const saved = await platform.saveFile(file);
      if (saved === null) return;
      const what = `สำเนาข้อมูล รวมรูปภาพ ${photos.toLocaleString('th-TH')} รูป`;
      notifySuccess(saved ? `บันทึก${what} ไว้ที่ ${saved} แล้ว` : `ดาวน์โหลด${what} แล้ว`);
      if (missingPhotos) {
        notifications.show({
          color: 'yellow',
          title: 'รูปภาพบางรูปไม่อยู่ในสำเนา',
          message: `ไม่พบไฟล์รูปภาพ ${missingPhotos.toLocaleString('th-TH')} รูปในโฟลเดอร์ข้อมูล จึงไม่ได้อยู่ในสำเนานี้`,
          autoClose: false,
        });
      }
    } catch (e) {
      notifyError(e);
    } finally {
      setExporting(false);
    }
  }

  async function pickFile() {
    try {
      const file = await platform.pickFile(['.sqlite']);
      if (file) await ask({ file });
    } catch (e) {
      notifyError(e);
    }
  }

  async function confirmRestore() {
    if (!pending) return;
    try {
      await restore.mutateAsync({ source: pending.source, confirm: true });
      setPending(null);
      notifySuccess(`กู้คืนข้อมูลของวันที่ ${backupWhen(pending.info)} แล้ว`);
    } catch (e) {
      notifyError(e);
    }
  }

  return (
    <Stack maw={960}>
      <Group justify="space-between">
        <Title order={2}>สำรองและกู้คืนข้อมูล</Title>
        <Anchor component={Link} to="/settings">กลับไปหน้าตั้งค่า</Anchor>
      </Group>
      <Group>
        <Button leftSection={<IconDeviceFloppy size={16} />} loading={create.isPending} onClick={() => create.mutateAsync({}).then(() => notifySuccess('สำรองข้อมูลแล้ว และตรวจสอบความสมบูรณ์เรียบร้อย'), notifyError)}>
          สำรองข้อมูลตอนนี้
        </Button>
        <Button variant="light" leftSection={<IconDatabaseExport size={16} />} loading={exporting} onClick={exportCopy}>
          บันทึกสำเนาไปยังโฟลเดอร์หรือแฟลชไดรฟ์
        </Button>
        <Button variant="default" leftSection={<IconRestore size={16} />} onClick={pickFile}>
          กู้คืนจากไฟล์…
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        สำเนาที่บันทึกไปยังโฟลเดอร์หรือแฟลชไดรฟ์เป็นไฟล์เดียวที่รวมทะเบียนและรูปภาพกิจกรรมทั้งหมด
        หากเครื่องนี้เสีย ติดตั้งโปรแกรมในเครื่องใหม่แล้วกู้คืนจากไฟล์นั้นได้ครบทั้งข้อมูลและรูปภาพ
      </Text>
      <Title order={4}>ข้อมูลสำรองในเครื่องนี้</Title>
      {list.isPending ? (
        <Loader />
      ) : !list.data?.length ? (
        <Text c="dimmed">ยังไม่มีข้อมูลสำรอง</Text>
      ) : (
        <Table striped highlightOnHover aria-label="รายการข้อมูลสำรอง">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>วันที่และเวลา</Table.Th>
              <Table.Th>ประเภท</Table.Th>
              <Table.Th ta="right">อาสาสมัคร</Table.Th>
              <Table.Th ta="right">โครงการ</Table.Th>
              <Table.Th ta="right">รูปภาพ</Table.Th>
              <Table.Th ta="right">ขนาด</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td>{backupWhen(b)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={b.kind === 'auto' ? 'gray' : b.kind === 'manual' ? 'indigo' : 'orange'}>{BACKUP_KIND_LABELS[b.kind]}</Badge>
                </Table.Td>
                <Table.Td ta="right">{b.counts.volunteers.toLocaleString('th-TH')}</Table.Td>
                <Table.Td ta="right">{b.counts.seminars.toLocaleString('th-TH')}</Table.Td>
                <Table.Td ta="right" c={b.counts.photosPresent < b.counts.photos ? 'red' : undefined}>
                  {b.counts.photosPresent < b.counts.photos
                    ? `${b.counts.photosPresent.toLocaleString('th-TH')} จาก ${b.counts.photos.toLocaleString('th-TH')}`
                    : b.counts.photos.toLocaleString('th-TH')}
                </Table.Td>
                <Table.Td ta="right">{megabytes(b.sizeBytes)}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" onClick={() => ask({ id: b.id })}>
                    กู้คืน
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <RotationSettings />
      <RestoreConfirm info={pending?.info ?? null} busy={restore.isPending} onConfirm={confirmRestore} onCancel={() => setPending(null)} />
    </Stack>
  );
}
