import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Group, Loader, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { DUPLICATE_REASON_LABELS, MERGE_FIELDS, MERGE_FIELD_LABELS, type DuplicatePair, type DuplicateSide, type MergeField } from '@shared/api/volunteer-merge';
import { SEX_LABELS, STATUS_LABELS, fullName, type Volunteer } from '@shared/schemas/volunteer';
import { formatNationalId, formatPhone } from '@shared/thai';
import { useCall, useCallMutation } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { WholeWords } from '../../components/WholeWords';
import { addressText, areaText, dateText } from './labels';

/** A merge field's value as the volunteer page shows it; '' when the row has nothing there. */
function valueText(v: Volunteer, field: MergeField): string {
  switch (field) {
    case 'name': return fullName(v);
    case 'nameEn': return `${v.firstNameEn} ${v.lastNameEn}`.trim();
    case 'nationalId': return v.nationalId ? formatNationalId(v.nationalId) : '';
    case 'birthDate': return v.birthDate ? dateText(v.birthDate) : '';
    case 'sex': return v.sex ? SEX_LABELS[v.sex] : '';
    case 'phone': return v.phone ? formatPhone(v.phone) : '';
    case 'address': return addressText(v.address);
    case 'area': return areaText(v.area);
    case 'appointment':
      return [v.appointmentOrderNo && `คำสั่งที่ ${v.appointmentOrderNo}`, v.appointmentDate && `ลงวันที่ ${dateText(v.appointmentDate)}`, (v.termStart || v.termEnd) && `วาระ ${dateText(v.termStart)} – ${dateText(v.termEnd)}`]
        .filter(Boolean)
        .join(' ');
    case 'status': return `${STATUS_LABELS[v.status]}${v.statusDate ? ` (${dateText(v.statusDate)})` : ''}`;
    default: return v[field];
  }
}

/** Each value is the kept row's unless only the other row has one. */
function defaultChoice(a: Volunteer, b: Volunteer): Record<MergeField, 'kept' | 'other'> {
  return Object.fromEntries(MERGE_FIELDS.map((f) => [f, !valueText(a, f) && valueText(b, f) ? 'other' : 'kept'])) as Record<MergeField, 'kept' | 'other'>;
}

function SideHeading({ side, label }: { side: DuplicateSide; label: string }) {
  return (
    <Stack gap={0}>
      <Text fw={700}>{label}</Text>
      <Anchor component={Link} to={`/volunteers/${side.volunteer.id}`} size="sm"><WholeWords text={fullName(side.volunteer)} /></Anchor>
      <Text size="xs" c="dimmed">เข้าร่วม {side.seminars} โครงการ · {side.terms} วาระ</Text>
    </Stack>
  );
}

/**
 * One pair side by side: the clerk picks the row that stays (the older one at first; the newer
 * when, say, its national ID is the right one and other records already point at it) and each
 * value, then merges, or says they are two people.
 */
function PairCard({ pair, index }: { pair: DuplicatePair; index: number }) {
  const [keepNewer, setKeepNewer] = useState(false);
  const [kept, other] = keepNewer ? [pair.b, pair.a] : [pair.a, pair.b];
  const a = kept.volunteer;
  const b = other.volunteer;
  const [take, setTake] = useState(() => defaultChoice(a, b));
  const keepRow = (newer: boolean) => {
    setKeepNewer(newer);
    const [k, o] = newer ? [pair.b.volunteer, pair.a.volunteer] : [pair.a.volunteer, pair.b.volunteer];
    setTake(defaultChoice(k, o));
  };
  const merge = useCallMutation('volunteer-merge');
  const dismiss = useCallMutation('volunteer-duplicate-dismiss', ['volunteer-duplicates']);
  const fields = MERGE_FIELDS.filter((f) => valueText(a, f) || valueText(b, f));
  const pick = (field: MergeField, side: 'kept' | 'other') => setTake((t) => ({ ...t, [field]: side }));
  const label = `คู่ที่ ${index + 1}`;

  const doMerge = () =>
    merge
      .mutateAsync({ keepId: a.id, removeId: b.id, take })
      .then((r) => notifySuccess(`รวมข้อมูล ${fullName(a)} แล้ว ย้ายโครงการ ${r.seminarsMoved} โครงการ รวมรายชื่อในโครงการเดียวกัน ${r.seminarsJoined} โครงการ`))
      .catch(notifyError);

  return (
    <Card withBorder role="group" aria-label={label}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Group gap="xs">
            <Text fw={700}>{label}</Text>
            {pair.reasons.map((r) => <Badge key={r} variant="light" color="orange">{DUPLICATE_REASON_LABELS[r]}</Badge>)}
          </Group>
          <Group gap="xs">
            <Button variant="default" loading={dismiss.isPending} onClick={() => dismiss.mutateAsync({ a: a.id, b: b.id }).then(() => notifySuccess('บันทึกแล้วว่าไม่ใช่คนเดียวกัน จะไม่แสดงคู่นี้อีก')).catch(notifyError)}>
              ไม่ใช่คนเดียวกัน
            </Button>
            <Button loading={merge.isPending} onClick={() => void doMerge()}>รวมเป็นคนเดียว</Button>
          </Group>
        </Group>
        <Radio.Group
          label="แถวที่เก็บไว้ (อีกแถวจะรวมเข้ามาแล้วถูกลบ)"
          value={keepNewer ? 'newer' : 'older'}
          onChange={(v) => keepRow(v === 'newer')}
        >
          <Group gap="xl" mt={4}>
            {([['older', pair.a], ['newer', pair.b]] as const).map(([side, row]) => (
              <Radio
                key={side}
                value={side}
                aria-label={`เก็บแถว${side === 'older' ? 'ที่บันทึกก่อน' : 'ที่บันทึกทีหลัง'} ${fullName(row.volunteer)}`}
                label={<>{side === 'older' ? 'แถวที่บันทึกก่อน' : 'แถวที่บันทึกทีหลัง'}: <WholeWords text={fullName(row.volunteer)} /></>}
              />
            ))}
          </Group>
        </Radio.Group>
        <Table withTableBorder layout="fixed" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="22%">ข้อมูล</Table.Th>
              <Table.Th><SideHeading side={kept} label="แถวที่เก็บไว้" /></Table.Th>
              <Table.Th><SideHeading side={other} label="แถวที่จะรวมเข้ามา" /></Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.map((f) => {
              const differs = valueText(a, f) !== valueText(b, f);
              return (
                <Table.Tr key={f} bg={differs ? 'yellow.0' : undefined}>
                  <Table.Td>{MERGE_FIELD_LABELS[f]}</Table.Td>
                  {(['kept', 'other'] as const).map((side) => {
                    const text = valueText(side === 'kept' ? a : b, f);
                    return (
                      <Table.Td key={side}>
                        {differs ? (
                          <Radio
                            name={`${label}-${f}`}
                            aria-label={`${MERGE_FIELD_LABELS[f]}: ใช้${side === 'kept' ? 'แถวที่เก็บไว้' : 'แถวที่จะรวมเข้ามา'}`}
                            checked={take[f] === side}
                            onChange={() => pick(f, side)}
                            label={text ? <WholeWords text={text} /> : <Text c="dimmed" size="sm">(ว่าง)</Text>}
                          />
                        ) : (
                          <Text size="sm"><WholeWords text={text} /></Text>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed">
          เมื่อรวมแล้ว โครงการที่เข้าร่วม วาระ ประวัติสถานะ ผลงาน และประวัติการแก้ไขของแถวที่จะรวมเข้ามาจะย้ายไปอยู่กับแถวที่เก็บไว้ ถ้าทั้งสองแถวอยู่ในโครงการเดียวกัน จะรวมเป็นรายชื่อเดียว นับว่ามาในช่วงที่แถวใดแถวหนึ่งมา
        </Text>
      </Stack>
    </Card>
  );
}

/** Possible duplicates in the register, each pair side by side. */
export function DuplicatesPage() {
  const pairs = useCall('volunteer-duplicates', {});
  return (
    <Stack>
      <Anchor component={Link} to="/volunteers" size="sm">← ทะเบียนอาสาสมัคร</Anchor>
      <Title order={2}>ตรวจรายชื่อที่อาจซ้ำกัน</Title>
      <Text c="dimmed">คู่ที่ชื่อและวันเกิดตรงกัน โทรศัพท์ตรงกัน เลขประจำตัวประชาชนต่างกันหนึ่งหลัก หรือแต่งตั้งใหม่เป็นอีกแถว เลือกค่าที่ถูกต้องของแต่ละช่องแล้วกด "รวมเป็นคนเดียว" หรือกด "ไม่ใช่คนเดียวกัน"</Text>
      {pairs.isPending && <Loader />}
      {pairs.error && <Alert color="red">{pairs.error.message}</Alert>}
      {pairs.data?.length === 0 && <Alert color="green">ไม่พบรายชื่อที่อาจซ้ำกัน</Alert>}
      {pairs.data?.map((p, i) => <PairCard key={`${p.a.volunteer.id}-${p.b.volunteer.id}`} pair={p} index={i} />)}
    </Stack>
  );
}
