import { useEffect } from 'react';
import { Alert, Autocomplete, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { ACTIVITY_OUTCOMES, ACTIVITY_OUTCOME_LABELS, REFERRAL_AGENCIES, activityInput, type Activity, type ActivityInput, type ActivityKindInfo } from '@shared/schemas/activity';
import { todayIso } from '@shared/thai';
import { useCallMutation } from '../../api/hooks';
import { notifySuccess } from '../../app/notify';
import { FormModal } from '../../components/FormModal';
import { submitForm } from '../../components/formSave';
import { ThaiDateInput } from '../../components/ThaiDateInput';
import { showWarnings } from './warnings';
import { NumberField } from '../../components/NumberField';

type Values = Omit<ActivityInput, 'volunteerId' | 'kindId' | 'outcome'> & { volunteerId: string | null; kindId: string | null; outcome: string | null };

export interface ActivityFormProps {
  opened: boolean;
  onClose(): void;
  kinds: ActivityKindInfo[];
  /** People to choose from; a single one is fixed (the volunteer's own page). */
  volunteers: { id: number; name: string }[];
  /** Editing a recorded activity; otherwise a new one. */
  activity?: Activity | null;
}

const blank = (volunteers: ActivityFormProps['volunteers']): Values => ({
  volunteerId: volunteers.length === 1 ? String(volunteers[0].id) : null,
  kindId: null,
  date: todayIso(),
  people: 1,
  place: '',
  notes: '',
  agency: '',
  outcome: null,
});

/**
 * One activity in detail: the day, the kind, people reached, place, notes, and for a referral
 * (ชี้เป้า/ส่งต่อ) the agency and what came of it. Warnings the core returns (a volunteer who had
 * left, no agency named) are shown after the save, which they did not stop.
 */
export function ActivityForm({ opened, onClose, kinds, volunteers, activity }: ActivityFormProps) {
  const create = useCallMutation('activity-create');
  const update = useCallMutation('activity-update');
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: blank(volunteers),
    validate: schemaResolver(activityInput.omit({ volunteerId: true, kindId: true, outcome: true }), { sync: true }),
  });

  useEffect(() => {
    if (!opened) return;
    form.setValues(
      activity
        ? { ...activity, volunteerId: String(activity.volunteerId), kindId: String(activity.kindId), outcome: activity.outcome }
        : blank(volunteers),
    );
    form.resetDirty();
    // Only when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);

  const kind = kinds.find((k) => String(k.id) === form.values.kindId);
  const offered = kinds.filter((k) => k.active || k.id === activity?.kindId);
  const submit = submitForm(form, async (v) => {
    if (!v.volunteerId || !v.kindId) {
      form.setErrors({ ...(v.volunteerId ? {} : { volunteerId: 'กรุณาเลือกอาสาสมัคร' }), ...(v.kindId ? {} : { kindId: 'กรุณาเลือกประเภทกิจกรรม' }) });
      return;
    }
    const input = { ...v, volunteerId: Number(v.volunteerId), kindId: Number(v.kindId), outcome: kind?.isReferral ? ((v.outcome as Activity['outcome']) ?? null) : null };
    const saved = activity ? await update.mutateAsync({ ...input, id: activity.id }) : await create.mutateAsync(input);
    notifySuccess(activity ? 'บันทึกการแก้ไขกิจกรรมแล้ว' : 'บันทึกกิจกรรมแล้ว');
    showWarnings(saved.warnings);
    onClose();
  });

  return (
    <FormModal opened={opened} onClose={onClose} title={activity ? 'แก้ไขรายละเอียดกิจกรรม' : 'บันทึกรายละเอียดกิจกรรม'} size="lg" centered onSubmit={submit} saving={create.isPending || update.isPending}>
      <SimpleGrid cols={2}>
        <Select
          label="อาสาสมัคร"
          withAsterisk
          searchable
          data-autofocus
          data={volunteers.map((v) => ({ value: String(v.id), label: v.name }))}
          disabled={volunteers.length === 1}
          {...form.getInputProps('volunteerId')}
        />
        <Select label="ประเภทกิจกรรม" withAsterisk data={offered.map((k) => ({ value: String(k.id), label: k.name }))} allowDeselect={false} {...form.getInputProps('kindId')} />
        <ThaiDateInput label="วันที่" withAsterisk value={form.values.date} onChange={(iso) => form.setFieldValue('date', iso ?? '')} error={form.errors.date} />
        <NumberField label="จำนวนผู้ได้รับประโยชน์ (คน)" {...form.getInputProps('people')} />
      </SimpleGrid>
      <TextInput label="สถานที่" placeholder="เช่น ศาลาประชาคมหมู่ 3" {...form.getInputProps('place')} />
      {kind?.isReferral && (
        <SimpleGrid cols={2}>
          <Autocomplete label="หน่วยงานที่ส่งต่อ" placeholder="พิมพ์หรือเลือก" data={[...REFERRAL_AGENCIES]} {...form.getInputProps('agency')} />
          <Select
            label="ผลการส่งต่อ"
            placeholder="ยังไม่ทราบผล"
            data={ACTIVITY_OUTCOMES.map((o) => ({ value: o, label: ACTIVITY_OUTCOME_LABELS[o] }))}
            {...form.getInputProps('outcome')}
          />
        </SimpleGrid>
      )}
      <Textarea label="รายละเอียด" autosize minRows={2} {...form.getInputProps('notes')} />
      {kind && !kind.active && <Alert color="yellow">ประเภทนี้เลิกใช้แล้ว แก้ไขรายการเดิมได้ แต่บันทึกรายการใหม่ไม่ได้</Alert>}
    </FormModal>
  );
}
