import { useEffect, useState } from 'react';
import { Button, Center, Group, Image, Stack, Table, Text } from '@mantine/core';
import { IconPhotoPlus } from '@tabler/icons-react';
import type { PhotoProblem } from '@shared/api/cards';
import { call, platform } from '../../api/client';
import { useCall, useCallMutation } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { dateText } from '../volunteers/labels';
import { CardPrintButton } from './CardPrintButton';

const PHOTO_PROBLEM: Record<PhotoProblem, string> = {
  missing: 'ไม่พบไฟล์รูปถ่ายในโฟลเดอร์ข้อมูล',
  damaged: 'ไฟล์รูปถ่ายเสียหาย (ไม่ครบหรืออ่านไม่ได้) พิมพ์บัตรจะเว้นช่องรูปว่างไว้',
};

/** The photo in use, drawn from its bytes. */
function Photo({ volunteerId, photoId }: { volunteerId: number; photoId: number | null }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (photoId === null) return;
    let u: string | null = null;
    void call('volunteer-photo-get', { volunteerId }).then((file) => {
      if (!file) return;
      u = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.name.endsWith('.png') ? 'image/png' : 'image/jpeg' }));
      setUrl(u);
    }, notifyError);
    return () => {
      if (u) URL.revokeObjectURL(u);
    };
  }, [volunteerId, photoId]);
  if (photoId === null || !url) {
    return (
      <Center w={100} h={125} bg="gray.1">
        <Text size="sm" c="dimmed" ta="center">ยังไม่มีรูปถ่าย</Text>
      </Center>
    );
  }
  return <Image src={url} w={100} h={125} fit="cover" alt="รูปถ่ายสำหรับบัตร" />;
}

/** On a volunteer's page: the card photo, the card number, each issue printed, and printing. */
export function VolunteerCardPanel({ volunteerId, onDuty }: { volunteerId: number; onDuty: boolean }) {
  const info = useCall('volunteer-card-info', { volunteerId });
  const setPhoto = useCallMutation('volunteer-photo-set', ['volunteer-card-info', 'volunteer-get']);
  if (!info.data) return null;
  const { cardNo, issues, photo } = info.data;
  const upload = async () => {
    const file = await platform.pickFile(['.jpg', '.jpeg', '.png']);
    if (!file) return;
    try {
      await setPhoto.mutateAsync({ volunteerId, bytes: new Uint8Array(file.bytes) });
      notifySuccess('บันทึกรูปถ่ายแล้ว รูปเดิมยังเก็บไว้');
    } catch (e) {
      notifyError(e);
    }
  };
  const next = issues.length + 1;
  return (
    <Group align="flex-start" gap="xl">
      <Stack gap="xs" align="center">
        <Photo volunteerId={volunteerId} photoId={photo?.id ?? null} />
        {photo?.problem && (
          <Text size="xs" c="red" maw={160} ta="center" data-testid="photo-problem">
            {PHOTO_PROBLEM[photo.problem]} กรุณาเพิ่มรูปถ่ายใหม่
          </Text>
        )}
        <Button size="xs" variant="subtle" leftSection={<IconPhotoPlus size={14} />} loading={setPhoto.isPending} onClick={() => void upload()}>
          {photo ? 'เปลี่ยนรูปถ่าย' : 'เพิ่มรูปถ่าย'}
        </Button>
      </Stack>
      <Stack gap="xs">
        <Text>
          เลขที่บัตร <b data-testid="card-no">{cardNo}</b>
        </Text>
        {issues.length === 0 ? (
          <Text c="dimmed">ยังไม่เคยพิมพ์บัตร</Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr><Table.Th>ฉบับที่</Table.Th><Table.Th>วันที่ออกบัตร</Table.Th><Table.Th>วาระบนบัตร</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {issues.map((i) => (
                <Table.Tr key={i.issueNo}>
                  <Table.Td>{i.issueNo}</Table.Td>
                  <Table.Td>{dateText(i.issuedOn)}</Table.Td>
                  <Table.Td>{i.termStart ? `${dateText(i.termStart)} – ${dateText(i.termEnd)}` : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {onDuty ? (
          <CardPrintButton volunteerIds={[volunteerId]} label={next === 1 ? 'พิมพ์บัตรประจำตัว' : `พิมพ์บัตรใหม่ (ฉบับที่ ${next})`} />
        ) : (
          <Text size="sm" c="dimmed">ออกบัตรได้เฉพาะผู้ที่ปฏิบัติหน้าที่อยู่</Text>
        )}
      </Stack>
    </Group>
  );
}
