import { useState } from 'react';
import { ActionIcon, Button, Checkbox, Group, NumberInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { RATE_ITEMS, RATE_ITEM_LABELS, type RateItem } from '@shared/schemas/rate';
import { BUDGET_CATEGORIES, BUDGET_CATEGORY_LABELS, RATE_ITEM_BUDGET_CATEGORY, type BudgetCategory, type BudgetLine, type SeminarDetail } from '@shared/schemas/seminar';
import { formatBaht, formatThaiDateShort, formatThaiTime } from '@shared/thai';
import { useCall, useCallMutation } from '../../api/hooks';
import { notifyError } from '../../app/notify';
import { WholeWords } from '../../components/WholeWords';

const num = (v: string | number) => (typeof v === 'number' ? v : v === '' ? null : Number(v));

function SpeakerForm({ seminar }: { seminar: SeminarDetail }) {
  const save = useCallMutation('speaker-save', ['seminar-get']);
  const sessions = seminar.days.flatMap((d) => d.sessions.map((s) => ({ value: String(s.id), label: `${formatThaiDateShort(d.date)} ${formatThaiTime(s.start)} ${s.topic}` })));
  const empty = { name: '', position: '', agency: '', isGovernment: true, hours: 1 as number | null };
  const [v, setV] = useState({ ...empty, sessionId: (sessions[0]?.value ?? null) as string | null });
  const add = () =>
    save
      .mutateAsync({ seminarId: seminar.id, sessionId: v.sessionId ? Number(v.sessionId) : null, name: v.name, position: v.position, agency: v.agency, isGovernment: v.isGovernment, hours: v.hours ?? 0 })
      // The next speaker starts from the defaults, so one speaker's hours or status never carry over.
      .then(() => setV({ ...empty, sessionId: v.sessionId }), notifyError);
  return (
    <Group align="flex-end">
      <TextInput label="ชื่อวิทยากร" value={v.name} onChange={(e) => setV({ ...v, name: e.currentTarget.value })} />
      <TextInput label="ตำแหน่ง" value={v.position} onChange={(e) => setV({ ...v, position: e.currentTarget.value })} />
      <TextInput label="สังกัด/หน่วยงาน" value={v.agency} onChange={(e) => setV({ ...v, agency: e.currentTarget.value })} />
      <Select label="ช่วงเวลา" data={sessions} value={v.sessionId} onChange={(s) => setV({ ...v, sessionId: s })} w={320} />
      <NumberInput label="ชั่วโมง" w={90} min={0} step={0.5} decimalScale={1} value={v.hours ?? ''} onChange={(h) => setV({ ...v, hours: num(h) })} />
      <Checkbox label="บุคลากรของรัฐ" checked={v.isGovernment} onChange={(e) => setV({ ...v, isGovernment: e.currentTarget.checked })} mb={8} />
      <Button leftSection={<IconPlus size={16} />} onClick={add} loading={save.isPending}>เพิ่มวิทยากร</Button>
    </Group>
  );
}

function LineForm({ seminar }: { seminar: SeminarDetail }) {
  const seminarId = seminar.id;
  const firstDate = seminar.days.map((d) => d.date).sort()[0] ?? '';
  const save = useCallMutation('budget-line-save', ['seminar-get']);
  // No category is preset: a second line must not be filed under the first one's category unnoticed.
  const empty = { category: null as BudgetCategory | null, description: '', rateItem: null as RateItem | null, quantity: 0 as number | null, times: 1 as number | null, rate: null as number | null };
  const [v, setV] = useState(empty);
  const [tried, setTried] = useState(false);
  // The ceiling the core will take (in force on the first day), shown before the line is added.
  const inForce = useCall('rate-lookup', { item: v.rateItem ?? 'meal_full_gov', trainingType: seminar.trainingType, date: firstDate }, { enabled: !!v.rateItem && !!firstDate });
  const tableRate = v.rateItem && inForce.isSuccess ? inForce.data : undefined;
  const add = () => {
    setTried(true);
    if (!v.category) return;
    save
      .mutateAsync({ seminarId, category: v.category, description: v.description, rateItem: v.rateItem, quantity: v.quantity ?? 0, times: v.times ?? 1, rate: v.rate ?? undefined })
      .then(() => (setV(empty), setTried(false)), notifyError);
  };
  return (
    <Group align="flex-end">
      <Select
        label="หมวด"
        placeholder="เลือกหมวด"
        w={200}
        data={BUDGET_CATEGORIES.map((c) => ({ value: c, label: BUDGET_CATEGORY_LABELS[c] }))}
        value={v.category}
        allowDeselect={false}
        onChange={(c) => setV({ ...v, category: c as BudgetCategory })}
        error={tried && !v.category ? 'กรุณาเลือกหมวดค่าใช้จ่าย' : undefined}
      />
      <TextInput label="รายการ" value={v.description} onChange={(e) => setV({ ...v, description: e.currentTarget.value })} />
      <Select
        label="อัตราจากตาราง"
        placeholder="กรอกอัตราเอง"
        clearable
        w={330}
        data={RATE_ITEMS.map((r) => ({ value: r, label: RATE_ITEM_LABELS[r].label }))}
        value={v.rateItem}
        // A rate item says which category it belongs to, when the clerk has not chosen one yet.
        onChange={(r) => setV({ ...v, rateItem: r as RateItem | null, category: v.category ?? (r ? RATE_ITEM_BUDGET_CATEGORY[r as RateItem] : null) })}
        description={
          tableRate === undefined ? undefined : tableRate === null ? <Text span c="red" size="xs">ยังไม่มีอัตราที่ใช้ได้ในวันแรกของโครงการ</Text> : `ตามตาราง ${formatBaht(tableRate.amount)} ${RATE_ITEM_LABELS[tableRate.item].unit}`
        }
        data-testid="budget-rate-item"
      />
      <NumberInput label="จำนวน" w={90} min={0} value={v.quantity ?? ''} onChange={(q) => setV({ ...v, quantity: num(q) })} />
      <NumberInput label="ครั้ง/วัน/มื้อ" w={100} min={0} value={v.times ?? ''} onChange={(t) => setV({ ...v, times: num(t) })} />
      <NumberInput label="อัตรา (บาท)" w={110} min={0} decimalScale={2} placeholder={tableRate ? formatBaht(tableRate.amount) : v.rateItem ? 'ตามตาราง' : ''} value={v.rate ?? ''} onChange={(r) => setV({ ...v, rate: num(r) })} />
      <Button leftSection={<IconPlus size={16} />} onClick={add} loading={save.isPending}>เพิ่มรายการ</Button>
    </Group>
  );
}

export function BudgetPanel({ seminar }: { seminar: SeminarDetail }) {
  const saveLine = useCallMutation('budget-line-save', ['seminar-get']);
  const deleteLine = useCallMutation('budget-line-delete', ['seminar-get']);
  const deleteSpeaker = useCallMutation('speaker-delete', ['seminar-get']);
  const setActual = (b: BudgetLine, raw: string) => {
    const cleaned = raw.replace(/,/g, '').trim();
    const actualAmount = cleaned === '' ? null : Number(cleaned);
    if (actualAmount === b.actualAmount || (actualAmount !== null && !Number.isFinite(actualAmount))) return;
    saveLine.mutateAsync({ ...b, seminarId: seminar.id, actualAmount }).catch(notifyError);
  };

  return (
    <Stack>
      <Title order={4}>วิทยากร</Title>
      <Table>
        <Table.Thead>
          <Table.Tr><Table.Th>ชื่อ</Table.Th><Table.Th>ตำแหน่ง</Table.Th><Table.Th>ประเภท</Table.Th><Table.Th ta="right">ชั่วโมง</Table.Th><Table.Th ta="right">อัตรา</Table.Th><Table.Th ta="right">ค่าสมนาคุณ</Table.Th><Table.Th /></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {seminar.speakers.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td><WholeWords text={s.name} /></Table.Td>
              <Table.Td>
                {s.position}
                {s.agency && <Text size="xs" c="dimmed">{s.agency}</Text>}
              </Table.Td>
              <Table.Td>{s.isGovernment ? 'บุคลากรของรัฐ' : 'มิใช่บุคลากรของรัฐ'}</Table.Td>
              <Table.Td ta="right">{s.hours}</Table.Td>
              <Table.Td ta="right">{s.rate === null ? <Text c="red" size="sm">ไม่มีอัตรา</Text> : formatBaht(s.rate)}</Table.Td>
              <Table.Td ta="right">{formatBaht(s.fee)}</Table.Td>
              <Table.Td><ActionIcon variant="subtle" color="red" aria-label={`ลบวิทยากร ${s.name}`} onClick={() => deleteSpeaker.mutateAsync({ id: s.id }).catch(notifyError)}><IconTrash size={16} /></ActionIcon></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <SpeakerForm seminar={seminar} />

      <Title order={4} mt="md">งบประมาณ</Title>
      <Table>
        <Table.Thead>
          <Table.Tr><Table.Th>หมวด</Table.Th><Table.Th>รายการ</Table.Th><Table.Th ta="right">จำนวน × ครั้ง × อัตรา</Table.Th><Table.Th ta="right">ตามแผน</Table.Th><Table.Th ta="right">ใช้จริง</Table.Th><Table.Th /></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {seminar.budget.map((b) => (
            <Table.Tr key={b.id}>
              <Table.Td>{BUDGET_CATEGORY_LABELS[b.category]}</Table.Td>
              <Table.Td>{b.description}</Table.Td>
              <Table.Td ta="right">{b.quantity} × {b.times} × {formatBaht(b.rate)}</Table.Td>
              <Table.Td ta="right">{formatBaht(b.plannedAmount)}</Table.Td>
              <Table.Td ta="right">
                <NumberInput size="xs" w={120} ml="auto" min={0} decimalScale={2} fixedDecimalScale thousandSeparator="," hideControls defaultValue={b.actualAmount ?? ''} aria-label={`ใช้จริง ${b.description}`} onBlur={(e) => setActual(b, e.currentTarget.value)} />
              </Table.Td>
              <Table.Td><ActionIcon variant="subtle" color="red" aria-label={`ลบรายการ ${b.description}`} onClick={() => deleteLine.mutateAsync({ id: b.id }).catch(notifyError)}><IconTrash size={16} /></ActionIcon></Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr fw={700}>
            <Table.Td colSpan={3}>รวม</Table.Td>
            <Table.Td ta="right">{formatBaht(seminar.summary.budgetPlanned)}</Table.Td>
            <Table.Td ta="right">{formatBaht(seminar.summary.budgetActual)}</Table.Td>
            <Table.Td />
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <LineForm seminar={seminar} />
    </Stack>
  );
}
