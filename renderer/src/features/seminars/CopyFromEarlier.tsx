import { useState } from 'react';
import { Alert, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import type { AttendanceCopied, CopySource } from '@shared/api/attendance';
import type { SeminarSession } from '@shared/schemas/seminar';
import { ApiError, call } from '../../api/client';
import { useCall } from '../../api/hooks';
import { sessionName, sessionTime } from './labels';

const count = (n: number) => n.toLocaleString('th-TH');

/**
 * "เหมือนช่วงเช้า": the desk of a later session starts from an earlier session's list. The dialog
 * says how many people it will mark before it does; the desk then marks the differences, and
 * Ctrl+Z takes the whole copy back (`onCopied` puts it on the desk's undo stack).
 */
export function CopyFromEarlier({ session, onCopied, onClosed }: {
  session: SeminarSession;
  onCopied(copied: AttendanceCopied, from: string): void;
  /** The desk takes the focus back to its search box. */
  onClosed(): void;
}) {
  const sources = useCall('attendance-copy-sources', { sessionId: session.id });
  const [opened, setOpened] = useState(false);
  const [picked, setPicked] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const list = sources.data ?? [];
  if (!list.length) return null;
  const source: CopySource = list.find((s) => s.session.id === picked) ?? list[0];
  const name = (s: CopySource) => sessionName(s.session, session);
  const close = () => {
    setOpened(false);
    onClosed();
  };

  const copy = async () => {
    setBusy(true);
    try {
      const copied = await call('attendance-copy', { sessionId: session.id, fromSessionId: source.session.id });
      onCopied(copied, name(source));
      close();
    } catch (e) {
      setProblem(e instanceof ApiError ? e.error.message : 'คัดลอกรายชื่อไม่สำเร็จ กรุณาลองอีกครั้ง');
    } finally {
      setBusy(false);
    }
  };

  const kept = source.present - source.toCopy;
  return (
    <Group>
      <Button
        variant="light"
        leftSection={<IconCopy size={16} />}
        loading={sources.isFetching && !opened}
        onClick={async () => {
          setProblem(null);
          setPicked(null);
          // The counts move with every mark at the desk: read again before the dialog states them.
          await sources.refetch();
          setOpened(true);
        }}
      >
        เหมือน{name(list[0])}…
      </Button>
      <Modal opened={opened} onClose={close} title="ลงชื่อเหมือนช่วงก่อนหน้า แล้วแก้เฉพาะคนที่ต่างกัน" size="lg" returnFocus={false}>
        <Stack>
          {list.length > 1 && (
            <Radio.Group label="คัดลอกรายชื่อคนที่มาจากช่วง" value={String(source.session.id)} onChange={(v) => setPicked(Number(v))}>
              <Stack gap={6} mt={6}>
                {list.map((s) => (
                  <Radio
                    key={s.session.id}
                    value={String(s.session.id)}
                    label={`${name(s)} เวลา ${sessionTime(s.session)}${s.session.topic ? ` ${s.session.topic}` : ''} (มา ${count(s.present)} คน)`}
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
          <Text data-testid="copy-preview">
            {source.toCopy
              ? `จะลงชื่อว่ามาในช่วงนี้ ${count(source.toCopy)} คน จากผู้ที่มา${name(source)} ${count(source.present)} คน`
              : `ไม่มีใครให้ลงชื่อเพิ่ม: ผู้ที่มา${name(source)} ${count(source.present)} คนบันทึกไว้ในช่วงนี้แล้วทุกคน`}
            {kept > 0 && source.toCopy > 0 && ` (อีก ${count(kept)} คนบันทึกไว้ในช่วงนี้แล้ว คงไว้ตามเดิม)`}
          </Text>
          <Text size="sm" c="dimmed">
            จากนั้นแก้เฉพาะคนที่ต่างกัน: คนที่กลับไปแล้วพิมพ์ชื่อแล้วกด Shift+Enter บันทึกว่าขาด คนที่มาเพิ่มกด Enter ตามปกติ
            ถ้าคัดลอกผิดช่วง กด Ctrl+Z ที่ช่องค้นหาเพื่อเลิกทำทั้งหมด
          </Text>
          {problem && <Alert color="red" role="alert">{problem}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>ยกเลิก</Button>
            <Button data-autofocus onClick={() => void copy()} loading={busy} disabled={source.toCopy === 0}>
              {source.toCopy ? `ลงชื่อ ${count(source.toCopy)} คน` : 'ลงชื่อ'}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
