import { useState } from 'react';
import { ActionIcon, Autocomplete, Button, Checkbox, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconEdit, IconPlus } from '@tabler/icons-react';
import { z } from 'zod';
import { RATE_ITEMS, RATE_ITEM_LABELS, type RateItem } from '@shared/schemas/rate';
import {
  BUDGET_CATEGORIES, BUDGET_CATEGORY_LABELS, RATE_ITEM_BUDGET_CATEGORY, budgetLineInput, speakerInput, type BudgetCategory, type BudgetLine, type SeminarDetail, type Speaker,
} from '@shared/schemas/seminar';
import { formatBaht, formatThaiDateShort, formatThaiTime } from '@shared/thai';
import { useCall, useCallMutation } from '../../api/hooks';
import { notifyError } from '../../app/notify';
import { WholeWords } from '../../components/WholeWords';
import { submitForm } from '../../components/formSave';
import { NumberField } from '../../components/NumberField';
import { TableAmount } from '../../components/TableInputs';
import { RemoveIcon } from '../../components/RecordList';

/** What the speaker form edits (the session as the select's string). */
const speakerFields = speakerInput.pick({ name: true, position: true, agency: true, isGovernment: true, hours: true, nationalId: true, address: true });
type SpeakerValues = z.input<typeof speakerFields> & { sessionId: string | null };

/**
 * Adds a speaker, picked from the contacts directory (position, agency, status, national ID and address come along) or
 * typed; or edits `speaker` (its values loaded, saved in place). The national ID and address are
 * what the receipt (ใบสำคัญรับเงิน) asks of the payee.
 */
function SpeakerForm({ seminar, speaker, onDone }: { seminar: SeminarDetail; speaker?: Speaker; onDone?(): void }) {
  const save = useCallMutation('speaker-save', ['seminar-get']);
  const contacts = useCall('contact-search', { query: '', limit: 500 });
  const sessions = seminar.days.flatMap((d) => d.sessions.map((s) => ({ value: String(s.id), label: `${formatThaiDateShort(d.date)} ${formatThaiTime(s.start)} ${s.topic}` })));
  const empty: SpeakerValues = { name: '', position: '', agency: '', isGovernment: true, hours: 1, nationalId: '', address: '', sessionId: sessions[0]?.value ?? null };
  const form = useForm<SpeakerValues>({
    mode: 'controlled',
    initialValues: speaker
      ? { name: speaker.name, position: speaker.position, agency: speaker.agency, isGovernment: speaker.isGovernment, hours: speaker.hours, nationalId: speaker.nationalId, address: speaker.address, sessionId: speaker.sessionId === null ? null : String(speaker.sessionId) }
      : empty,
    validate: schemaResolver(speakerFields, { sync: true }),
  });
  const submit = submitForm(form, async ({ sessionId, ...v }) => {
    await save.mutateAsync({ ...v, id: speaker?.id, seminarId: seminar.id, sessionId: sessionId ? Number(sessionId) : null });
    // The next speaker starts from the defaults, so one speaker's hours or status never carry over.
    form.setValues({ ...empty, sessionId });
    onDone?.();
  });
  const fromContact = (name: string) => {
    const c = contacts.data?.find((x) => x.name === name);
    form.setValues(c ? { name: c.name, position: c.position, agency: c.agency, isGovernment: c.isGovernment, nationalId: c.nationalId, address: c.address } : { name });
  };
  return (
    <form onSubmit={submit} noValidate data-testid={speaker ? 'speaker-edit' : 'speaker-new'}>
      <Group align="flex-start">
        <Autocomplete
          label="ชื่อวิทยากร"
          description="เลือกจากทะเบียนรายชื่อ หรือพิมพ์ชื่อใหม่"
          w={260}
          data={[...new Set(contacts.data?.map((c) => c.name))]}
          limit={20}
          {...form.getInputProps('name')}
          onChange={fromContact}
        />
        <TextInput label="ตำแหน่ง" {...form.getInputProps('position')} />
        <TextInput label="สังกัด/หน่วยงาน" {...form.getInputProps('agency')} />
        <Select label="ช่วงเวลา" data={sessions} w={320} {...form.getInputProps('sessionId')} />
        <NumberField label="ชั่วโมง" w={90} {...form.getInputProps('hours')} />
        <Checkbox label="บุคลากรของรัฐ" mt={32} {...form.getInputProps('isGovernment', { type: 'checkbox' })} />
        <TextInput label="เลขประจำตัวประชาชน" description="13 หลัก สำหรับใบสำคัญรับเงิน" w={200} {...form.getInputProps('nationalId')} />
        <TextInput label="ที่อยู่" description="สำหรับใบสำคัญรับเงิน" w={420} {...form.getInputProps('address')} />
        {speaker ? (
          <Group mt={25} gap="xs">
            <Button type="submit" loading={save.isPending}>บันทึกการแก้ไข</Button>
            <Button variant="default" onClick={onDone}>ยกเลิก</Button>
          </Group>
        ) : (
          <Button type="submit" mt={25} leftSection={<IconPlus size={16} />} loading={save.isPending}>เพิ่มวิทยากร</Button>
        )}
      </Group>
    </form>
  );
}

/** What the budget line form edits; the category is left unchosen until the clerk picks one. */
const lineFields = budgetLineInput
  .pick({ category: true, description: true, rateItem: true, quantity: true, times: true })
  // An empty rate box means "the rate table's".
  .extend({ rate: budgetLineInput.shape.rate.or(z.literal('')) });
type LineValues = Omit<z.input<typeof lineFields>, 'category'> & { category: BudgetCategory | null };

/** Adds a budget line, or edits `line` (its values loaded, saved in place). */
function LineForm({ seminar, line, onDone }: { seminar: SeminarDetail; line?: BudgetLine; onDone?(): void }) {
  const firstDate = seminar.days.map((d) => d.date).sort()[0] ?? '';
  const save = useCallMutation('budget-line-save', ['seminar-get']);
  // No category is preset: a second line must not be filed under the first one's category unnoticed.
  const empty: LineValues = { category: null, description: '', rateItem: null, quantity: 0, times: 1, rate: '' };
  const form = useForm<LineValues>({
    mode: 'controlled',
    initialValues: line ? { category: line.category, description: line.description, rateItem: line.rateItem, quantity: line.quantity, times: line.times, rate: line.rate } : empty,
    validate: schemaResolver(lineFields, { sync: true }),
  });
  const v = form.values;
  // The ceiling the core will take (in force on the first day), shown before the line is added.
  const inForce = useCall('rate-lookup', { item: v.rateItem ?? 'meal_full_gov', trainingType: seminar.trainingType, date: firstDate }, { enabled: !!v.rateItem && !!firstDate });
  const tableRate = v.rateItem && inForce.isSuccess ? inForce.data : undefined;
  // The rate list offers only the chosen category's items; a category without any has none.
  const items = RATE_ITEMS.filter((r) => !v.category || RATE_ITEM_BUDGET_CATEGORY[r] === v.category);
  const submit = submitForm(form, async (values) => {
    await save.mutateAsync({ ...values, id: line?.id, seminarId: seminar.id, category: values.category!, rate: values.rate === '' ? undefined : values.rate, actualAmount: line?.actualAmount ?? null });
    form.setValues(empty);
    onDone?.();
  });
  return (
    <form onSubmit={submit} noValidate data-testid={line ? 'budget-line-edit' : 'budget-line-new'}>
      <Group align="flex-start">
        <Select
          label="หมวด"
          placeholder="เลือกหมวด"
          w={200}
          data={BUDGET_CATEGORIES.map((c) => ({ value: c, label: BUDGET_CATEGORY_LABELS[c] }))}
          allowDeselect={false}
          {...form.getInputProps('category')}
          // A rate item of another category no longer fits: it is cleared with the change.
          onChange={(c) => form.setValues({ category: c as BudgetCategory, rateItem: v.rateItem && RATE_ITEM_BUDGET_CATEGORY[v.rateItem] === c ? v.rateItem : null })}
        />
        <TextInput label="รายการ" {...form.getInputProps('description')} />
        <Select
          label="อัตราจากตาราง"
          placeholder={items.length ? 'กรอกอัตราเอง' : 'หมวดนี้ไม่มีในตารางอัตรา'}
          disabled={!items.length}
          clearable
          w={330}
          data={items.map((r) => ({ value: r, label: RATE_ITEM_LABELS[r].label }))}
          {...form.getInputProps('rateItem')}
          // A rate item says which category it belongs to, when the clerk has not chosen one yet.
          onChange={(r) => form.setValues({ rateItem: r as RateItem | null, category: v.category ?? (r ? RATE_ITEM_BUDGET_CATEGORY[r as RateItem] : null) })}
          description={
            tableRate === undefined ? undefined : tableRate === null ? <Text span c="red" size="xs">ยังไม่มีอัตราที่ใช้ได้ในวันแรกของโครงการ</Text> : `ตามตาราง ${formatBaht(tableRate.amount)} ${RATE_ITEM_LABELS[tableRate.item].unit}`
          }
          data-testid="budget-rate-item"
        />
        <NumberField label="จำนวน" w={90} {...form.getInputProps('quantity')} />
        <NumberField label="ครั้ง/วัน/มื้อ" w={100} {...form.getInputProps('times')} />
        <NumberField label="อัตรา (บาท)" w={110} placeholder={tableRate ? formatBaht(tableRate.amount) : v.rateItem ? 'ตามตาราง' : ''} {...form.getInputProps('rate')} />
        {line ? (
          <Group mt={25} gap="xs">
            <Button type="submit" loading={save.isPending}>บันทึกการแก้ไข</Button>
            <Button variant="default" onClick={onDone}>ยกเลิก</Button>
          </Group>
        ) : (
          <Button type="submit" mt={25} leftSection={<IconPlus size={16} />} loading={save.isPending}>เพิ่มรายการ</Button>
        )}
      </Group>
    </form>
  );
}

export function BudgetPanel({ seminar }: { seminar: SeminarDetail }) {
  const saveLine = useCallMutation('budget-line-save', ['seminar-get']);
  const deleteLine = useCallMutation('budget-line-delete', ['seminar-get']);
  const deleteSpeaker = useCallMutation('speaker-delete', ['seminar-get']);
  const [editing, setEditing] = useState<number | null>(null);
  const [editingSpeaker, setEditingSpeaker] = useState<number | null>(null);
  const setActual = (b: BudgetLine, actualAmount: number | null) => {
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
          {seminar.speakers.map((s) =>
            editingSpeaker === s.id ? (
              <Table.Tr key={s.id}>
                <Table.Td colSpan={7}><SpeakerForm seminar={seminar} speaker={s} onDone={() => setEditingSpeaker(null)} /></Table.Td>
              </Table.Tr>
            ) : (
            <Table.Tr key={s.id}>
              <Table.Td>
                <WholeWords text={s.name} />
                {(!s.nationalId || !s.address) && <Text size="xs" c="orange">ยังไม่มี{[!s.nationalId && 'เลขประจำตัวประชาชน', !s.address && 'ที่อยู่'].filter(Boolean).join('และ')} (ใบสำคัญรับเงินจะเว้นให้เขียนเอง)</Text>}
              </Table.Td>
              <Table.Td>
                {s.position}
                {s.agency && <Text size="xs" c="dimmed">{s.agency}</Text>}
              </Table.Td>
              <Table.Td>{s.isGovernment ? 'บุคลากรของรัฐ' : 'มิใช่บุคลากรของรัฐ'}</Table.Td>
              <Table.Td ta="right">{s.hours}</Table.Td>
              <Table.Td ta="right">{s.rate === null ? <Text c="red" size="sm">ไม่มีอัตรา</Text> : formatBaht(s.rate)}</Table.Td>
              <Table.Td ta="right">{formatBaht(s.fee)}</Table.Td>
              <Table.Td>
                <Group gap={0} wrap="nowrap">
                  <ActionIcon variant="subtle" aria-label={`แก้ไขวิทยากร ${s.name}`} onClick={() => setEditingSpeaker(s.id)}><IconEdit size={16} /></ActionIcon>
                  <RemoveIcon label={`ลบวิทยากร ${s.name}`} onClick={() => deleteSpeaker.mutateAsync({ id: s.id }).catch(notifyError)} />
                </Group>
              </Table.Td>
            </Table.Tr>
            ),
          )}
        </Table.Tbody>
      </Table>
      <SpeakerForm seminar={seminar} />

      <Title order={4} mt="md">งบประมาณ</Title>
      <Table>
        <Table.Thead>
          <Table.Tr><Table.Th>หมวด</Table.Th><Table.Th>รายการ</Table.Th><Table.Th ta="right">จำนวน × ครั้ง × อัตรา</Table.Th><Table.Th ta="right">ตามแผน</Table.Th><Table.Th ta="right">ใช้จริง</Table.Th><Table.Th /></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {seminar.budget.map((b) =>
            editing === b.id ? (
              <Table.Tr key={b.id}>
                <Table.Td colSpan={6}><LineForm seminar={seminar} line={b} onDone={() => setEditing(null)} /></Table.Td>
              </Table.Tr>
            ) : (
            <Table.Tr key={b.id}>
              <Table.Td>{BUDGET_CATEGORY_LABELS[b.category]}</Table.Td>
              <Table.Td>{b.description}</Table.Td>
              <Table.Td ta="right">{b.quantity} × {b.times} × {formatBaht(b.rate)}</Table.Td>
              <Table.Td ta="right">{formatBaht(b.plannedAmount)}</Table.Td>
              <Table.Td ta="right">
                <TableAmount key={`a${b.actualAmount}`} w={120} value={b.actualAmount} aria-label={`ใช้จริง ${b.description}`} onSave={(actualAmount) => setActual(b, actualAmount)} />
              </Table.Td>
              <Table.Td>
                <Group gap={0} wrap="nowrap">
                  <ActionIcon variant="subtle" aria-label={`แก้ไขรายการ ${b.description}`} onClick={() => setEditing(b.id)}><IconEdit size={16} /></ActionIcon>
                  <RemoveIcon label={`ลบรายการ ${b.description}`} onClick={() => deleteLine.mutateAsync({ id: b.id }).catch(notifyError)} />
                </Group>
              </Table.Td>
            </Table.Tr>
            ),
          )}
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
