import { useEffect } from 'react';
import { Table } from '@mantine/core';
import { useForm } from '@mantine/form';
import { awardName, type Award } from '@shared/schemas/award';
import { fiscalYearOf, formatThaiDateShort, todayIso } from '@shared/thai';
import { useCall, useCallMutation } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { FormModal } from '../../components/FormModal';
import { submitForm } from '../../components/formSave';
import { EditDeleteButtons, RecordCard } from '../../components/RecordList';
import { AwardFields, type AwardValues } from './AwardFields';

const REFRESH = ['award-list', 'volunteer-get', 'nomination-rank'] as const;

/** The fiscal years an award may be for: this one and the ten before it. */
const recentYears = () => Array.from({ length: 11 }, (_, i) => fiscalYearOf(todayIso()) - i);

function AwardModal({ volunteerId, award, onClose }: { volunteerId: number; award: Award | null; onClose(): void }) {
  const create = useCallMutation('award-create', [...REFRESH]);
  const update = useCallMutation('award-update', [...REFRESH]);
  const form = useForm<AwardValues>({
    mode: 'controlled',
    initialValues: award ?? { fiscalYear: fiscalYearOf(todayIso()), kind: 'outstanding_province', kindText: '', givenBy: '', givenOn: null, notes: '' },
  });
  useEffect(() => form.resetDirty(), []); // eslint-disable-line react-hooks/exhaustive-deps
  const submit = submitForm(form, async (v) => {
    const input = { volunteerId, fiscalYear: v.fiscalYear, kind: v.kind, kindText: v.kindText, givenBy: v.givenBy, givenOn: v.givenOn, notes: v.notes };
    if (award) await update.mutateAsync({ ...input, id: award.id });
    else await create.mutateAsync(input);
    notifySuccess(award ? 'บันทึกการแก้ไขรางวัลแล้ว' : 'บันทึกรางวัลแล้ว');
    onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={award ? 'แก้ไขรางวัล' : 'บันทึกรางวัล/การเชิดชูเกียรติ'} size="lg" centered onSubmit={submit} saving={create.isPending || update.isPending}>
      <AwardFields form={form} withYear years={recentYears()} />
    </FormModal>
  );
}

/** A volunteer's awards on their page, newest fiscal year first, with the form to add or correct one. */
export function VolunteerAwards({ volunteerId, readOnly }: { volunteerId: number; readOnly: boolean }) {
  const list = useCall('award-list', { volunteerId });
  const remove = useCallMutation('award-delete', [...REFRESH]);
  const rows = list.data ?? [];
  return (
    <RecordCard<Award>
      title="รางวัลและการเชิดชูเกียรติ"
      addLabel="บันทึกรางวัล"
      readOnly={readOnly}
      rows={rows}
      emptyText="ยังไม่มีรางวัลที่บันทึกไว้"
      dialog={(editing, close) => editing !== undefined && <AwardModal volunteerId={volunteerId} award={editing} onClose={close} />}
    >
      {(edit) => (
        <Table striped data-testid="volunteer-awards">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>ปีงบประมาณ</Table.Th>
              <Table.Th>รางวัล</Table.Th>
              <Table.Th>ผู้มอบ/คำสั่งหรือหนังสือ</Table.Th>
              <Table.Th>วันที่ได้รับ</Table.Th>
              <Table.Th>เลขที่เกียรติบัตร</Table.Th>
              <Table.Th>หมายเหตุ</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{a.fiscalYear}</Table.Td>
                <Table.Td>{awardName(a)}</Table.Td>
                <Table.Td>{a.givenBy || '—'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{a.givenOn ? formatThaiDateShort(a.givenOn) : '—'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{a.certificateNo ?? '—'}</Table.Td>
                <Table.Td>{a.notes}</Table.Td>
                <Table.Td>{!readOnly && <EditDeleteButtons onEdit={() => edit(a)} onDelete={() => remove.mutateAsync({ id: a.id }).catch(notifyError)} />}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </RecordCard>
  );
}
