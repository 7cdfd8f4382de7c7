import { useState } from 'react';
import { Button, Card, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { AttendanceBoard } from '@shared/schemas/seminar';
import { ApiError, call } from '../../api/client';

interface Props {
  seminarId: number;
  sessionId: number;
  groups: AttendanceBoard['groups'];
  initialName: string;
  /** The name added, or null when cancelled. */
  onDone(name: string | null): void;
}

/** Someone not on the list, added and checked in at the desk; Enter saves, Esc cancels. */
export function WalkinForm({ seminarId, sessionId, groups, initialName, onDone }: Props) {
  const [name, setName] = useState(initialName);
  const [position, setPosition] = useState('');
  const [agency, setAgency] = useState('');
  const [groupId, setGroupId] = useState<string | null>(String(groups.at(-1)?.groupId ?? ''));
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    try {
      await call('participant-add-walkin', { seminarId, groupId: Number(groupId), name, position, agency, phone: '', checkInSessionId: sessionId });
      onDone(name.trim());
    } catch (e) {
      setError(e instanceof ApiError ? e.error.message : 'บันทึกไม่สำเร็จ');
    }
  };
  const keys = (e: React.KeyboardEvent) => {
    // With the group list open, Enter and Esc belong to the list: Enter picks the highlighted group
    // (saving then would file the person under the group chosen before), Esc closes the list.
    if ((e.target as HTMLElement).getAttribute('aria-expanded') === 'true') return;
    if (e.key === 'Enter') {
      e.preventDefault();
      void save();
    } else if (e.key === 'Escape') onDone(null);
  };

  return (
    <Card withBorder onKeyDown={keys}>
      <Stack gap="xs">
        <Text fw={600}>เพิ่มผู้เข้าร่วมหน้างาน</Text>
        <Group grow>
          <TextInput label="ชื่อ-นามสกุล" autoFocus value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <TextInput label="ตำแหน่ง" value={position} onChange={(e) => setPosition(e.currentTarget.value)} />
          <TextInput label="หน่วยงาน" value={agency} onChange={(e) => setAgency(e.currentTarget.value)} />
          <Select label="กลุ่ม" data={groups.map((g) => ({ value: String(g.groupId), label: g.name }))} value={groupId} onChange={setGroupId} allowDeselect={false} />
        </Group>
        {error && <Text c="red" size="sm" role="alert">{error}</Text>}
        <Group>
          <Button size="xs" onClick={save}>บันทึกและลงชื่อ (Enter)</Button>
          <Button size="xs" variant="default" onClick={() => onDone(null)}>ยกเลิก (Esc)</Button>
        </Group>
      </Stack>
    </Card>
  );
}
