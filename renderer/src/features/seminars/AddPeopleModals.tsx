import { useState } from 'react';
import { Button, Checkbox, Group, Modal, ScrollArea, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import type { SeminarGroup } from '@shared/schemas/seminar';
import { useCall, useCallMutation } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { WholeWords } from '../../components/WholeWords';

interface Props {
  seminarId: number;
  groups: SeminarGroup[];
  opened: boolean;
  onClose(): void;
}

function GroupSelect({ groups, value, onChange }: { groups: SeminarGroup[]; value: string | null; onChange(v: string | null): void }) {
  return <Select label="เพิ่มเข้ากลุ่ม" data={groups.map((g) => ({ value: String(g.id), label: g.name }))} value={value} onChange={onChange} allowDeselect={false} />;
}

function reportAdded(r: { added: number; skipped: string[] }) {
  notifySuccess(r.skipped.length ? `เพิ่ม ${r.added} คน ข้ามผู้ที่มีชื่ออยู่แล้ว ${r.skipped.length} คน` : `เพิ่มผู้เข้าร่วม ${r.added} คนแล้ว`);
}

/** Everyone the register's filters match, e.g. all active volunteers of one district, in one step. */
export function AddVolunteersModal({ seminarId, groups, opened, onClose }: Props) {
  const [groupId, setGroupId] = useState<string | null>(String(groups.at(-1)?.id ?? ''));
  const [district, setDistrict] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const summary = useCall('volunteer-summary', {}, { enabled: opened });
  const filter = { q, district: district ?? '', status: 'active' as const };
  const matches = useCall('volunteer-list', { ...filter, pageSize: 10 }, { enabled: opened });
  const add = useCallMutation('participant-add-volunteers');
  const total = matches.data?.total ?? 0;

  const submit = async () => {
    try {
      reportAdded(await add.mutateAsync({ seminarId, groupId: Number(groupId), filter }));
      onClose();
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="เพิ่มอาสาสมัครจากทะเบียน" size="lg">
      <Stack>
        <GroupSelect groups={groups} value={groupId} onChange={setGroupId} />
        <Group grow>
          <Select label="อำเภอ" placeholder="ทุกอำเภอ" searchable clearable data={(summary.data?.districts ?? []).map((d) => ({ value: d.district, label: `${d.district} (${d.count})` }))} value={district} onChange={setDistrict} />
          <TextInput label="ชื่อหรือเลขประจำตัว" value={q} onChange={(e) => setQ(e.currentTarget.value)} />
        </Group>
        <Text size="sm" c="dimmed">เฉพาะผู้ที่ปฏิบัติหน้าที่อยู่ ผู้ที่มีชื่อในโครงการแล้วจะถูกข้าม</Text>
        <Table>
          <Table.Tbody>
            {matches.data?.rows.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td><WholeWords text={`${v.title}${v.firstName} ${v.lastName}`} /></Table.Td>
                <Table.Td><WholeWords text={`${v.areaSubdistrict} ${v.areaDistrict}`} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {total > 10 && <Text size="sm" c="dimmed">และอีก {total - 10} คน</Text>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>ยกเลิก</Button>
          <Button onClick={submit} disabled={!total || !groupId} loading={add.isPending}>เพิ่มทั้งหมด {total} คน</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Officials and guests from the reusable directory, ticked one by one or all at once. */
export function AddContactsModal({ seminarId, groups, opened, onClose }: Props) {
  const [groupId, setGroupId] = useState<string | null>(String(groups[0]?.id ?? ''));
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<number[]>([]);
  const contacts = useCall('contact-search', { query, limit: 500 }, { enabled: opened });
  const add = useCallMutation('participant-add-contacts');
  const rows = contacts.data ?? [];
  const allPicked = rows.length > 0 && rows.every((c) => picked.includes(c.id));

  const submit = async () => {
    try {
      reportAdded(await add.mutateAsync({ seminarId, groupId: Number(groupId), contactIds: picked }));
      setPicked([]);
      onClose();
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="เพิ่มเจ้าหน้าที่และแขกจากทะเบียนรายชื่อ" size="lg">
      <Stack>
        <GroupSelect groups={groups} value={groupId} onChange={setGroupId} />
        <TextInput label="ค้นหาชื่อ ตำแหน่ง หรือหน่วยงาน" value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
        <Checkbox
          label={`เลือกทั้งหมด (${rows.length})`}
          checked={allPicked}
          onChange={() => setPicked(allPicked ? [] : [...new Set([...picked, ...rows.map((c) => c.id)])])}
        />
        <ScrollArea h={300}>
          <Stack gap={4}>
            {rows.map((c) => (
              <Checkbox
                key={c.id}
                label={`${c.name}${c.position ? ` — ${c.position}` : ''}${c.agency ? ` (${c.agency})` : ''}`}
                checked={picked.includes(c.id)}
                onChange={() => setPicked(picked.includes(c.id) ? picked.filter((x) => x !== c.id) : [...picked, c.id])}
              />
            ))}
            {!rows.length && <Text c="dimmed" size="sm">ไม่พบรายชื่อ เพิ่มได้ที่หน้าทะเบียนรายชื่อบุคคล</Text>}
          </Stack>
        </ScrollArea>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>ยกเลิก</Button>
          <Button onClick={submit} disabled={!picked.length || !groupId} loading={add.isPending}>เพิ่มที่เลือก {picked.length} คน</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
