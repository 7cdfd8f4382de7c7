import { useState } from 'react';
import { ActionIcon, Anchor, Autocomplete, Button, Checkbox, Group, Modal, Stack, Table, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconFileExport } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { HeldInBackup } from '@shared/api/backup';
import { contactInput, provinceAgencies, type ContactInput } from '@shared/schemas/contact';
import { formatPhone, maskNationalId } from '@shared/thai';
import { call } from '../../api/client';
import { saveFile } from '../../api/job';
import { useCall, useCallMutation } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { WholeWords } from '../../components/WholeWords';
import { submitForm } from '../../components/formSave';
import { ContactBulkGrid } from './ContactBulkGrid';
import { RemoveIcon } from '../../components/RecordList';
import { StillInBackups } from '../../components/StillInBackups';

/** Officials, guests and speakers kept for reuse across seminars. */
export function ContactsPage() {
  const [query, setQuery] = useState('');
  const contacts = useCall('contact-search', { query, limit: 500 });
  const settings = useCall('settings-get', {});
  const save = useCallMutation('contact-save', ['contact-search']);
  const remove = useCallMutation('contact-delete', ['contact-search']);
  const empty: ContactInput = { name: '', position: '', agency: '', phone: '', isGovernment: true, notes: '', nationalId: '', address: '' };
  const form = useForm<ContactInput>({ mode: 'controlled', initialValues: empty, validate: schemaResolver(contactInput, { sync: true }) });
  const add = submitForm(form, async (v) => {
    await save.mutateAsync(v);
    form.setValues(empty);
    notifySuccess(`เพิ่ม ${v.name} แล้ว`);
  });

  // A deleted contact is erased for good (PDPA); older backups that still hold it are named, as for a volunteer.
  const [held, setHeld] = useState<HeldInBackup[] | null>(null);
  const deleted = (r: { heldInBackups: HeldInBackup[] }) => {
    notifySuccess('ลบรายชื่อและข้อมูลส่วนบุคคลแล้ว');
    if (r.heldInBackups.length) setHeld(r.heldInBackups);
  };

  return (
    <Stack>
      <Modal opened={held !== null} onClose={() => setHeld(null)} title="ลบรายชื่อและข้อมูลส่วนบุคคลแล้ว">
        {held && <StillInBackups backups={held} onClose={() => setHeld(null)} />}
      </Modal>
      <Anchor component={Link} to="/seminars" size="sm">← รายการโครงการ</Anchor>
      <Title order={2}>ทะเบียนรายชื่อเจ้าหน้าที่ แขก และวิทยากร</Title>
      <form onSubmit={add} noValidate>
        <Group align="flex-start">
          <TextInput label="ชื่อ-นามสกุล" {...form.getInputProps('name')} />
          <TextInput label="ตำแหน่ง" {...form.getInputProps('position')} />
          <Autocomplete label="หน่วยงาน" w={320} data={provinceAgencies(settings.data?.province ?? '')} {...form.getInputProps('agency')} />
          <TextInput label="โทรศัพท์" w={140} {...form.getInputProps('phone')} />
          <Checkbox label="บุคลากรของรัฐ" mt={32} {...form.getInputProps('isGovernment', { type: 'checkbox' })} />
          <TextInput label="เลขประจำตัวประชาชน" description="13 หลัก สำหรับใบสำคัญรับเงินวิทยากร" w={200} {...form.getInputProps('nationalId')} />
          <TextInput label="ที่อยู่" description="สำหรับใบสำคัญรับเงินวิทยากร" w={420} {...form.getInputProps('address')} />
          <Button type="submit" mt={25} loading={save.isPending}>เพิ่มรายชื่อ</Button>
        </Group>
      </form>
      <ContactBulkGrid />
      <TextInput placeholder="ค้นหาชื่อ ตำแหน่ง หรือหน่วยงาน" aria-label="ค้นหารายชื่อ" value={query} onChange={(e) => setQuery(e.currentTarget.value)} w={360} />
      <Table striped>
        <Table.Thead>
          <Table.Tr><Table.Th>ชื่อ-นามสกุล</Table.Th><Table.Th>ตำแหน่ง</Table.Th><Table.Th>หน่วยงาน</Table.Th><Table.Th>โทรศัพท์</Table.Th><Table.Th>เลขประจำตัวประชาชน</Table.Th><Table.Th>ที่อยู่</Table.Th><Table.Th /></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contacts.data?.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td><WholeWords text={c.name} /></Table.Td>
              <Table.Td>{c.position}</Table.Td>
              <Table.Td>{c.agency}</Table.Td>
              <Table.Td>{formatPhone(c.phone)}</Table.Td>
              {/* Masked on screen as in the register; the PDPA export gives it whole. */}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.nationalId ? maskNationalId(c.nationalId) : ''}</Table.Td>
              <Table.Td><WholeWords text={c.address} /></Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon variant="subtle" aria-label={`ส่งออกข้อมูลส่วนบุคคลของ ${c.name} (PDPA)`} title="ส่งออกข้อมูลส่วนบุคคล (PDPA)" onClick={() => call('contact-export', { id: c.id }).then(saveFile).catch(notifyError)}><IconFileExport size={16} /></ActionIcon>
                  <RemoveIcon label={`ลบ ${c.name}`} title="ลบรายชื่อและข้อมูลส่วนบุคคล" onClick={() => remove.mutateAsync({ id: c.id }).then(deleted, notifyError)} />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
