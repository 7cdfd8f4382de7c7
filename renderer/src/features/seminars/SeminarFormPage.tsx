import { useEffect, type FocusEvent } from 'react';
import { ActionIcon, Button, Fieldset, Group, Loader, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useNavigate, useParams } from 'react-router';
import { TRAINING_TYPES, TRAINING_TYPE_LABELS } from '@shared/schemas/rate';
import {
  PARTICIPANT_CATEGORIES,
  PARTICIPANT_CATEGORY_LABELS,
  SEMINAR_KINDS,
  SEMINAR_KIND_LABELS,
  SEMINAR_STATUSES,
  SEMINAR_STATUS_LABELS,
  VENUE_KINDS,
  VENUE_KIND_LABELS,
  seminarInput,
  type SeminarDetail,
  type SeminarInput,
} from '@shared/schemas/seminar';
import { fiscalYearOf, formatThaiTime, parseThaiTime } from '@shared/thai';
import { useCall, useCallMutation } from '../../api/hooks';
import { notifySuccess } from '../../app/notify';
import { FORM_ERROR_ATTR, submitForm } from '../../components/formSave';
import { useLeaveGuard } from '../../components/LeaveGuard';
import { ThaiDateInput } from '../../components/ThaiDateInput';
import { NumberField } from '../../components/NumberField';

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((value) => ({ value, label: labels[value] }));
/** `09:00` as the form shows it, the way offices write it: `09.00`. */
const shownTime = (hhmm: string) => formatThaiTime(hhmm).replace(' น.', '');
const newSession = () => ({ start: '09.00', end: '12.00', topic: '' });

const blank: SeminarInput = {
  title: '', kind: 'seminar', fiscalYear: undefined, status: 'planned', trainingType: 'outsider', venueKind: 'gov',
  venueRoom: '', venuePlace: '', venueAddress: '', chairName: '', chairPosition: '', reporterName: '', reporterPosition: '',
  objectives: [''], responsibleOfficer: '', notes: '',
  days: [{ date: '', sessions: [newSession()] }],
  groups: [{ name: '', plannedCount: 0, category: 'outsider' }],
};

function fromDetail(d: SeminarDetail): SeminarInput {
  const { id: _id, days, groups, ...rest } = d;
  return {
    ...blank,
    ...Object.fromEntries(Object.keys(blank).map((k) => [k, rest[k as keyof typeof rest]])),
    days: days.map((day) => ({ id: day.id, date: day.date, sessions: day.sessions.map(({ id, start, end, topic }) => ({ id, start: shownTime(start), end: shownTime(end), topic })) })),
    groups: groups.map((g) => ({ ...g })),
  } as SeminarInput;
}

/** Creates a seminar (`/seminars/new`) or edits its plan (`/seminars/:id/edit`). */
export function SeminarFormPage() {
  const { id } = useParams();
  const editing = id ? Number(id) : null;
  const navigate = useNavigate();
  const current = useCall('seminar-get', { id: editing ?? 0 }, { enabled: editing !== null });
  const create = useCallMutation('seminar-create');
  const update = useCallMutation('seminar-update');
  const form = useForm<SeminarInput>({ mode: 'controlled', initialValues: blank, validate: schemaResolver(seminarInput, { sync: true }) });

  useEffect(() => {
    // Loaded values are the form's starting point, so only the clerk's own edits count as unsaved.
    if (current.data) {
      const loaded = fromDetail(current.data);
      form.setValues(loaded);
      form.resetDirty(loaded);
    }
    // Only when the loaded seminar changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current.data]);

  const guard = useLeaveGuard(form.isDirty());

  if (editing !== null && current.isPending) return <Loader />;

  const firstDate = form.values.days.map((d) => d.date).filter(Boolean).sort()[0];
  const submit = submitForm(
    form,
    async (values) => {
      guard.saving();
      const saved = editing !== null ? await update.mutateAsync({ id: editing, seminar: values }) : await create.mutateAsync(values);
      notifySuccess('บันทึกโครงการแล้ว');
      navigate(`/seminars/${saved.id}`);
    },
    guard.failed,
  );
  // A time typed as 11, 1100 or 11 น. is shown as 11.00 once the field is left.
  const timeProps = (path: string) => {
    const props = form.getInputProps(path);
    return {
      ...props,
      placeholder: '9.00',
      onBlur: (e: FocusEvent<HTMLInputElement>) => {
        const t = parseThaiTime(e.currentTarget.value);
        if (t) form.setFieldValue(path, shownTime(t));
        props.onBlur?.(e);
      },
    };
  };

  return (
    <form onSubmit={submit} noValidate>
      {guard.prompt}
      <Stack maw={960}>
        <Title order={2}>{editing !== null ? 'แก้ไขโครงการ' : 'สร้างโครงการใหม่'}</Title>
        <Fieldset legend="โครงการ">
          <Stack>
            <TextInput label="ชื่อโครงการ" withAsterisk data-autofocus {...form.getInputProps('title')} />
            <SimpleGrid cols={4}>
              <Select label="ประเภท" data={options(SEMINAR_KINDS, SEMINAR_KIND_LABELS)} allowDeselect={false} {...form.getInputProps('kind')} />
              <NumberField
                label="ปีงบประมาณ"
                placeholder={firstDate ? String(fiscalYearOf(firstDate)) : 'คำนวณจากวันแรก'}
                description="เว้นว่างเพื่อคำนวณจากวันแรก"
                {...form.getInputProps('fiscalYear')}
                // Empty: computed from the first day. Text that is no number stays, for the form's check to name.
                onChange={(v) => form.setFieldValue('fiscalYear', v === '' ? undefined : (v as number))}
              />
              <Select label="สถานะ" data={options(SEMINAR_STATUSES, SEMINAR_STATUS_LABELS)} allowDeselect={false} {...form.getInputProps('status')} />
              <Select label="ประเภทการฝึกอบรม (อัตราค่าใช้จ่าย)" data={options(TRAINING_TYPES, TRAINING_TYPE_LABELS)} allowDeselect={false} {...form.getInputProps('trainingType')} />
            </SimpleGrid>
            <TextInput label="ผู้รับผิดชอบโครงการ" {...form.getInputProps('responsibleOfficer')} />
          </Stack>
        </Fieldset>

        <Fieldset legend="วันและช่วงเวลา">
          <Stack>
            {form.values.days.map((day, d) => (
              <Stack key={d} gap="xs" p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}>
                <Group align="flex-end">
                  <ThaiDateInput label={`วันที่ ${d + 1}`} withAsterisk value={day.date || null} onChange={(v) => form.setFieldValue(`days.${d}.date`, v ?? '')} error={form.errors[`days.${d}.date`] as string | undefined} w={220} />
                  {form.values.days.length > 1 && (
                    <Button variant="subtle" color="red" onClick={() => form.removeListItem('days', d)}>ลบวันนี้</Button>
                  )}
                </Group>
                {day.sessions.map((_, s) => (
                  <Group key={s} align="flex-start" wrap="nowrap">
                    <TextInput label="เริ่ม" w={90} {...timeProps(`days.${d}.sessions.${s}.start`)} />
                    <TextInput label="สิ้นสุด" w={90} {...timeProps(`days.${d}.sessions.${s}.end`)} />
                    <TextInput label="หัวข้อ/กิจกรรม" style={{ flex: 1 }} {...form.getInputProps(`days.${d}.sessions.${s}.topic`)} />
                    <ActionIcon variant="subtle" color="red" size="lg" mt={25} aria-label="ลบช่วงเวลา" disabled={day.sessions.length === 1} onClick={() => form.removeListItem(`days.${d}.sessions`, s)}>
                      <IconTrash size={18} />
                    </ActionIcon>
                  </Group>
                ))}
                <Button variant="light" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem(`days.${d}.sessions`, newSession())}>เพิ่มช่วงเวลา</Button>
              </Stack>
            ))}
            {typeof form.errors.days === 'string' && <Text c="red" size="sm" tabIndex={-1} {...FORM_ERROR_ATTR}>{form.errors.days}</Text>}
            <Button variant="light" w="fit-content" leftSection={<IconPlus size={16} />} onClick={() => form.insertListItem('days', { date: '', sessions: [newSession()] })}>เพิ่มวัน</Button>
          </Stack>
        </Fieldset>

        <Fieldset legend="สถานที่">
          <SimpleGrid cols={3}>
            <TextInput label="ห้อง" {...form.getInputProps('venueRoom')} />
            <TextInput label="สถานที่" {...form.getInputProps('venuePlace')} />
            <Select label="ประเภทสถานที่ (อัตราค่าอาหาร)" data={options(VENUE_KINDS, VENUE_KIND_LABELS)} allowDeselect={false} {...form.getInputProps('venueKind')} />
          </SimpleGrid>
          <TextInput mt="sm" label="ที่อยู่สถานที่" {...form.getInputProps('venueAddress')} />
        </Fieldset>

        <Fieldset legend="ประธานและผู้กล่าวรายงาน">
          <SimpleGrid cols={2}>
            <TextInput label="ประธานในพิธี" {...form.getInputProps('chairName')} />
            <TextInput label="ตำแหน่งประธาน" {...form.getInputProps('chairPosition')} />
            <TextInput label="ผู้กล่าวรายงาน" {...form.getInputProps('reporterName')} />
            <TextInput label="ตำแหน่งผู้กล่าวรายงาน" {...form.getInputProps('reporterPosition')} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="วัตถุประสงค์">
          <Stack gap="xs">
            {form.values.objectives.map((_, i) => (
              <Group key={i} wrap="nowrap">
                <TextInput style={{ flex: 1 }} aria-label={`วัตถุประสงค์ข้อ ${i + 1}`} leftSection={<Text size="sm">{i + 1}.</Text>} {...form.getInputProps(`objectives.${i}`)} />
                <ActionIcon variant="subtle" color="red" size="lg" aria-label={`ลบวัตถุประสงค์ข้อ ${i + 1}`} onClick={() => form.removeListItem('objectives', i)}>
                  <IconTrash size={18} />
                </ActionIcon>
              </Group>
            ))}
            <Button variant="light" w="fit-content" leftSection={<IconPlus size={16} />} onClick={() => form.insertListItem('objectives', '')}>เพิ่มวัตถุประสงค์</Button>
          </Stack>
        </Fieldset>

        <Fieldset legend="กลุ่มเป้าหมาย">
          <Stack gap="xs">
            {form.values.groups.map((_, i) => (
              <Group key={i} align="flex-end" wrap="nowrap">
                <TextInput style={{ flex: 1 }} label={`กลุ่มที่ ${i + 1}`} {...form.getInputProps(`groups.${i}.name`)} />
                <NumberField label="จำนวน (คน)" w={120} {...form.getInputProps(`groups.${i}.plannedCount`)} />
                <Select label="การเบิกจ่าย" w={170} data={options(PARTICIPANT_CATEGORIES, PARTICIPANT_CATEGORY_LABELS)} allowDeselect={false} {...form.getInputProps(`groups.${i}.category`)} />
                <ActionIcon variant="subtle" color="red" size="lg" aria-label={`ลบกลุ่มที่ ${i + 1}`} disabled={form.values.groups.length === 1} onClick={() => form.removeListItem('groups', i)}>
                  <IconTrash size={18} />
                </ActionIcon>
              </Group>
            ))}
            {typeof form.errors.groups === 'string' && <Text c="red" size="sm" tabIndex={-1} {...FORM_ERROR_ATTR}>{form.errors.groups}</Text>}
            <Group justify="space-between">
              <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => form.insertListItem('groups', { name: '', plannedCount: 0, category: 'outsider' })}>เพิ่มกลุ่มเป้าหมาย</Button>
              <Text fw={500}>รวมเป้าหมาย {form.values.groups.reduce((s, g) => s + (Number(g.plannedCount) || 0), 0)} คน</Text>
            </Group>
          </Stack>
        </Fieldset>

        <Textarea label="หมายเหตุ" autosize minRows={2} {...form.getInputProps('notes')} />
        <Group>
          <Button type="submit" loading={create.isPending || update.isPending}>บันทึก</Button>
          <Button variant="default" onClick={() => navigate(editing !== null ? `/seminars/${editing}` : '/seminars')}>ยกเลิก</Button>
        </Group>
      </Stack>
    </form>
  );
}
