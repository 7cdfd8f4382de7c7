import { useEffect } from 'react';
import { Button, Group, Loader, Select, Stack, TagsInput, Text, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useNavigate } from 'react-router';
import { RESIDENCE_LABELS, defaultVolunteerRules, volunteerRules, type VolunteerRules } from '@shared/schemas/volunteer';
import { useCall, useCallMutation } from '../../api/hooks';
import { notifySuccess } from '../../app/notify';
import { submitForm } from '../../components/formSave';
import { NumberField } from '../../components/NumberField';

/** `/volunteers/rules`: term length, age and residence checks (warnings only) and the list of levels. */
export function VolunteerRulesPage() {
  const navigate = useNavigate();
  const current = useCall('volunteer-rules-get', {});
  const save = useCallMutation('volunteer-rules-save');
  const form = useForm<VolunteerRules>({ mode: 'controlled', initialValues: defaultVolunteerRules, validate: schemaResolver(volunteerRules, { sync: true }) });
  useEffect(() => {
    if (current.data) form.setValues(current.data);
    // Only when the stored rules arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current.data]);
  if (current.isPending) return <Loader />;

  const submit = submitForm(form, async (values) => {
    await save.mutateAsync(values);
    notifySuccess('บันทึกเกณฑ์ทะเบียนอาสาสมัครแล้ว');
    navigate('/volunteers');
  });
  const optionalNumber = (path: 'minAge' | 'maxAge') => ({
    value: form.values[path] ?? '',
    onChange: (v: string | number) => form.setFieldValue(path, v === '' ? null : Number(v)),
    error: form.errors[path],
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={640}>
        <Title order={2}>เกณฑ์ทะเบียนอาสาสมัคร</Title>
        <Text c="dimmed">เกณฑ์อายุและที่อยู่ใช้เตือนเมื่อบันทึกข้อมูลเท่านั้น ไม่ห้ามการบันทึก</Text>
        <NumberField label="วาระการดำรงตำแหน่ง (ปี)" data-autofocus {...form.getInputProps('termYears')} />
        <Group grow>
          <NumberField label="อายุขั้นต่ำ (ปี)" placeholder="ไม่กำหนด" {...optionalNumber('minAge')} />
          <NumberField label="อายุสูงสุด (ปี)" placeholder="ไม่กำหนด" {...optionalNumber('maxAge')} />
        </Group>
        <Select
          label="ที่อยู่ตามทะเบียนต้อง"
          data={Object.entries(RESIDENCE_LABELS).map(([value, label]) => ({ value, label }))}
          allowDeselect={false}
          {...form.getInputProps('residence')}
        />
        <TagsInput label="ระดับอาสาสมัคร" description="พิมพ์แล้วกด Enter เพื่อเพิ่ม" {...form.getInputProps('levels')} />
        <Group>
          <Button type="submit" loading={save.isPending}>บันทึก</Button>
          <Button variant="default" onClick={() => navigate('/volunteers')}>ยกเลิก</Button>
        </Group>
      </Stack>
    </form>
  );
}
