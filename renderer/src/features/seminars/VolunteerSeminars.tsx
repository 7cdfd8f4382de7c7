import { Anchor, Badge, Loader, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { SEMINAR_STATUS_LABELS } from '@shared/schemas/seminar';
import { formatThaiDateShort } from '@shared/thai';
import { useCall } from '../../api/hooks';
import { WholeWords, WordsKept } from '../../components/WholeWords';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** The seminars one volunteer took part in; the volunteer's detail page shows it. */
export function VolunteerSeminars({ volunteerId }: { volunteerId: number }) {
  const list = useCall('volunteer-seminars', { volunteerId });
  if (list.isPending) return <Loader size="sm" />;
  if (!list.data?.length) return <Text c="dimmed">ยังไม่เคยมีชื่อในโครงการหรือการสัมมนา</Text>;
  return (
    <Table data-testid="volunteer-seminars">
      <Table.Thead>
        {/* One-word headers stay whole beside the long title column (a 1093 px window drew การเข้า|ร่วม). */}
        <Table.Tr><Table.Th style={NOWRAP}>วันที่</Table.Th><Table.Th>โครงการ</Table.Th><Table.Th>กลุ่ม</Table.Th><Table.Th style={NOWRAP}>ปีงบประมาณ</Table.Th><Table.Th style={NOWRAP}>การเข้าร่วม</Table.Th><Table.Th>เลขที่วุฒิบัตร/ เกียรติบัตร</Table.Th></Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {list.data.map((s) => (
          <Table.Tr key={s.seminarId}>
            {/* A date is read at a glance: 13 มี.ค. 2563 on one line, not its year under it. */}
            <Table.Td style={NOWRAP}>{formatThaiDateShort(s.firstDate)}</Table.Td>
            <Table.Td><Anchor component={Link} to={`/seminars/${s.seminarId}`}><WordsKept text={s.title} /></Anchor></Table.Td>
            {/* A group's name is read as a name: a 1093 px window split อาสา|สมัคร|แรงงาน. */}
            <Table.Td><WholeWords text={s.groupName} /></Table.Td>
            <Table.Td>{s.fiscalYear}</Table.Td>
            <Table.Td>
              {s.status === 'cancelled' ? <Badge color="gray">{SEMINAR_STATUS_LABELS.cancelled}</Badge> : s.attended ? <Badge color="green">เข้าร่วม</Badge> : <Badge color="orange">ไม่ได้ลงชื่อ</Badge>}
            </Table.Td>
            <Table.Td style={NOWRAP}>{s.certificateNo ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
