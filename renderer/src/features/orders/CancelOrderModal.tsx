import { Alert, Text, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { orderCancelInput, type OrderDetail } from '@shared/api/orders';
import { todayIso } from '@shared/thai';
import type { z } from 'zod';
import { useCallMutation } from '../../api/hooks';
import { notifySuccess } from '../../app/notify';
import { FormModal } from '../../components/FormModal';
import { submitForm } from '../../components/formSave';
import { ThaiDateInput } from '../../components/ThaiDateInput';

interface Props {
  order: OrderDetail;
  opened: boolean;
  onClose(): void;
}

/** ยกเลิกคำสั่ง with the date and reason; the clerk is told first what it undoes. */
export function CancelOrderModal({ order, opened, onClose }: Props) {
  const cancel = useCallMutation('order-cancel');
  const form = useForm<z.input<typeof orderCancelInput>>({
    mode: 'controlled',
    initialValues: { id: order.id, reason: '', cancelledOn: todayIso() },
    validate: schemaResolver(orderCancelInput, { sync: true }),
  });
  const submit = submitForm(form, async (values) => {
    await cancel.mutateAsync(values);
    notifySuccess(`ยกเลิกคำสั่งที่ ${order.orderNo} แล้ว`);
    onClose();
  });
  return (
    <FormModal opened={opened} onClose={onClose} title={`ยกเลิกคำสั่งที่ ${order.orderNo}`} size="lg" onSubmit={submit} saving={cancel.isPending} saveLabel="ยืนยันยกเลิกคำสั่ง" cancelLabel="ไม่ยกเลิก" danger>
      <Alert color="red" title="สิ่งที่จะเกิดขึ้น">
        <Text size="sm">
          วาระที่คำสั่งนี้แต่งตั้งให้อาสาสมัคร {order.people.toLocaleString('th-TH')} คนจะถูกลบ แต่ละคนกลับไปใช้วาระก่อนหน้า
          ผู้ที่คำสั่งนี้ทำให้กลับมาปฏิบัติหน้าที่จะกลับเป็น "ครบวาระ" คำสั่งยังอยู่ในรายการโดยมีสถานะ "ยกเลิกแล้ว" และพิมพ์ได้เฉพาะฉบับที่มีตรา "ยกเลิก"
          ทำย้อนกลับไม่ได้ หากต้องการแต่งตั้งอีกครั้งให้ออกคำสั่งใหม่
        </Text>
      </Alert>
      <ThaiDateInput label="ยกเลิกตั้งแต่วันที่" withAsterisk value={form.values.cancelledOn} onChange={(v) => form.setFieldValue('cancelledOn', v ?? '')} error={form.errors.cancelledOn} />
      <Textarea label="เหตุผลที่ยกเลิก" withAsterisk autosize minRows={2} data-autofocus placeholder="เช่น ออกคำสั่งซ้ำ ระบุวาระผิด" {...form.getInputProps('reason')} />
    </FormModal>
  );
}
