import { useEffect } from 'react';
import { ActionIcon, Button, Fieldset, Group, Loader, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { defaultOfficeSettings, officeSettings, type OfficeSettings } from '@shared/schemas/settings';
import { useCall, useCallMutation } from '../../api/hooks';
import { useLeaveGuard } from '../../components/LeaveGuard';
import { notifySuccess } from '../../app/notify';
import { submitForm } from '../../components/formSave';
import { SampleDataButton } from '../volunteers/SampleDataButton';
import { EmblemInput } from './EmblemInput';

export function SettingsPage() {
  const current = useCall('settings-get', {});
  const save = useCallMutation('settings-save');
  const provinces = useCall('geo-provinces', {});
  const form = useForm<OfficeSettings>({
    mode: 'controlled',
    initialValues: defaultOfficeSettings,
    validate: schemaResolver(officeSettings, { sync: true }),
  });

  useEffect(() => {
    if (current.data) {
      form.setValues(current.data);
      form.resetDirty(current.data);
    }
    // Only when the loaded settings change, not on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current.data]);

  const guard = useLeaveGuard(form.isDirty());

  if (current.isPending) return <Loader />;

  const submit = submitForm(form, async (values) => {
    await save.mutateAsync(values);
    form.resetDirty(values);
    notifySuccess('บันทึกข้อมูลหน่วยงานแล้ว');
  });

  return (
    <form onSubmit={submit} noValidate>
      {guard.prompt}
      <Stack maw={880}>
        <Group justify="space-between">
          <Title order={2}>ตั้งค่าหน่วยงาน</Title>
          <Group gap="xs">
            <Button component={Link} to="/settings/backup" variant="light">สำรองและกู้คืนข้อมูล</Button>
            <Button component={Link} to="/settings/privacy" variant="subtle">ประกาศความเป็นส่วนตัว</Button>
            <SampleDataButton />
          </Group>
        </Group>
        <Text c="dimmed">ข้อมูลนี้ใช้บนหัวเอกสาร ลายมือชื่อผู้ลงนาม และบันทึกการแก้ไขข้อมูล</Text>
        <Fieldset legend="หน่วยงาน">
          <Stack>
            <TextInput label="ชื่อหน่วยงาน" placeholder="สำนักงานแรงงานจังหวัดสงขลา" withAsterisk data-autofocus {...form.getInputProps('officeName')} />
            <SimpleGrid cols={2}>
              <Select
                label="จังหวัด"
                placeholder="พิมพ์เพื่อค้นหาจังหวัด"
                withAsterisk
                searchable
                data={provinces.data ?? []}
                nothingFoundMessage="ไม่พบจังหวัดนี้"
                {...form.getInputProps('province')}
                onChange={(v) => form.setFieldValue('province', v ?? '')}
              />
              <TextInput label="โทรศัพท์" placeholder="074-311-047" {...form.getInputProps('phone')} />
            </SimpleGrid>
            <Textarea label="ที่อยู่" autosize minRows={2} {...form.getInputProps('address')} />
            <EmblemInput value={form.values.emblem} onChange={(v) => form.setFieldValue('emblem', v)} error={form.errors.emblem} />
          </Stack>
        </Fieldset>
        <Fieldset legend="หัวหน้าหน่วยงานและผู้ลงนาม">
          <Stack>
            <SimpleGrid cols={2}>
              <TextInput label="ชื่อหัวหน้าหน่วยงาน" placeholder="นายสมชาย ใจดี" {...form.getInputProps('headName')} />
              <TextInput label="ตำแหน่ง" placeholder="แรงงานจังหวัดสงขลา" {...form.getInputProps('headPosition')} />
            </SimpleGrid>
            {form.values.signatories.map((_, i) => (
              <Group key={i} align="flex-end" wrap="nowrap">
                <TextInput style={{ flex: 1 }} label={`ผู้ลงนามคนที่ ${i + 1}`} {...form.getInputProps(`signatories.${i}.name`)} />
                <TextInput style={{ flex: 1 }} label="ตำแหน่ง" {...form.getInputProps(`signatories.${i}.position`)} />
                <ActionIcon variant="subtle" color="red" size="lg" aria-label={`ลบผู้ลงนามคนที่ ${i + 1}`} onClick={() => form.removeListItem('signatories', i)}>
                  <IconTrash size={18} />
                </ActionIcon>
              </Group>
            ))}
            <Button variant="light" w="fit-content" leftSection={<IconPlus size={16} />} onClick={() => form.insertListItem('signatories', { name: '', position: '' })}>
              เพิ่มผู้ลงนาม
            </Button>
          </Stack>
        </Fieldset>
        <Fieldset legend="ผู้ใช้งานเครื่องนี้">
          <TextInput label="ชื่อผู้ใช้งาน" description="บันทึกไว้ในประวัติการแก้ไขข้อมูลทุกครั้ง" {...form.getInputProps('operatorName')} />
        </Fieldset>
        <Group>
          <Button type="submit" loading={save.isPending}>
            บันทึก
          </Button>
          {form.isDirty() && <Text c="orange.8" size="sm">มีการแก้ไขที่ยังไม่ได้บันทึก</Text>}
        </Group>
      </Stack>
    </form>
  );
}
