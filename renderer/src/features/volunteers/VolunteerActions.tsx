import { useState } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import type { HeldInBackup } from '@shared/api/backup';
import { statusChange, termInput, type Volunteer, type VolunteerRules, type VolunteerStatus } from '@shared/schemas/volunteer';
import { addDays, todayIso } from '@shared/thai';
import type { z } from 'zod';
import { useCallMutation } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { FormModal } from '../../components/FormModal';
import { submitForm } from '../../components/formSave';
import { ThaiDateInput } from '../../components/ThaiDateInput';
import { StillInBackups } from '../../components/StillInBackups';
import { statusOptions } from './labels';

interface ModalProps {
  volunteer: Volunteer;
  opened: boolean;
  onClose(): void;
}

/** Resigned, deceased, removed, term ended (or back on duty), with the date and reason. */
export function StatusModal({ volunteer, opened, onClose }: ModalProps) {
  const change = useCallMutation('volunteer-status-change');
  const form = useForm<z.input<typeof statusChange>>({
    mode: 'controlled',
    initialValues: { id: volunteer.id, status: volunteer.status === 'active' ? 'resigned' : 'active', date: todayIso(), reason: '' },
    validate: schemaResolver(statusChange, { sync: true }),
  });
  const submit = submitForm(form, async (values) => {
    await change.mutateAsync(values);
    notifySuccess('บันทึกการเปลี่ยนสถานะแล้ว');
    form.reset();
    onClose();
  });
  return (
    <FormModal opened={opened} onClose={onClose} title="เปลี่ยนสถานะ" onSubmit={submit} saving={change.isPending} saveLabel="บันทึกสถานะ">
      <Select
        label="สถานะใหม่"
        data={statusOptions.filter((o) => o.value !== volunteer.status)}
        {...form.getInputProps('status')}
        onChange={(v) => form.setFieldValue('status', (v ?? 'resigned') as VolunteerStatus)}
        allowDeselect={false}
        data-autofocus
      />
      <ThaiDateInput label="วันที่มีผล" withAsterisk value={form.values.date} onChange={(v) => form.setFieldValue('date', v ?? '')} error={form.errors.date} />
      <Textarea label="เหตุผล" autosize minRows={2} {...form.getInputProps('reason')} />
    </FormModal>
  );
}

/** A new appointment term (วาระ) on a new order; the history keeps the old one. */
export function TermModal({ volunteer, opened, onClose, rules }: ModalProps & { rules: VolunteerRules }) {
  const add = useCallMutation('volunteer-term-add');
  const start = volunteer.termEnd ? addDays(volunteer.termEnd, 1) : todayIso();
  const end = addDays(`${Number(start.slice(0, 4)) + rules.termYears}${start.slice(4)}`, -1);
  const form = useForm<z.input<typeof termInput>>({
    mode: 'controlled',
    initialValues: { id: volunteer.id, orderNo: '', orderDate: null, termStart: start, termEnd: end },
    validate: schemaResolver(termInput, { sync: true }),
  });
  const submit = submitForm(form, async (values) => {
    await add.mutateAsync(values);
    notifySuccess('บันทึกวาระใหม่แล้ว');
    onClose();
  });
  return (
    <FormModal opened={opened} onClose={onClose} title="แต่งตั้งวาระใหม่" onSubmit={submit} saving={add.isPending} saveLabel="บันทึกวาระ">
      <TextInput label="คำสั่งแต่งตั้งเลขที่" data-autofocus {...form.getInputProps('orderNo')} />
      <ThaiDateInput label="ลงวันที่" value={form.values.orderDate ?? null} onChange={(v) => form.setFieldValue('orderDate', v)} error={form.errors.orderDate} />
      <ThaiDateInput label="วันเริ่มวาระ" value={form.values.termStart} onChange={(v) => form.setFieldValue('termStart', v ?? '')} error={form.errors.termStart} />
      <ThaiDateInput label="วันสิ้นสุดวาระ" value={form.values.termEnd} onChange={(v) => form.setFieldValue('termEnd', v ?? '')} error={form.errors.termEnd} />
    </FormModal>
  );
}

/**
 * PDPA erase, confirmed by typing the person's first name: blanks the personal data for good and
 * keeps an anonymous row and an audit entry; then says which older backups still hold the person.
 */
export function EraseModal({ volunteer, opened, onClose }: ModalProps) {
  const erase = useCallMutation('volunteer-erase');
  const [reason, setReason] = useState('');
  const [confirm, setConfirm] = useState('');
  const [held, setHeld] = useState<HeldInBackup[] | null>(null);
  const ready = reason.trim() !== '' && confirm.trim() === volunteer.firstName;
  return (
    <Modal opened={opened} onClose={onClose} title="ลบข้อมูลส่วนบุคคล (ตามคำขอตาม PDPA)">
      {held ? (
        <StillInBackups backups={held} onClose={onClose} />
      ) : (
        <Stack>
          <Alert color="red">
            ชื่อ เลขประจำตัวประชาชน วันเกิด ที่อยู่ และข้อมูลติดต่อจะถูกลบถาวรและกู้คืนไม่ได้ ระบบจะเก็บเพียงแถวที่ไม่ระบุตัวตน
            (พื้นที่ ระดับ สถานะ วาระ) เพื่อให้จำนวนในรายงานถูกต้อง และบันทึกการลบไว้ในประวัติ
          </Alert>
          <Textarea label="เหตุผล / เลขที่คำขอ" withAsterisk autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
          <TextInput
            label={`พิมพ์ชื่อ "${volunteer.firstName}" เพื่อยืนยัน`}
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
          />
          <Text size="sm" c="dimmed">ควรส่งออกข้อมูลให้เจ้าของข้อมูลก่อนลบ หากมีการร้องขอ</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>ยกเลิก</Button>
            <Button
              color="red"
              disabled={!ready}
              loading={erase.isPending}
              onClick={async () => {
                try {
                  const result = await erase.mutateAsync({ id: volunteer.id, reason });
                  notifySuccess('ลบข้อมูลส่วนบุคคลแล้ว');
                  if (result.heldInBackups.length) setHeld(result.heldInBackups);
                  else onClose();
                } catch (e) {
                  notifyError(e);
                }
              }}
            >
              ลบข้อมูลส่วนบุคคล
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
