import { useEffect, useState } from 'react';
import { ActionIcon, Alert, Anchor, Button, Checkbox, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { OFFICE_ACTIVITY_KIND_ID, type ActivityKind } from '@shared/schemas/activity';
import { ApiError } from '../../api/client';
import { useCall, useCallMutation } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { useLeaveGuard } from '../../components/LeaveGuard';
import { RemoveIcon } from '../../components/RecordList';
import { WholeWords } from '../../components/WholeWords';

type Draft = Pick<ActivityKind, 'name' | 'isReferral' | 'active'> & { id?: number; used: number };

/**
 * The office's own list of activity kinds (DOMAIN.md: the ministry's form was not found, so the
 * kinds are a setting). Order is the grid's and the reports' column order. A kind with records
 * can be retired, not removed, so old records keep their kind.
 */
export function ActivityKindsPage() {
  const current = useCall('activity-kinds-get', {});
  const save = useCallMutation('activity-kinds-save');
  const [kinds, setKinds] = useState<Draft[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [dirty, setDirty] = useState(false);
  const guard = useLeaveGuard(dirty);

  useEffect(() => {
    if (current.data) {
      setKinds(current.data);
      setDirty(false);
    }
  }, [current.data]);

  if (current.isPending) return <Loader />;
  if (current.error) return <Alert color="red">{current.error.message}</Alert>;

  const edit = (next: Draft[]) => {
    setKinds(next);
    setDirty(true);
  };
  const set = (i: number, patch: Partial<Draft>) => edit(kinds.map((k, j) => (j === i ? { ...k, ...patch } : k)));
  const move = (i: number, by: number) => {
    const next = [...kinds];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    edit(next);
  };

  const submit = async () => {
    try {
      await save.mutateAsync({ kinds: kinds.map(({ id, name, isReferral, active }) => ({ id, name, isReferral, active })) });
      setErrors({});
      setDirty(false);
      notifySuccess('บันทึกประเภทกิจกรรมแล้ว');
    } catch (e) {
      if (e instanceof ApiError && e.error.fields) setErrors(e.error.fields);
      notifyError(e);
    }
  };

  return (
    <Stack maw={880}>
      {guard.prompt}
      <Stack gap={0}>
        <Anchor component={Link} to="/activities" size="sm">← บันทึกผลงานรายเดือน</Anchor>
        <Title order={2}>ประเภทกิจกรรมของอาสาสมัคร</Title>
        <Text c="dimmed" size="sm">ลำดับในตารางนี้คือลำดับคอลัมน์ในตารางบันทึกผลงานและในรายงาน ประเภทที่มีรายการบันทึกแล้วลบไม่ได้ ให้เลิกใช้แทน</Text>
      </Stack>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>ชื่อประเภท</Table.Th>
            <Table.Th><WholeWords text="ชี้เป้า/ส่งต่อ (ระบุหน่วยงาน)" /></Table.Th>
            <Table.Th><WholeWords text="ใช้งาน" /></Table.Th>
            <Table.Th><WholeWords text="รายการที่บันทึก" /></Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {kinds.map((k, i) => (
            <Table.Tr key={k.id ?? `new-${i}`}>
              <Table.Td>
                <TextInput aria-label={`ชื่อประเภทที่ ${i + 1}`} value={k.name} error={errors[`kinds.${i}.name`]} onChange={(e) => set(i, { name: e.currentTarget.value })} />
                {k.id === OFFICE_ACTIVITY_KIND_ID && (
                  <Text size="xs" c="dimmed" mt={4} data-testid="office-activity-kind">รายงานนับวันที่อาสาสมัครมาร่วมกิจกรรมของสำนักงาน (โครงการประเภทกิจกรรมจิตอาสา) ไว้ในประเภทนี้ด้วย</Text>
                )}
              </Table.Td>
              <Table.Td><Checkbox aria-label={`ประเภทที่ ${i + 1} เป็นการส่งต่อ`} checked={k.isReferral} onChange={(e) => set(i, { isReferral: e.currentTarget.checked })} /></Table.Td>
              <Table.Td><Checkbox aria-label={`ใช้ประเภทที่ ${i + 1}`} checked={k.active} onChange={(e) => set(i, { active: e.currentTarget.checked })} /></Table.Td>
              <Table.Td>{k.used.toLocaleString('th-TH')}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon variant="subtle" aria-label="เลื่อนขึ้น" disabled={i === 0} onClick={() => move(i, -1)}><IconArrowUp size={16} /></ActionIcon>
                  <ActionIcon variant="subtle" aria-label="เลื่อนลง" disabled={i === kinds.length - 1} onClick={() => move(i, 1)}><IconArrowDown size={16} /></ActionIcon>
                  <RemoveIcon label="ลบประเภทนี้" disabled={k.used > 0} title={k.used > 0 ? 'มีรายการบันทึกแล้ว ให้เลิกใช้แทน' : undefined} onClick={() => edit(kinds.filter((_, j) => j !== i))} />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {errors.kinds && <Alert color="red">{errors.kinds}</Alert>}
      <Group justify="space-between">
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => edit([...kinds, { name: '', isReferral: false, active: true, used: 0 }])}>เพิ่มประเภท</Button>
        <Button onClick={() => void submit()} loading={save.isPending} disabled={!dirty}>บันทึก</Button>
      </Group>
    </Stack>
  );
}
