import type { ReactNode } from 'react';
import { Alert, Autocomplete, Button, Fieldset, Group, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { COMMON_TITLES, SEX_LABELS, SEXES, volunteerInput, volunteerWarnings, type VolunteerInput, type VolunteerRules } from '@shared/schemas/volunteer';
import { addDays, isValidNationalId, normalizeNationalId, todayIso } from '@shared/thai';
import { useCall } from '../../api/hooks';
import { submitForm } from '../../components/formSave';
import { useLeaveGuard } from '../../components/LeaveGuard';
import { NationalIdInput } from '../../components/NationalIdInput';
import { PlacePicker } from '../../components/PlacePicker';
import { ThaiDateInput } from '../../components/ThaiDateInput';

export interface VolunteerFormProps {
  initial: VolunteerInput;
  /** The record being edited; absent for a new volunteer. */
  id?: number;
  rules: VolunteerRules;
  onSubmit(values: VolunteerInput): Promise<unknown>;
  onCancel(): void;
}

/** The first field message among several (the picker fills four fields at once). */
function firstError(errors: Record<string, ReactNode>, keys: string[]) {
  return keys.map((k) => errors[k]).find(Boolean);
}

/** Add or edit one volunteer: the same zod schema the core validates with, Thai messages beside each field. */
export function VolunteerForm({ initial, id, rules, onSubmit, onCancel }: VolunteerFormProps) {
  const form = useForm<VolunteerInput>({ mode: 'controlled', initialValues: initial, validate: schemaResolver(volunteerInput, { sync: true }) });
  const v = form.values;
  const idDigits = normalizeNationalId(v.nationalId);
  const holder = useCall('volunteer-id-holder', { nationalId: idDigits, exceptId: id }, { enabled: isValidNationalId(idDigits) });
  const holderError = holder.data && isValidNationalId(idDigits) ? `เลขประจำตัวประชาชนนี้มีอยู่แล้วในทะเบียน (${holder.data.name})` : undefined;
  const warnings = volunteerWarnings({ birthDate: v.birthDate, address: v.address, area: v.area }, rules, todayIso());
  const levels = [...new Set([...rules.levels, ...(v.level ? [v.level] : [])])];

  const guard = useLeaveGuard(form.isDirty());
  const submit = submitForm(
    form,
    async (values) => {
      guard.saving();
      await onSubmit(values);
    },
    guard.failed,
  );

  const text = (path: string, label: string, extra: object = {}) => <TextInput label={label} {...form.getInputProps(path)} {...extra} />;
  const date = (path: 'birthDate' | 'appointmentDate' | 'termStart' | 'termEnd') => ({
    value: v[path],
    onChange: (iso: string | null) => form.setFieldValue(path, iso),
    error: form.errors[path],
  });

  return (
    <form onSubmit={submit} noValidate>
      {guard.prompt}
      <Stack maw={980}>
        <Fieldset legend="ข้อมูลบุคคล">
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Autocomplete label="คำนำหน้าชื่อ" withAsterisk data={COMMON_TITLES} data-autofocus {...form.getInputProps('title')} />
              {text('firstName', 'ชื่อ', { withAsterisk: true })}
              {text('lastName', 'นามสกุล', { withAsterisk: true })}
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NationalIdInput
                label="เลขประจำตัวประชาชน"
                withAsterisk
                value={v.nationalId}
                onChange={(x) => form.setFieldValue('nationalId', x)}
                error={form.errors.nationalId ?? holderError}
              />
              {text('firstNameEn', 'ชื่อ (ภาษาอังกฤษ)')}
              {text('lastNameEn', 'นามสกุล (ภาษาอังกฤษ)')}
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <ThaiDateInput label="วันเกิด" {...date('birthDate')} />
              <Select
                label="เพศ"
                placeholder="เลือก"
                data={SEXES.map((s) => ({ value: s, label: SEX_LABELS[s] }))}
                clearable
                {...form.getInputProps('sex')}
              />
              {text('phone', 'โทรศัพท์', { placeholder: '08x-xxx-xxxx', inputMode: 'tel' })}
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {text('lineId', 'LINE ID')}
              {text('email', 'อีเมล', { type: 'email' })}
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend="ที่อยู่">
          <Stack>
            <SimpleGrid cols={{ base: 2, sm: 5 }}>
              {text('address.houseNo', 'บ้านเลขที่')}
              {text('address.moo', 'หมู่ที่')}
              {text('address.village', 'หมู่บ้าน/อาคาร')}
              {text('address.soi', 'ซอย')}
              {text('address.road', 'ถนน')}
            </SimpleGrid>
            <PlacePicker
              label="ตำบล › อำเภอ › จังหวัด › รหัสไปรษณีย์"
              value={v.address}
              onChange={(p) => form.setFieldValue('address', { ...v.address, ...p })}
              error={firstError(form.errors, ['address.subdistrict', 'address.district', 'address.province', 'address.postcode'])}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend="การศึกษาและอาชีพ">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('education', 'วุฒิการศึกษา')}
            {text('occupation', 'อาชีพ')}
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="การแต่งตั้ง">
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select label="ระดับ" placeholder="เลือกระดับ" data={levels} clearable {...form.getInputProps('level')} value={v.level || null} onChange={(x) => form.setFieldValue('level', x ?? '')} />
              <PlacePicker
                label="พื้นที่รับผิดชอบ (ตำบล › อำเภอ › จังหวัด)"
                withPostcode={false}
                value={v.area}
                onChange={(p) => form.setFieldValue('area', { subdistrict: p.subdistrict, district: p.district, province: p.province })}
                error={firstError(form.errors, ['area.subdistrict', 'area.district', 'area.province'])}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              {text('appointmentOrderNo', 'คำสั่งแต่งตั้งเลขที่', { placeholder: '123/2566' })}
              <ThaiDateInput label="ลงวันที่" {...date('appointmentDate')} />
              <ThaiDateInput
                label="วันเริ่มวาระ"
                {...date('termStart')}
                onChange={(iso) => {
                  form.setFieldValue('termStart', iso);
                  // The usual term length fills the end date; the clerk can still change it.
                  if (iso && !v.termEnd) form.setFieldValue('termEnd', addDays(`${Number(iso.slice(0, 4)) + rules.termYears}${iso.slice(4)}`, -1));
                }}
              />
              <ThaiDateInput label="วันสิ้นสุดวาระ" {...date('termEnd')} />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Textarea label="หมายเหตุ" autosize minRows={2} {...form.getInputProps('notes')} />

        {warnings.length > 0 && (
          <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="ข้อควรตรวจสอบ (บันทึกได้)">
            {warnings.map((w) => (
              <div key={w}>{w}</div>
            ))}
          </Alert>
        )}

        <Group>
          <Button type="submit" loading={form.submitting}>
            บันทึก
          </Button>
          <Button variant="default" onClick={onCancel}>
            ยกเลิก
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
