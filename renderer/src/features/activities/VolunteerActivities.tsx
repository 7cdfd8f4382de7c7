import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ACTIVITY_OUTCOME_LABELS, formatYearMonth, type Activity } from '@shared/schemas/activity';
import { fiscalYearOf, formatThaiDateShort } from '@shared/thai';
import { useCall, useCallMutation } from '../../api/hooks';
import { notifyError } from '../../app/notify';
import { EditDeleteButtons, RecordCard } from '../../components/RecordList';
import { ActivityForm } from './ActivityForm';

/** A volunteer's activities on their page, by fiscal year, with the detailed form to add or correct one. */
export function VolunteerActivities({ volunteerId, name, readOnly }: { volunteerId: number; name: string; readOnly: boolean }) {
  const list = useCall('activity-list', { volunteerId });
  const kinds = useCall('activity-kinds-get', {});
  const remove = useCallMutation('activity-delete', ['activity-list', 'activity-grid-get']);
  const rows = list.data ?? [];
  const years = new Map<number, number>();
  for (const a of rows) years.set(fiscalYearOf(a.date), (years.get(fiscalYearOf(a.date)) ?? 0) + a.people);

  return (
    <RecordCard<Activity>
      title="ผลงานและกิจกรรม"
      addLabel="บันทึกกิจกรรม"
      readOnly={readOnly}
      rows={rows}
      emptyText={
        readOnly ? (
          'ยังไม่มีบันทึกกิจกรรม'
        ) : (
          <>
            ยังไม่มีบันทึกกิจกรรม — กด บันทึกกิจกรรม เพื่อบันทึกทีละครั้ง หรือบันทึกทั้งอำเภอในหน้า{' '}
            <Anchor component={Link} to="/activities" size="sm">บันทึกผลงานอาสาสมัครรายเดือน</Anchor>
          </>
        )
      }
      dialog={(editing, close) => kinds.data && <ActivityForm opened={editing !== undefined} onClose={close} kinds={kinds.data} volunteers={[{ id: volunteerId, name }]} activity={editing} />}
    >
      {(edit) => (
        <>
          <Text size="sm" c="dimmed" mb="xs">
            {[...years].map(([fy, people]) => `ปีงบประมาณ ${fy}: ${people.toLocaleString('th-TH')} คน`).join(' · ')}
          </Text>
          <Table striped data-testid="volunteer-activities">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>วันที่</Table.Th>
                <Table.Th>ประเภท</Table.Th>
                <Table.Th ta="right">จำนวน (คน)</Table.Th>
                <Table.Th>สถานที่/รายละเอียด</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{a.wholeMonth ? `เดือน${formatYearMonth(a.date.slice(0, 7))}` : formatThaiDateShort(a.date)}</Table.Td>
                  <Table.Td>{a.kindName}</Table.Td>
                  <Table.Td ta="right">{a.people.toLocaleString('th-TH')}</Table.Td>
                  <Table.Td>
                    {[a.place, a.agency && `ส่งต่อ ${a.agency}`, a.outcome && ACTIVITY_OUTCOME_LABELS[a.outcome], a.notes].filter(Boolean).join(' · ')}
                    {a.wholeMonth && <Text span size="xs" c="dimmed"> (จากตารางรายเดือน)</Text>}
                  </Table.Td>
                  <Table.Td>
                    {!readOnly && !a.wholeMonth && <EditDeleteButtons onEdit={() => edit(a)} onDelete={() => remove.mutateAsync({ id: a.id }).catch(notifyError)} />}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </RecordCard>
  );
}
