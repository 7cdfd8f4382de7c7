import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Group, Loader, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useNavigate, useSearchParams } from 'react-router';
import { DEFAULT_LEGAL_BASIS, ORDER_KIND_LABELS, orderInput, termEndFor, type OrderCandidate, type OrderKind } from '@shared/api/orders';
import { addDays, formatThaiDateShort, todayIso } from '@shared/thai';
import type { z } from 'zod';
import { call } from '../../api/client';
import { useCall, useCallMutation } from '../../api/hooks';
import { notifySuccess } from '../../app/notify';
import { FORM_ERROR_ATTR, submitForm } from '../../components/formSave';
import { ThaiDateInput } from '../../components/ThaiDateInput';
import { WholeWords } from '../../components/WholeWords';

type Values = z.input<typeof orderInput>;
const WINDOWS = [30, 60, 90, 180, 365].map((d) => ({ value: String(d), label: `ครบวาระภายใน ${d} วัน` }));

/** People by district, in the order the candidates come (district, subdistrict, name). */
function byDistrict(people: OrderCandidate[]): [string, OrderCandidate[]][] {
  const map = new Map<string, OrderCandidate[]>();
  for (const p of people) map.set(p.areaDistrict, [...(map.get(p.areaDistrict) ?? []), p]);
  return [...map];
}

/**
 * `/orders/new?kind=renewal&withinDays=90&district=…`: choose the people (the terms ending, or the
 * new intake), number and date the order, and save it onto each person's term.
 */
export function OrderFormPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [kind, setKind] = useState<OrderKind>(params.get('kind') === 'new' ? 'new' : 'renewal');
  const [withinDays, setWithinDays] = useState(params.get('withinDays') ?? '90');
  const [district, setDistrict] = useState(params.get('district') ?? '');
  const [lapsed, setLapsed] = useState(params.get('lapsed') === '1');
  const candidates = useCall('order-candidates', { kind, withinDays: Number(withinDays), district, lapsed });
  const rules = useCall('volunteer-rules-get', {});
  const office = useCall('settings-get', {});
  const summary = useCall('volunteer-summary', {});
  const create = useCallMutation('order-create');
  const today = todayIso();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { kind, orderNo: '', orderDate: today, termStart: today, termEnd: termEndFor(today, 3), legalBasis: DEFAULT_LEGAL_BASIS, signerName: '', signerPosition: '', volunteerIds: [] },
    validate: schemaResolver(orderInput, { sync: true }),
  });
  const years = rules.data?.termYears ?? 3;
  const chosen = new Set(form.values.volunteerIds);

  // Everyone listed is chosen when the list arrives; the clerk unticks who is not on the order.
  useEffect(() => {
    if (!candidates.data) return;
    form.setFieldValue('volunteerIds', candidates.data.map((c) => c.id));
    // A renewal starts the day after the earliest current term ends; a term that ended already is
    // renewed from the order's date (not from a past day, which could give a term already over).
    const ends = candidates.data.map((c) => c.termEnd).filter((e): e is string => !!e).sort();
    const next = ends.length ? addDays(ends[0], 1) : '';
    const start = kind === 'renewal' && next > form.values.orderDate ? next : form.values.orderDate;
    form.setFieldValue('termStart', start);
    form.setFieldValue('termEnd', termEndFor(start, years));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [candidates.data, years]);

  // The next free number for the order date's year, until the clerk types one.
  useEffect(() => {
    if (form.values.orderNo || !form.values.orderDate) return;
    void call('order-next-no', { date: form.values.orderDate }).then((r) => form.setFieldValue('orderNo', r.orderNo));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form.values.orderDate]);

  const groups = useMemo(() => byDistrict(candidates.data ?? []), [candidates.data]);
  const toggle = (ids: number[], on: boolean) => {
    const next = new Set(form.values.volunteerIds);
    for (const id of ids) if (on) next.add(id);
    else next.delete(id);
    form.setFieldValue('volunteerIds', [...next]);
  };

  const submit = submitForm(form, async (values) => {
    const order = await create.mutateAsync({ ...values, kind });
    notifySuccess(`บันทึกคำสั่งที่ ${order.orderNo} แล้ว แต่งตั้ง ${order.people} คน`);
    navigate(`/orders/${order.id}`);
  });

  const date = (path: 'orderDate' | 'termStart' | 'termEnd', label: string) => (
    <ThaiDateInput
      label={label}
      required
      value={form.values[path] ?? null}
      error={form.errors[path]}
      onChange={(iso) => {
        form.setFieldValue(path, iso ?? '');
        if (path === 'termStart' && iso) form.setFieldValue('termEnd', termEndFor(iso, years));
      }}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={2}>ออกคำสั่งแต่งตั้งอาสาสมัครแรงงาน</Title>
        <SegmentedControl
          value={kind}
          onChange={(v) => setKind(v as OrderKind)}
          data={[
            { value: 'renewal', label: `${ORDER_KIND_LABELS.renewal} (ผู้ครบวาระ)` },
            { value: 'new', label: `${ORDER_KIND_LABELS.new} (ยังไม่มีคำสั่ง)` },
          ]}
          maw={560}
        />
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="เลขที่คำสั่ง (เลขที่/ปี พ.ศ.)" required placeholder="12/2568" {...form.getInputProps('orderNo')} />
            {date('orderDate', 'สั่ง ณ วันที่')}
            <div />
            {date('termStart', 'วาระเริ่ม (มีผลตั้งแต่วันที่)')}
            {date('termEnd', `วาระสิ้นสุด (วาระ ${years} ปี)`)}
            <div />
            <TextInput label="ผู้ลงนาม" placeholder={office.data?.headName || 'หัวหน้าสำนักงานตามหน้าตั้งค่า'} {...form.getInputProps('signerName')} />
            <TextInput label="ตำแหน่งผู้ลงนาม" placeholder={office.data?.headPosition || ''} {...form.getInputProps('signerPosition')} />
          </SimpleGrid>
          {/* The whole basis in view, over as many lines as it takes (a one-line field cut it off). */}
          <Textarea label="อาศัยอำนาจตาม" autosize minRows={2} mt="sm" {...form.getInputProps('legalBasis')} />
        </Paper>
        <Group align="flex-end">
          {kind === 'renewal' && <Select label="ผู้ที่" data={WINDOWS} value={withinDays} onChange={(v) => setWithinDays(v ?? '90')} allowDeselect={false} w={220} />}
          {kind === 'renewal' && (
            <Checkbox label="รวมผู้ที่ครบวาระไปแล้วแต่ยังไม่ได้ต่อวาระ" checked={lapsed} onChange={(e) => setLapsed(e.currentTarget.checked)} mb={8} />
          )}
          <Select
            label="อำเภอ"
            placeholder="ทุกอำเภอ"
            clearable
            data={(summary.data?.districts ?? []).map((d) => d.district)}
            value={district || null}
            onChange={(v) => setDistrict(v ?? '')}
            w={220}
          />
          <Text fw={700} data-testid="order-chosen">เลือกแล้ว {chosen.size} จาก {candidates.data?.length ?? 0} คน</Text>
        </Group>
        {form.errors.volunteerIds && (
          <Alert color="red" {...FORM_ERROR_ATTR} tabIndex={-1}>
            {form.errors.volunteerIds}
          </Alert>
        )}
        {candidates.isPending ? (
          <Loader />
        ) : groups.length === 0 ? (
          <Text c="dimmed">{kind === 'renewal' ? 'ไม่มีผู้ที่ครบวาระในช่วงนี้ ลองเลือกช่วงที่ยาวขึ้น' : 'ไม่มีอาสาสมัครที่ยังไม่มีคำสั่งแต่งตั้ง เพิ่มอาสาสมัครใหม่ในหน้าทะเบียนก่อน'}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {groups.map(([name, people]) => {
              const ids = people.map((p) => p.id);
              const on = ids.filter((id) => chosen.has(id)).length;
              return (
                <Paper key={name} withBorder p="sm">
                  <Checkbox
                    fw={700}
                    label={`อำเภอ${name || '(ไม่ระบุ)'} (${on}/${people.length})`}
                    checked={on === people.length}
                    indeterminate={on > 0 && on < people.length}
                    onChange={(e) => toggle(ids, e.currentTarget.checked)}
                  />
                  <Stack gap={4} mt="xs" ml="md">
                    {people.map((p) => (
                      <Checkbox
                        key={p.id}
                        // A line ends after a separator, never before one, and not inside the date (glueSpaces).
                        label={<WholeWords text={[p.name, p.areaSubdistrict || '-', p.termEnd && `ครบวาระ ${formatThaiDateShort(p.termEnd)}`].filter(Boolean).join('\u00a0· ')} />}
                        checked={chosen.has(p.id)}
                        onChange={(e) => toggle([p.id], e.currentTarget.checked)}
                      />
                    ))}
                  </Stack>
                </Paper>
              );
            })}
          </SimpleGrid>
        )}
        <Group>
          <Button type="submit" loading={create.isPending} disabled={chosen.size === 0}>
            บันทึกคำสั่งและวาระ ({chosen.size} คน)
          </Button>
          <Button variant="default" onClick={() => navigate('/orders')}>ยกเลิก</Button>
        </Group>
      </Stack>
    </form>
  );
}
