import { useState } from 'react';
import { Anchor, Badge, Button, Group, Loader, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { COUNT_LABELS, SEMINAR_KIND_LABELS, SEMINAR_STATUSES, SEMINAR_STATUS_LABELS, type SeminarStatus } from '@shared/schemas/seminar';
import { fiscalYearOf, todayIso } from '@shared/thai';
import { useCall } from '../../api/hooks';
import { STATUS_COLORS, dateRange } from './labels';

/** Fiscal years offered in the filter: this one and the five before and one after. */
function fiscalYears(): string[] {
  const now = fiscalYearOf(todayIso());
  return Array.from({ length: 7 }, (_, i) => String(now + 1 - i));
}

export function SeminarsPage() {
  const navigate = useNavigate();
  const [fy, setFy] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const list = useCall('seminar-list', { fiscalYear: fy ? Number(fy) : undefined, status: (status as SeminarStatus) ?? undefined, query });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>โครงการและการสัมมนา</Title>
        <Group>
          <Button variant="subtle" component={Link} to="/seminars/contacts">ทะเบียนรายชื่อบุคคล</Button>
          <Button variant="subtle" component={Link} to="/seminars/rates">อัตราค่าใช้จ่าย</Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/seminars/new')}>สร้างโครงการ</Button>
        </Group>
      </Group>
      <Group>
        <TextInput leftSection={<IconSearch size={16} />} placeholder="ค้นหาชื่อโครงการหรือสถานที่" value={query} onChange={(e) => setQuery(e.currentTarget.value)} w={320} aria-label="ค้นหาโครงการ" />
        <Select label="ปีงบประมาณ" placeholder="ทุกปี" data={fiscalYears()} value={fy} onChange={setFy} clearable w={140} />
        <Select
          label="สถานะ"
          placeholder="ทุกสถานะ"
          data={SEMINAR_STATUSES.map((s) => ({ value: s, label: SEMINAR_STATUS_LABELS[s] }))}
          value={status}
          onChange={setStatus}
          clearable
          w={180}
        />
      </Group>
      {list.isPending ? (
        <Loader />
      ) : !list.data?.length ? (
        <Text c="dimmed">ยังไม่มีโครงการตามเงื่อนไขนี้</Text>
      ) : (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>ชื่อโครงการ</Table.Th>
              <Table.Th>วันที่จัด</Table.Th>
              <Table.Th>ปีงบประมาณ</Table.Th>
              <Table.Th>สถานที่</Table.Th>
              <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>{COUNT_LABELS.planned}</Table.Th>
              <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>{COUNT_LABELS.registered}</Table.Th>
              <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>{COUNT_LABELS.attended}</Table.Th>
              <Table.Th>สถานะ</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/seminars/${s.id}`}>{s.title}</Anchor>
                  <Text size="xs" c="dimmed">{SEMINAR_KIND_LABELS[s.kind]}</Text>
                </Table.Td>
                <Table.Td>{dateRange(s.firstDate, s.lastDate)}</Table.Td>
                <Table.Td>{s.fiscalYear}</Table.Td>
                <Table.Td>{s.venuePlace}</Table.Td>
                <Table.Td ta="right">{s.planned}</Table.Td>
                <Table.Td ta="right">{s.registered}</Table.Td>
                <Table.Td ta="right">{s.attended}</Table.Td>
                <Table.Td><Badge color={STATUS_COLORS[s.status]} variant="light">{SEMINAR_STATUS_LABELS[s.status]}</Badge></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
