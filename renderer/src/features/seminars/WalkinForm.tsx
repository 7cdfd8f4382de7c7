import { Button, Card, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { addWalkinInput, type AttendanceBoard } from '@shared/schemas/seminar';
import { call } from '../../api/client';
import { submitForm } from '../../components/formSave';

interface Props {
  seminarId: number;
  sessionId: number;
  groups: AttendanceBoard['groups'];
  initialName: string;
  /** The name added, or null when cancelled. */
  onDone(name: string | null): void;
}

/** What the clerk types at the desk; the seminar, session and group id are added on saving. */
const walkinFields = addWalkinInput.pick({ name: true, position: true, agency: true });

/**
 * Someone not on the list, added and checked in at the desk; Enter saves (the form's submit), Esc
 * cancels. Saved through submitForm like every form: a missing name is shown at its field.
 */
export function WalkinForm({ seminarId, sessionId, groups, initialName, onDone }: Props) {
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: initialName, position: '', agency: '', groupId: String(groups.at(-1)?.groupId ?? '') },
    validate: schemaResolver(walkinFields, { sync: true }),
  });
  const submit = submitForm(form, async ({ name, position, agency, groupId }) => {
    await call('participant-add-walkin', { seminarId, groupId: Number(groupId), name, position, agency, phone: '', checkInSessionId: sessionId });
    onDone(name.trim());
  });
  // With the group list open, Enter and Esc belong to the list: Enter picks the highlighted group
  // (saving then would file the person under the group chosen before), Esc closes the list.
  // Otherwise Enter saves from any field, the group's too (Mantine's select keeps it from
  // submitting the form by itself), and Esc cancels.
  const keys = (e: React.KeyboardEvent<HTMLFormElement>) => {
    const target = e.target as HTMLElement;
    if (target.getAttribute('aria-expanded') === 'true' || target.tagName === 'BUTTON') return;
    if (e.key === 'Enter') {
      e.preventDefault();
      e.currentTarget.requestSubmit();
    } else if (e.key === 'Escape') onDone(null);
  };

  return (
    <form onSubmit={submit} noValidate onKeyDown={keys}>
      <Card withBorder>
        <Stack gap="xs">
          <Text fw={600}>เพิ่มผู้เข้าร่วมหน้างาน</Text>
          <Group grow align="flex-start">
            <TextInput label="ชื่อ-นามสกุล" autoFocus {...form.getInputProps('name')} />
            <TextInput label="ตำแหน่ง" {...form.getInputProps('position')} />
            <TextInput label="หน่วยงาน" {...form.getInputProps('agency')} />
            <Select label="กลุ่ม" data={groups.map((g) => ({ value: String(g.groupId), label: g.name }))} allowDeselect={false} {...form.getInputProps('groupId')} />
          </Group>
          <Group>
            <Button size="xs" type="submit">บันทึกและลงชื่อ (Enter)</Button>
            <Button size="xs" variant="default" onClick={() => onDone(null)}>ยกเลิก (Esc)</Button>
          </Group>
        </Stack>
      </Card>
    </form>
  );
}
