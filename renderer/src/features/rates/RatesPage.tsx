import { Anchor, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { Link } from 'react-router';
import { RATE_ITEMS, RATE_ITEM_LABELS, TRAINING_TYPES, TRAINING_TYPE_LABELS, rateInput, type RateInput } from '@shared/schemas/rate';
import { formatBaht, formatThaiDateShort } from '@shared/thai';
import { useCall, useCallMutation } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { submitForm } from '../../components/formSave';
import { ThaiDateInput } from '../../components/ThaiDateInput';
import { NumberField } from '../../components/NumberField';
import { RemoveIcon } from '../../components/RecordList';

/** The rate form's values: the amount box is empty until typed. */
type RateValues = Omit<RateInput, 'amount'> & { amount: number | '' };

/**
 * Ceiling rates with the date each takes effect. A revision (such as the one of 31 October 2568)
 * is added as new rows; older seminars keep the rates of their own dates.
 */
export function RatesPage() {
  const rates = useCall('rate-list', {});
  const save = useCallMutation('rate-save', ['rate-list']);
  const remove = useCallMutation('rate-delete', ['rate-list']);
  const form = useForm<RateValues>({
    mode: 'controlled',
    initialValues: { item: 'snack_gov', trainingType: 'outsider', effectiveFrom: '', amount: '', note: '' },
    validate: schemaResolver(rateInput, { sync: true }),
  });
  const add = submitForm(form, async (v) => {
    await save.mutateAsync({ ...v, amount: Number(v.amount) });
    notifySuccess('บันทึกอัตราแล้ว');
  });

  return (
    <Stack>
      <Anchor component={Link} to="/seminars" size="sm">← รายการโครงการ</Anchor>
      <Title order={2}>อัตราค่าใช้จ่ายในการฝึกอบรม</Title>
      <Text c="dimmed">อัตราสูงสุดตามระเบียบกระทรวงการคลัง ใช้อัตราที่มีผล ณ วันจัดโครงการ เมื่อมีการปรับอัตราให้เพิ่มรายการพร้อมวันที่มีผล</Text>
      <form onSubmit={add} noValidate>
        <Group align="flex-start">
          <Select label="รายการ" w={320} data={RATE_ITEMS.map((r) => ({ value: r, label: RATE_ITEM_LABELS[r].label }))} allowDeselect={false} {...form.getInputProps('item')} />
          <Select label="ประเภท" w={150} data={TRAINING_TYPES.map((t) => ({ value: t, label: TRAINING_TYPE_LABELS[t] }))} allowDeselect={false} {...form.getInputProps('trainingType')} />
          <ThaiDateInput label="มีผลตั้งแต่" w={200} value={form.values.effectiveFrom || null} onChange={(d) => form.setFieldValue('effectiveFrom', d ?? '')} error={form.errors.effectiveFrom} />
          <NumberField label="อัตรา (บาท)" w={120} {...form.getInputProps('amount')} />
          <TextInput label="ที่มา/หมายเหตุ" {...form.getInputProps('note')} />
          <Button type="submit" mt={25} loading={save.isPending}>เพิ่มอัตรา</Button>
        </Group>
      </form>
      <Table striped>
        <Table.Thead>
          <Table.Tr><Table.Th>รายการ</Table.Th><Table.Th>ประเภท</Table.Th><Table.Th>มีผลตั้งแต่</Table.Th><Table.Th ta="right">อัตรา</Table.Th><Table.Th>หน่วย</Table.Th><Table.Th>ที่มา</Table.Th><Table.Th /></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rates.data?.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{RATE_ITEM_LABELS[r.item].label}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{TRAINING_TYPE_LABELS[r.trainingType]}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatThaiDateShort(r.effectiveFrom)}</Table.Td>
              <Table.Td ta="right">{formatBaht(r.amount)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{RATE_ITEM_LABELS[r.item].unit}</Table.Td>
              <Table.Td><Text size="xs" c="dimmed">{r.note}</Text></Table.Td>
              <Table.Td><RemoveIcon label="ลบอัตรา" onClick={() => remove.mutateAsync({ id: r.id }).catch(notifyError)} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
