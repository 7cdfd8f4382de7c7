import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { Link, useParams } from 'react-router';
import { ORDER_KIND_LABELS } from '@shared/api/orders';
import { formatThaiDateLong } from '@shared/thai';
import { useCall } from '../../api/hooks';
import { CardPrintButton } from '../cards/CardPrintButton';
import { CancelOrderModal } from './CancelOrderModal';
import { OrderDocumentButtons } from './OrderDocumentButtons';

/** `/orders/:id`: one order, its people by district, and its printing. */
export function OrderPage() {
  const id = Number(useParams().id);
  const order = useCall('order-get', { id });
  const [cancelling, setCancelling] = useState(false);
  if (order.isPending) return <Loader />;
  if (!order.data) return <Text c="red">{order.error?.error.message ?? 'ไม่พบคำสั่งนี้'}</Text>;
  const o = order.data;
  return (
    <Stack>
      <Anchor component={Link} to="/orders" size="sm">← คำสั่งแต่งตั้งทั้งหมด</Anchor>
      <Stack gap={0}>
        <Group gap="sm">
          <Title order={2}>คำสั่งที่ {o.orderNo} เรื่อง แต่งตั้งอาสาสมัครแรงงาน</Title>
          {o.cancelledOn && <Badge color="red" size="lg">ยกเลิกแล้ว</Badge>}
        </Group>
        <Text c="dimmed">
          {ORDER_KIND_LABELS[o.kind]} · สั่ง ณ วันที่ {formatThaiDateLong(o.orderDate)} · วาระ {formatThaiDateLong(o.termStart)} ถึง {formatThaiDateLong(o.termEnd)}
        </Text>
      </Stack>
      {/* One row of buttons under the heading, from the page's left edge: set beside the heading at
          the right, a narrow window wrapped them into a second row indented to the right. */}
      <Group data-testid="order-actions">
        <OrderDocumentButtons id={o.id} cancelled={!!o.cancelledOn} />
        {!o.cancelledOn && (
          <>
            <CardPrintButton volunteerIds={o.members.map((m) => m.volunteerId)} label={`พิมพ์บัตรประจำตัว (${o.members.length} ใบ)`} />
            <Button variant="subtle" color="red" onClick={() => setCancelling(true)}>ยกเลิกคำสั่ง</Button>
          </>
        )}
      </Group>
      {o.cancelledOn && (
        <Alert color="red" title={`คำสั่งนี้ถูกยกเลิกแล้ว ตั้งแต่วันที่ ${formatThaiDateLong(o.cancelledOn)}`}>
          เหตุผล: {o.cancelReason} — วาระที่คำสั่งนี้แต่งตั้งถูกลบแล้ว รายชื่อด้านล่างคือรายชื่อตามที่ออกคำสั่ง พิมพ์ได้เฉพาะ PDF ที่มีตรา "ยกเลิก"
        </Alert>
      )}
      {cancelling && <CancelOrderModal order={o} opened onClose={() => setCancelling(false)} />}
      <Card withBorder padding="sm">
        <Text size="sm">ผู้ลงนาม: {o.signerName || 'ยังไม่ได้ระบุ (ตั้งค่าหัวหน้าสำนักงานในหน้าตั้งค่า)'} {o.signerPosition}</Text>
        <Text size="sm">อาศัยอำนาจตาม: {o.legalBasis}</Text>
      </Card>
      <Text fw={700} data-testid="order-people">อาสาสมัครตามคำสั่ง {o.people} คน</Text>
      <Text size="sm" c="dimmed">ชื่อ พื้นที่ และระดับตามที่พิมพ์ในคำสั่งเมื่อออกคำสั่ง (หากแก้ไขในทะเบียนภายหลัง คำสั่งยังคงเดิม)</Text>
      <DataTable
        withTableBorder
        striped
        records={o.members.map((m, i) => ({ ...m, n: i + 1 }))}
        idAccessor="volunteerId"
        columns={[
          { accessor: 'n', title: 'ลำดับ', textAlign: 'right', width: 70 },
          { accessor: 'name', title: 'ชื่อ - สกุล', render: (m) => <Anchor component={Link} to={`/volunteers/${m.volunteerId}`}>{m.name}</Anchor> },
          { accessor: 'areaDistrict', title: 'อำเภอ' },
          { accessor: 'areaSubdistrict', title: 'ตำบล/แขวง' },
          { accessor: 'level', title: 'ระดับ' },
        ]}
      />
    </Stack>
  );
}
