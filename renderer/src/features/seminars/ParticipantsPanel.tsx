import { useState } from 'react';
import { Button, Checkbox, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconUserPlus, IconUsersPlus } from '@tabler/icons-react';
import { COUNT_LABELS, PARTICIPANT_CATEGORIES, PARTICIPANT_CATEGORY_LABELS, type Participant, type SeminarDetail } from '@shared/schemas/seminar';
import { formatBaht, parseAmount } from '@shared/thai';
import { useCallMutation } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { WholeWords } from '../../components/WholeWords';
import { TableAmount, TableSelect } from '../../components/TableInputs';
import { AddContactsModal, AddVolunteersModal } from './AddPeopleModals';
import { RemoveIcon } from '../../components/RecordList';

const categoryOptions = PARTICIPANT_CATEGORIES.map((c) => ({ value: c, label: PARTICIPANT_CATEGORY_LABELS[c] }));

type AmountField = 'travelAmount' | 'allowanceAmount';
const AMOUNT_LABELS: Record<AmountField, string> = { travelAmount: 'ค่าพาหนะ', allowanceAmount: 'ค่าตอบแทน' };

/** One amount for a whole group or for everyone, then adjusted one by one in the table. */
function AmountsBar({ seminar }: { seminar: SeminarDetail }) {
  const setAmounts = useCallMutation('participant-set-amounts', ['seminar-get']);
  const [field, setField] = useState<AmountField>('travelAmount');
  const [groupId, setGroupId] = useState('all');
  // Typed as text and read as clerks type amounts (Thai digits, thousands commas): parseAmount.
  const [amount, setAmount] = useState('');
  const read = parseAmount(amount);
  const [onlyEmpty, setOnlyEmpty] = useState(true);
  const apply = async () => {
    try {
      if (read === null) return;
      const { changed } = await setAmounts.mutateAsync({ seminarId: seminar.id, groupId: groupId === 'all' ? null : Number(groupId), field, amount: read === '' ? null : read, onlyEmpty });
      notifySuccess(`กำหนด${AMOUNT_LABELS[field]}แล้ว ${changed} คน แก้รายคนได้ในตาราง`);
    } catch (e) {
      notifyError(e);
    }
  };
  return (
    <Group align="flex-end" gap="xs" data-testid="amounts-bar">
      <Select label="กำหนดพร้อมกัน" w={130} data={(Object.keys(AMOUNT_LABELS) as AmountField[]).map((f) => ({ value: f, label: AMOUNT_LABELS[f] }))} value={field} allowDeselect={false} onChange={(v) => setField(v as AmountField)} />
      <Select label="ให้กับ" w={300} allowDeselect={false} data={[{ value: 'all', label: 'ผู้เข้าร่วมทุกคน' }, ...seminar.groups.map((g) => ({ value: String(g.id), label: `กลุ่ม ${g.name}` }))]} value={groupId} onChange={(v) => setGroupId(v ?? 'all')} />
      <TextInput
        label="คนละ (บาท)"
        w={120}
        inputMode="decimal"
        value={amount}
        onChange={(e) => setAmount(e.currentTarget.value)}
        onBlur={() => typeof read === 'number' && setAmount(formatBaht(read))}
        error={read === null ? 'กรอกเป็นตัวเลข เช่น 300' : undefined}
      />
      <Checkbox label="เฉพาะคนที่ยังไม่ได้กรอก" mb={8} checked={onlyEmpty} onChange={(e) => setOnlyEmpty(e.currentTarget.checked)} />
      <Button variant="light" onClick={apply} loading={setAmounts.isPending} disabled={read === null}>ใช้จำนวนนี้</Button>
    </Group>
  );
}

export function ParticipantsPanel({ seminar }: { seminar: SeminarDetail }) {
  const [adding, setAdding] = useState<'volunteers' | 'contacts' | null>(null);
  const update = useCallMutation('participant-update', ['seminar-get']);
  const remove = useCallMutation('participant-remove', ['seminar-get']);
  const groupOptions = seminar.groups.map((g) => ({ value: String(g.id), label: g.name }));

  const save = async (p: Participant, change: Partial<Participant>) => {
    const next = { ...p, ...change };
    try {
      await update.mutateAsync({
        id: p.id, groupId: next.groupId, category: next.category, position: next.position, agency: next.agency,
        travelAmount: next.travelAmount, allowanceAmount: next.allowanceAmount,
      });
    } catch (e) {
      notifyError(e);
    }
  };
  return (
    <Stack>
      <Group>
        <Button leftSection={<IconUsersPlus size={16} />} onClick={() => setAdding('volunteers')}>เพิ่มอาสาสมัครจากทะเบียน</Button>
        <Button variant="light" leftSection={<IconUserPlus size={16} />} onClick={() => setAdding('contacts')}>เพิ่มเจ้าหน้าที่/แขก</Button>
        <Text c="dimmed">{COUNT_LABELS.registered} {seminar.participants.length} คน</Text>
      </Group>
      {seminar.participants.length > 0 && <AmountsBar seminar={seminar} />}
      <Table striped horizontalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>ที่</Table.Th>
            <Table.Th>ชื่อ-นามสกุล</Table.Th>
            <Table.Th><WholeWords text="ตำแหน่ง / หน่วยงาน" /></Table.Th>
            <Table.Th>กลุ่ม</Table.Th>
            <Table.Th>การเบิกจ่าย</Table.Th>
            <Table.Th>ค่าพาหนะ</Table.Th>
            <Table.Th>ค่าตอบแทน</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {seminar.participants.map((p, i) => (
            <Table.Tr key={p.id}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td><WholeWords text={p.name} /></Table.Td>
              <Table.Td>
                {/* Whole words: a narrow column split places inside their name (อำเภอนา|หม่อม). */}
                <Text size="sm"><WholeWords text={p.position} /></Text>
                <Text size="xs" c="dimmed"><WholeWords text={p.agency} /></Text>
              </Table.Td>
              <Table.Td>
                <TableSelect w={140} data={groupOptions} value={String(p.groupId)} aria-label={`กลุ่มของ ${p.name}`} onChange={(v) => save(p, { groupId: Number(v) })} />
              </Table.Td>
              <Table.Td>
                <TableSelect w={115} data={categoryOptions} value={p.category} aria-label={`การเบิกจ่ายของ ${p.name}`} onChange={(v) => save(p, { category: v as Participant['category'] })} />
              </Table.Td>
              <Table.Td>
                <TableAmount key={`t${p.travelAmount}`} w={80} value={p.travelAmount} aria-label={`ค่าพาหนะของ ${p.name}`} onSave={(v) => save(p, { travelAmount: v })} />
              </Table.Td>
              <Table.Td>
                <TableAmount key={`a${p.allowanceAmount}`} w={80} value={p.allowanceAmount} aria-label={`ค่าตอบแทนของ ${p.name}`} onSave={(v) => save(p, { allowanceAmount: v })} />
              </Table.Td>
              <Table.Td>
                <RemoveIcon label={`นำ ${p.name} ออก`} onClick={() => remove.mutateAsync({ id: p.id }).catch(notifyError)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <AddVolunteersModal key={`v${adding}`} seminarId={seminar.id} groups={seminar.groups} opened={adding === 'volunteers'} onClose={() => setAdding(null)} />
      <AddContactsModal key={`c${adding}`} seminarId={seminar.id} groups={seminar.groups} opened={adding === 'contacts'} onClose={() => setAdding(null)} />
    </Stack>
  );
}
