import { Alert, Anchor, Badge, Button, Card, Group, List, Loader, Select, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { IconEdit, IconListCheck, IconClipboardCheck, IconTable } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { COUNT_LABELS, SEMINAR_KIND_LABELS, SEMINAR_STATUSES, SEMINAR_STATUS_LABELS, type SeminarDetail, type SeminarStatus } from '@shared/schemas/seminar';
import { formatThaiDateLong, formatThaiTime } from '@shared/thai';
import { useCall, useCallMutation } from '../../api/hooks';
import { notifyError } from '../../app/notify';
import { SeminarExportMenu } from '../exports/SeminarExportMenu';
import { SeminarReportsButton } from '../reports/ReportButtons';
import { BudgetPanel } from './BudgetPanel';
import { CopySeminarDialog } from './CopySeminarDialog';
import { STATUS_COLORS, dateRange } from './labels';
import { OutcomePanel } from './OutcomePanel';
import { ParticipantsPanel } from './ParticipantsPanel';
import { SummaryCard } from './SummaryCard';

function SessionsPanel({ seminar }: { seminar: SeminarDetail }) {
  const present = (sessionId: number) => seminar.attendance.filter((a) => a.sessionId === sessionId && a.status === 'present').length;
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">ลงชื่อทีละช่วงที่โต๊ะลงทะเบียน หรือหลังจบงานบันทึกจากใบลงทะเบียนที่เซ็นชื่อแล้วทุกช่วงในตารางเดียว</Text>
        <Button variant="light" component={Link} to={`/seminars/${seminar.id}/attendance`} leftSection={<IconTable size={16} />}>บันทึกจากใบลงทะเบียน</Button>
      </Group>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>วันที่</Table.Th>
            <Table.Th>เวลา</Table.Th>
            <Table.Th>หัวข้อ</Table.Th>
            <Table.Th ta="right">{COUNT_LABELS.attended} / {COUNT_LABELS.registered}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {seminar.days.flatMap((d) =>
            d.sessions.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{formatThaiDateLong(d.date)}</Table.Td>
                <Table.Td>{formatThaiTime(s.start)} – {formatThaiTime(s.end)}</Table.Td>
                <Table.Td>{s.topic}</Table.Td>
                <Table.Td ta="right">{present(s.id)}/{seminar.participants.length}</Table.Td>
                <Table.Td>
                  <Button size="xs" component={Link} to={`/seminars/${seminar.id}/checkin/${s.id}`} leftSection={<IconListCheck size={14} />}>เปิดหน้าลงชื่อ</Button>
                </Table.Td>
              </Table.Tr>
            )),
          )}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

export function SeminarPage() {
  const id = Number(useParams().id);
  const q = useCall('seminar-get', { id });
  const setStatus = useCallMutation('seminar-set-status', ['seminar-get', 'seminar-list']);
  if (q.isPending) return <Loader />;
  if (!q.data) return <Alert color="red">{q.error?.message ?? 'ไม่พบโครงการ'}</Alert>;
  const s = q.data;
  const first = s.days[0]?.date ?? '';
  const last = s.days.at(-1)?.date ?? first;

  return (
    <Stack>
      <Anchor component={Link} to="/seminars" size="sm">← รายการโครงการ</Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>{s.title}</Title>
          <Group gap="xs">
            <Badge variant="light">{SEMINAR_KIND_LABELS[s.kind]}</Badge>
            <Badge color={STATUS_COLORS[s.status]} variant="light">{SEMINAR_STATUS_LABELS[s.status]}</Badge>
            <Text c="dimmed">ปีงบประมาณ {s.fiscalYear} · {dateRange(first, last)} · {[s.venueRoom, s.venuePlace].filter(Boolean).join(' ')}</Text>
          </Group>
        </Stack>
        <Group>
          <Select
            aria-label="สถานะโครงการ"
            w={170}
            data={SEMINAR_STATUSES.map((v) => ({ value: v, label: SEMINAR_STATUS_LABELS[v] }))}
            value={s.status}
            allowDeselect={false}
            onChange={(v) => v && setStatus.mutateAsync({ id, status: v as SeminarStatus }).catch(notifyError)}
          />
          <SeminarExportMenu seminarId={id} />
          <SeminarReportsButton seminarId={id} />
          <Button variant="light" component={Link} to={`/seminars/${id}/evaluation`} leftSection={<IconClipboardCheck size={16} />}>แบบประเมิน</Button>
          <Button variant="light" component={Link} to={`/seminars/${id}/edit`} leftSection={<IconEdit size={16} />}>แก้ไขโครงการ</Button>
          <CopySeminarDialog key={s.id} seminar={s} />
        </Group>
      </Group>
      <SummaryCard summary={s.summary} />
      <Tabs defaultValue="participants" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="participants">ผู้เข้าร่วม ({s.participants.length})</Tabs.Tab>
          <Tabs.Tab value="sessions">ลงชื่อเข้าร่วม</Tabs.Tab>
          <Tabs.Tab value="budget">วิทยากรและงบประมาณ</Tabs.Tab>
          <Tabs.Tab value="plan">รายละเอียดโครงการ</Tabs.Tab>
          <Tabs.Tab value="outcome">ผลการดำเนินงาน</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="participants" pt="md"><ParticipantsPanel seminar={s} /></Tabs.Panel>
        <Tabs.Panel value="sessions" pt="md"><SessionsPanel seminar={s} /></Tabs.Panel>
        <Tabs.Panel value="budget" pt="md"><BudgetPanel seminar={s} /></Tabs.Panel>
        <Tabs.Panel value="plan" pt="md">
          <Card withBorder>
            <Stack gap="xs">
              <Text><b>ประธาน:</b> {s.chairName} {s.chairPosition}</Text>
              <Text><b>ผู้กล่าวรายงาน:</b> {s.reporterName} {s.reporterPosition}</Text>
              <Text><b>ผู้รับผิดชอบ:</b> {s.responsibleOfficer}</Text>
              <Text fw={700}>วัตถุประสงค์</Text>
              <List type="ordered">{s.objectives.map((o, i) => <List.Item key={i}>{o}</List.Item>)}</List>
              {s.notes && <Text><b>หมายเหตุ:</b> {s.notes}</Text>}
            </Stack>
          </Card>
        </Tabs.Panel>
        <Tabs.Panel value="outcome" pt="md"><OutcomePanel seminar={s} /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
