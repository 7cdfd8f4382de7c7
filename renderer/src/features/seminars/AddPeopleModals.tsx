import { useState, type ReactNode } from 'react';
import { Badge, Button, Checkbox, Group, Modal, ScrollArea, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { STATUS_LABELS, type VolunteerStatus } from '@shared/schemas/volunteer';
import type { SeminarGroup } from '@shared/schemas/seminar';
import { call } from '../../api/client';
import { useCall, useCallMutation } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { WholeWords } from '../../components/WholeWords';
import { statusOptions } from '../volunteers/labels';

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

/** How many rows a picking table shows at once; ticking "all" still takes every match. */
const SHOWN = 200;

interface PickTableProps<T extends { id: number }> {
  rows: T[];
  /** Every match of the filters, not only the rows shown. */
  total: number;
  picked: Set<number>;
  onPick(next: Set<number>): void;
  /** Ids of every match, for the "all" box (fetched only when ticked). */
  allIds(): Promise<number[]>;
  head: ReactNode;
  cells(row: T): ReactNode;
  label(row: T): string;
}

/**
 * A table of people to tick: one box per row and one for everyone the filters match (more than
 * are shown, if need be). Ticks survive a change of filters, so people can be gathered from
 * several searches before adding.
 */
function PickTable<T extends { id: number }>({ rows, total, picked, onPick, allIds, head, cells, label }: PickTableProps<T>) {
  const shownPicked = rows.filter((r) => picked.has(r.id)).length;
  const all = rows.length > 0 && shownPicked === rows.length;
  const toggle = (id: number) => {
    const next = new Set(picked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onPick(next);
  };
  const toggleAll = async () => {
    const ids = await allIds();
    const next = new Set(picked);
    const everyPicked = ids.every((id) => next.has(id));
    for (const id of ids) {
      if (everyPicked) next.delete(id);
      else next.add(id);
    }
    onPick(next);
  };
  return (
    <Stack gap={4}>
      <Checkbox
        label={`เลือกทั้งหมดที่ตรงเงื่อนไข (${total} คน)`}
        checked={all}
        indeterminate={!all && shownPicked > 0}
        disabled={total === 0}
        onChange={() => void toggleAll().catch(notifyError)}
      />
      <ScrollArea h={330} type="auto">
        <Table striped highlightOnHover stickyHeader data-testid="pick-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36} />
              {head}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id} onClick={() => toggle(r.id)} style={{ cursor: 'pointer' }}>
                <Table.Td>
                  <Checkbox aria-label={`เลือก ${label(r)}`} checked={picked.has(r.id)} onChange={() => toggle(r.id)} onClick={(e) => e.stopPropagation()} />
                </Table.Td>
                {cells(r)}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {!rows.length && <Text c="dimmed" size="sm" p="sm">ไม่พบรายชื่อตามเงื่อนไขนี้</Text>}
      </ScrollArea>
      {total > rows.length && <Text size="sm" c="dimmed">แสดง {rows.length} คนแรกจาก {total} คน ใช้ตัวกรองเพื่อหาคนที่ต้องการ หรือเลือกทั้งหมดที่ตรงเงื่อนไข</Text>}
    </Stack>
  );
}

/** `x-xxxx-xxxxx-12-3`: enough of the ID to tell two people of the same name apart, no more. */
const idTail = (id: string | null) => (id && id.length === 13 ? `…${id.slice(9, 11)}-${id[12]}` : '—');

/**
 * Volunteers from the register: its filters (district, subdistrict, level, status, not yet in this
 * seminar, attended an earlier seminar), a table to tick, and all the filters match in one tick.
 */
export function AddVolunteersModal({ seminarId, groups, opened, onClose }: Props) {
  const [groupId, setGroupId] = useState<string | null>(String(groups.at(-1)?.id ?? ''));
  const [f, setF] = useState({ q: '', district: '', subdistrict: '', level: '', status: 'active' as VolunteerStatus | '', onlyNew: true, attended: '' });
  const [picked, setPicked] = useState<Set<number>>(new Set());
  const summary = useCall('volunteer-summary', {}, { enabled: opened });
  const seminars = useCall('seminar-list', {}, { enabled: opened });
  const filter = {
    q: f.q, district: f.district, subdistrict: f.subdistrict, level: f.level, status: f.status,
    notInSeminar: f.onlyNew ? seminarId : null,
    attendedSeminar: f.attended ? Number(f.attended) : null,
  };
  const matches = useCall('volunteer-list', { ...filter, pageSize: SHOWN, sortBy: 'district' }, { enabled: opened });
  const add = useCallMutation('participant-add-volunteers');
  const districts = summary.data?.districts ?? [];
  const subdistricts = districts.find((d) => d.district === f.district)?.subdistricts ?? [];
  const set = (patch: Partial<typeof f>) => setF({ ...f, ...patch });

  const submit = async () => {
    try {
      reportAdded(await add.mutateAsync({ seminarId, groupId: Number(groupId), volunteerIds: [...picked] }));
      onClose();
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="เพิ่มอาสาสมัครจากทะเบียน" size={1100}>
      <Stack gap="sm">
        <SimpleGrid cols={4}>
          <GroupSelect groups={groups} value={groupId} onChange={setGroupId} />
          <TextInput label="ชื่อหรือเลขประจำตัว" value={f.q} onChange={(e) => set({ q: e.currentTarget.value })} data-autofocus />
          <Select
            label="อำเภอ"
            placeholder="ทุกอำเภอ"
            searchable
            clearable
            data={districts.map((d) => ({ value: d.district, label: `${d.district} (${d.count})` }))}
            value={f.district || null}
            onChange={(v) => set({ district: v ?? '', subdistrict: '' })}
          />
          <Select
            label="ตำบล"
            placeholder={f.district ? 'ทุกตำบล' : 'เลือกอำเภอก่อน'}
            disabled={!f.district}
            searchable
            clearable
            data={subdistricts.map((s) => ({ value: s.subdistrict, label: `${s.subdistrict} (${s.count})` }))}
            value={f.subdistrict || null}
            onChange={(v) => set({ subdistrict: v ?? '' })}
          />
          <Select label="ระดับ" placeholder="ทุกระดับ" clearable data={summary.data?.levels ?? []} value={f.level || null} onChange={(v) => set({ level: v ?? '' })} />
          <Select label="สถานะ" placeholder="ทุกสถานะ" clearable data={statusOptions} value={f.status || null} onChange={(v) => set({ status: (v ?? '') as VolunteerStatus | '' })} />
          <Select
            label="เคยเข้าร่วมโครงการ"
            placeholder="ไม่กำหนด"
            searchable
            clearable
            data={(seminars.data ?? []).filter((s) => s.id !== seminarId).map((s) => ({ value: String(s.id), label: `${s.title} (ปีงบประมาณ ${s.fiscalYear})` }))}
            value={f.attended || null}
            onChange={(v) => set({ attended: v ?? '' })}
          />
          <Checkbox label="เฉพาะผู้ที่ยังไม่อยู่ในโครงการนี้" mt={30} checked={f.onlyNew} onChange={(e) => set({ onlyNew: e.currentTarget.checked })} />
        </SimpleGrid>
        <PickTable
          rows={matches.data?.rows ?? []}
          total={matches.data?.total ?? 0}
          picked={picked}
          onPick={setPicked}
          allIds={() => call('volunteer-ids', { ...filter, sortBy: 'district' })}
          label={(v) => `${v.title}${v.firstName} ${v.lastName}`}
          head={
            <>
              <Table.Th>ชื่อ-นามสกุล</Table.Th>
              <Table.Th>เลขประจำตัว (ท้าย)</Table.Th>
              <Table.Th>ตำบล</Table.Th>
              <Table.Th>อำเภอ</Table.Th>
              <Table.Th>ระดับ</Table.Th>
              <Table.Th>สถานะ</Table.Th>
            </>
          }
          cells={(v) => (
            <>
              <Table.Td><WholeWords text={`${v.title}${v.firstName} ${v.lastName}`} /></Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{idTail(v.nationalId)}</Table.Td>
              <Table.Td>{v.areaSubdistrict}</Table.Td>
              <Table.Td>{v.areaDistrict}</Table.Td>
              <Table.Td>{v.level}</Table.Td>
              <Table.Td><Badge variant="light" color={v.status === 'active' ? 'green' : 'gray'}>{STATUS_LABELS[v.status]}</Badge></Table.Td>
            </>
          )}
        />
        <Group justify="space-between">
          <Text size="sm" c="dimmed">ผู้ที่มีชื่อในโครงการแล้วจะถูกข้าม</Text>
          <Group>
            <Button variant="default" onClick={onClose}>ยกเลิก</Button>
            <Button onClick={submit} disabled={!picked.size || !groupId} loading={add.isPending}>เพิ่มที่เลือก {picked.size} คน</Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Officials and guests from the contacts directory: searched, ticked in a table, or all at once. */
export function AddContactsModal({ seminarId, groups, opened, onClose }: Props) {
  const [groupId, setGroupId] = useState<string | null>(String(groups[0]?.id ?? ''));
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<Set<number>>(new Set());
  const contacts = useCall('contact-search', { query, limit: 500 }, { enabled: opened });
  const add = useCallMutation('participant-add-contacts');
  const rows = contacts.data ?? [];

  const submit = async () => {
    try {
      reportAdded(await add.mutateAsync({ seminarId, groupId: Number(groupId), contactIds: [...picked] }));
      onClose();
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="เพิ่มเจ้าหน้าที่และแขกจากทะเบียนรายชื่อ" size={1000}>
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <GroupSelect groups={groups} value={groupId} onChange={setGroupId} />
          <TextInput label="ค้นหาชื่อ ตำแหน่ง หรือหน่วยงาน" value={query} onChange={(e) => setQuery(e.currentTarget.value)} data-autofocus />
        </SimpleGrid>
        <PickTable
          rows={rows}
          total={rows.length}
          picked={picked}
          onPick={setPicked}
          allIds={async () => rows.map((c) => c.id)}
          label={(c) => c.name}
          head={
            <>
              <Table.Th>ชื่อ-นามสกุล</Table.Th>
              <Table.Th>ตำแหน่ง</Table.Th>
              <Table.Th>หน่วยงาน</Table.Th>
              <Table.Th>โทรศัพท์</Table.Th>
            </>
          }
          cells={(c) => (
            <>
              <Table.Td><WholeWords text={c.name} /></Table.Td>
              <Table.Td>{c.position}</Table.Td>
              <Table.Td>{c.agency}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.phone}</Table.Td>
            </>
          )}
        />
        {!rows.length && !query && <Text c="dimmed" size="sm">ยังไม่มีรายชื่อ เพิ่มได้ที่หน้าทะเบียนรายชื่อบุคคล</Text>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>ยกเลิก</Button>
          <Button onClick={submit} disabled={!picked.size || !groupId} loading={add.isPending}>เพิ่มที่เลือก {picked.size} คน</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
