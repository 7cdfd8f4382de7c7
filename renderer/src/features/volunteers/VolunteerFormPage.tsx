import { Loader, Stack, Text, Title } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { emptyVolunteer, fullName, type Volunteer, type VolunteerInput } from '@shared/schemas/volunteer';
import { formatPhone } from '@shared/thai';
import { useCall, useCallMutation } from '../../api/hooks';
import { notifySuccess } from '../../app/notify';
import { VolunteerForm } from './VolunteerForm';

/** The form's values of a stored volunteer (the record's bookkeeping fields left out), the phone grouped as clerks write it. */
function editable(v: Volunteer): VolunteerInput {
  const { id: _id, status: _s, statusDate: _sd, erasedAt: _e, createdAt: _c, updatedAt: _u, ...values } = v;
  return { ...values, phone: formatPhone(values.phone) };
}

/** `/volunteers/new` and `/volunteers/:id/edit`. */
export function VolunteerFormPage() {
  const params = useParams();
  const id = params.id ? Number(params.id) : undefined;
  const navigate = useNavigate();
  const rules = useCall('volunteer-rules-get', {});
  const current = useCall('volunteer-get', { id: id ?? 0 }, { enabled: id !== undefined });
  const create = useCallMutation('volunteer-create');
  const update = useCallMutation('volunteer-update');

  if (rules.isPending || (id !== undefined && current.isPending)) return <Loader />;
  if (id !== undefined && current.error) return <Text c="red">{current.error.message}</Text>;

  const saved = (savedId: number, warnings: string[], what: string) => {
    notifySuccess(warnings.length ? `${what} (ข้อควรตรวจสอบ: ${warnings.join(' / ')})` : what);
    navigate(`/volunteers/${savedId}`);
  };

  return (
    <Stack>
      <Title order={2}>{id === undefined ? 'เพิ่มอาสาสมัครแรงงาน' : `แก้ไขข้อมูล ${fullName(current.data!.volunteer)}`}</Title>
      <VolunteerForm
        id={id}
        rules={rules.data!}
        initial={id === undefined ? emptyVolunteer : editable(current.data!.volunteer)}
        onCancel={() => navigate(id === undefined ? '/volunteers' : `/volunteers/${id}`)}
        onSubmit={async (values) => {
          if (id === undefined) {
            const r = await create.mutateAsync(values);
            saved(r.id, r.warnings, 'เพิ่มอาสาสมัครแล้ว');
          } else {
            const r = await update.mutateAsync({ ...values, id });
            saved(r.id, r.warnings, 'บันทึกการแก้ไขแล้ว');
          }
        }}
      />
    </Stack>
  );
}
