import { useState, type ReactNode } from 'react';
import { Alert, Anchor, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import { SEX_LABELS, STATUS_LABELS, fullName } from '@shared/schemas/volunteer';
import { ageOn, formatNationalId, formatPhone, formatThaiDateLong, todayIso } from '@shared/thai';
import { call, platform } from '../../api/client';
import { useCall } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { VolunteerActivities } from '../activities/VolunteerActivities';
import { VolunteerAwards } from '../awards/VolunteerAwards';
import { VolunteerSeminars } from '../seminars/VolunteerSeminars';
import { AuditTrail } from './AuditTrail';
import { VolunteerCardPanel } from '../cards/VolunteerCardPanel';
import { ServiceRecordButton } from '../cards/ServiceRecordButton';
import { STATUS_COLORS, addressText, areaText, dateText } from './labels';
import { EraseModal, StatusModal, TermModal } from './VolunteerActions';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text>{children || '—'}</Text>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder>
      <Title order={4} mb="sm">{title}</Title>
      {children}
    </Card>
  );
}

/** `/volunteers/:id`: every field, terms, status changes, seminars attended, the audit trail and the actions. */
export function VolunteerPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const detail = useCall('volunteer-get', { id });
  const rules = useCall('volunteer-rules-get', {});
  const [modal, setModal] = useState<'status' | 'term' | 'erase' | null>(null);

  if (detail.isPending || rules.isPending) return <Loader />;
  if (detail.error) return <Text c="red">{detail.error.message}</Text>;
  const { volunteer: v, terms, statusChanges, audit, warnings } = detail.data;
  const erased = v.erasedAt !== null;

  const exportData = async () => {
    try {
      const file = await call('volunteer-export-person', { id });
      const where = await platform.saveFile(file);
      if (where !== null) notifySuccess('ส่งออกข้อมูลส่วนบุคคลแล้ว');
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Stack>
      <Anchor component={Link} to="/volunteers" size="sm">
        <Group gap={4}><IconArrowLeft size={14} />ทะเบียนอาสาสมัคร</Group>
      </Anchor>
      <Group>
        <Title order={2}>{erased ? 'ข้อมูลส่วนบุคคลถูกลบแล้ว' : fullName(v)}</Title>
        <Badge size="lg" color={STATUS_COLORS[v.status]} variant="light">{STATUS_LABELS[v.status]}</Badge>
      </Group>
      {!erased && (
        <Group>
          <Button onClick={() => navigate(`/volunteers/${id}/edit`)}>แก้ไข</Button>
          <Button variant="light" onClick={() => setModal('status')}>เปลี่ยนสถานะ</Button>
          <Button variant="light" onClick={() => setModal('term')}>แต่งตั้งวาระใหม่</Button>
          <ServiceRecordButton volunteerId={id} />
          <Button variant="subtle" onClick={exportData}>ส่งออกข้อมูลส่วนบุคคล</Button>
          <Button variant="subtle" color="red" onClick={() => setModal('erase')}>ลบข้อมูลส่วนบุคคล</Button>
        </Group>
      )}
      {erased && <Alert color="gray">ลบข้อมูลส่วนบุคคลตามคำขอเมื่อ {formatThaiDateLong(v.erasedAt!.slice(0, 10))} คงไว้เฉพาะข้อมูลที่ไม่ระบุตัวตนเพื่อการนับจำนวน</Alert>}
      {warnings.length > 0 && (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="ข้อควรตรวจสอบ">
          {warnings.map((w) => <div key={w}>{w}</div>)}
        </Alert>
      )}

      <Section title="ข้อมูลบุคคล">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Field label="เลขประจำตัวประชาชน">{v.nationalId && formatNationalId(v.nationalId)}</Field>
          <Field label="ชื่อ (ภาษาอังกฤษ)">{`${v.firstNameEn} ${v.lastNameEn}`.trim()}</Field>
          <Field label="วันเกิด">{v.birthDate && `${formatThaiDateLong(v.birthDate)} (อายุ ${ageOn(v.birthDate, todayIso())} ปี)`}</Field>
          <Field label="เพศ">{v.sex && SEX_LABELS[v.sex]}</Field>
          <Field label="โทรศัพท์">{formatPhone(v.phone)}</Field>
          <Field label="LINE ID / อีเมล">{[v.lineId, v.email].filter(Boolean).join(' / ')}</Field>
          <Field label="ที่อยู่">{addressText(v.address)}</Field>
          <Field label="วุฒิการศึกษา">{v.education}</Field>
          <Field label="อาชีพ">{v.occupation}</Field>
        </SimpleGrid>
      </Section>

      <Section title="การแต่งตั้ง">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Field label="ระดับ">{v.level}</Field>
          <Field label="พื้นที่รับผิดชอบ">{areaText(v.area)}</Field>
          <Field label="วาระปัจจุบัน">{v.termStart || v.termEnd ? `${dateText(v.termStart)} – ${dateText(v.termEnd)}` : ''}</Field>
          <Field label="หมายเหตุ">{v.notes}</Field>
        </SimpleGrid>
      </Section>

      {!erased && (
        <Section title="บัตรประจำตัวและรูปถ่าย">
          <VolunteerCardPanel volunteerId={id} onDuty={v.status === 'active'} />
        </Section>
      )}

      <Section title="ประวัติการแต่งตั้ง">
        {terms.length === 0 ? (
          <Text c="dimmed">ยังไม่มีข้อมูลการแต่งตั้ง</Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr><Table.Th>วาระที่</Table.Th><Table.Th>คำสั่งเลขที่</Table.Th><Table.Th>ลงวันที่</Table.Th><Table.Th>เริ่มวาระ</Table.Th><Table.Th>สิ้นสุดวาระ</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {terms.map((t, i) => (
                <Table.Tr key={t.id}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>{t.orderNo || '—'}</Table.Td>
                  <Table.Td>{dateText(t.orderDate)}</Table.Td>
                  <Table.Td>{dateText(t.termStart)}</Table.Td>
                  <Table.Td>{dateText(t.termEnd)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>

      <Section title="การเปลี่ยนสถานะ">
        {statusChanges.length === 0 ? (
          <Text c="dimmed">ไม่มีการเปลี่ยนสถานะ</Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr><Table.Th>วันที่มีผล</Table.Th><Table.Th>จาก</Table.Th><Table.Th>เป็น</Table.Th><Table.Th>เหตุผล</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {statusChanges.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{dateText(c.date)}</Table.Td>
                  <Table.Td>{c.fromStatus ? STATUS_LABELS[c.fromStatus] : '—'}</Table.Td>
                  <Table.Td>{STATUS_LABELS[c.toStatus]}</Table.Td>
                  <Table.Td>{c.reason || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>

      <Section title="การเข้าร่วมโครงการ/สัมมนา">
        <VolunteerSeminars volunteerId={id} />
      </Section>

      <VolunteerActivities volunteerId={id} name={fullName(v)} readOnly={erased} />

      <VolunteerAwards volunteerId={id} readOnly={erased} />

      <Section title="ประวัติการแก้ไขข้อมูล">
        <AuditTrail entries={audit} />
      </Section>

      {modal === 'status' && <StatusModal volunteer={v} opened onClose={() => setModal(null)} />}
      {modal === 'term' && <TermModal volunteer={v} rules={rules.data!} opened onClose={() => setModal(null)} />}
      {modal === 'erase' && <EraseModal volunteer={v} opened onClose={() => setModal(null)} />}
    </Stack>
  );
}
