import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { Link } from 'react-router';
import { ORDER_KIND_LABELS } from '@shared/api/orders';
import { formatThaiDateShort } from '@shared/thai';
import { useCall } from '../../api/hooks';

/** `/orders`: the appointment orders issued, newest first. */
export function OrdersPage() {
  const orders = useCall('order-list', {});
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>คำสั่งแต่งตั้งอาสาสมัครแรงงาน</Title>
        <Group>
          <Button variant="light" component={Link} to="/orders/new?kind=renewal">
            ต่อวาระผู้ครบวาระ
          </Button>
          <Button leftSection={<IconPlus size={16} />} component={Link} to="/orders/new?kind=new">
            แต่งตั้งอาสาสมัครใหม่
          </Button>
        </Group>
      </Group>
      <DataTable
        withTableBorder
        striped
        minHeight={orders.data?.length ? undefined : 160}
        fetching={orders.isPending}
        noRecordsText="ยังไม่มีคำสั่งแต่งตั้ง กดปุ่มด้านบนเพื่อออกคำสั่ง"
        records={orders.data ?? []}
        columns={[
          { accessor: 'orderNo', title: 'ที่', render: (o) => <Anchor component={Link} to={`/orders/${o.id}`}>{o.orderNo}</Anchor> },
          { accessor: 'orderDate', title: 'ลงวันที่', render: (o) => formatThaiDateShort(o.orderDate) },
          { accessor: 'kind', title: 'ประเภท', render: (o) => ORDER_KIND_LABELS[o.kind] },
          { accessor: 'termStart', title: 'วาระ', render: (o) => `${formatThaiDateShort(o.termStart)} – ${formatThaiDateShort(o.termEnd)}` },
          { accessor: 'people', title: 'จำนวน (คน)', textAlign: 'right' },
          {
            accessor: 'cancelledOn',
            title: 'สถานะ',
            render: (o) => (o.cancelledOn ? <Badge color="red" variant="light">ยกเลิกแล้ว {formatThaiDateShort(o.cancelledOn)}</Badge> : <Badge color="green" variant="light">มีผล</Badge>),
          },
        ]}
      />
      <Text size="sm" c="dimmed">ผู้ที่ครบวาระดูได้จากหน้าทะเบียน ตัวกรอง "ครบวาระภายใน" แล้วกด "ออกคำสั่งต่อวาระ"</Text>
    </Stack>
  );
}
