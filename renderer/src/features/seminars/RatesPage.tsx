import { useState } from 'react';
import { ActionIcon, Anchor, Button, Group, NumberInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { RATE_ITEMS, RATE_ITEM_LABELS, TRAINING_TYPES, TRAINING_TYPE_LABELS, type RateItem, type TrainingType } from '@shared/schemas/rate';
import { formatBaht, formatThaiDateShort } from '@shared/thai';
import { useCall, useCallMutation } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { ThaiDateInput } from '../../components/ThaiDateInput';

/**
 * Ceiling rates with the date each takes effect. A revision (such as the one of 31 October 2568)
 * is added as new rows; older seminars keep the rates of their own dates.
 */
export function RatesPage() {
  const rates = useCall('rate-list', {});
  const save = useCallMutation('rate-save', ['rate-list']);
  const remove = useCallMutation('rate-delete', ['rate-list']);
  const [v, setV] = useState({ item: 'snack_gov' as RateItem, trainingType: 'outsider' as TrainingType, effectiveFrom: '', amount: null as number | null, note: '' });

  const add = () =>
    save.mutateAsync({ ...v, amount: v.amount ?? 0 }).then(() => notifySuccess('บันทึกอัตราแล้ว'), notifyError);

  return (
    <Stack>
      <Anchor component={Link} to="/seminars" size="sm">← รายการโครงการ</Anchor>
      <Title order={2}>อัตราค่าใช้จ่ายในการฝึกอบรม</Title>
      <Text c="dimmed">อัตราสูงสุดตามระเบียบกระทรวงการคลัง ใช้อัตราที่มีผล ณ วันจัดโครงการ เมื่อมีการปรับอัตราให้เพิ่มรายการพร้อมวันที่มีผล</Text>
      <Group align="flex-end">
        <Select label="รายการ" w={320} data={RATE_ITEMS.map((r) => ({ value: r, label: RATE_ITEM_LABELS[r].label }))} value={v.item} allowDeselect={false} onChange={(x) => setV({ ...v, item: x as RateItem })} />
        <Select label="ประเภท" w={150} data={TRAINING_TYPES.map((t) => ({ value: t, label: TRAINING_TYPE_LABELS[t] }))} value={v.trainingType} allowDeselect={false} onChange={(x) => setV({ ...v, trainingType: x as TrainingType })} />
        <ThaiDateInput label="มีผลตั้งแต่" value={v.effectiveFrom || null} onChange={(d) => setV({ ...v, effectiveFrom: d ?? '' })} w={200} />
        <NumberInput label="อัตรา (บาท)" w={120} min={0} value={v.amount ?? ''} onChange={(a) => setV({ ...v, amount: typeof a === 'number' ? a : null })} />
        <TextInput label="ที่มา/หมายเหตุ" value={v.note} onChange={(e) => setV({ ...v, note: e.currentTarget.value })} />
        <Button onClick={add} loading={save.isPending}>เพิ่มอัตรา</Button>
      </Group>
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
              <Table.Td><ActionIcon variant="subtle" color="red" aria-label="ลบอัตรา" onClick={() => remove.mutateAsync({ id: r.id }).catch(notifyError)}><IconTrash size={16} /></ActionIcon></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
