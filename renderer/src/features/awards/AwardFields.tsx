import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { AWARD_KINDS, AWARD_KIND_LABELS, type AwardKind } from '@shared/schemas/award';
import { ThaiDateInput } from '../../components/ThaiDateInput';

/** What the award form and the nomination's "record the award" dialog both ask. */
export interface AwardValues {
  fiscalYear: number;
  kind: AwardKind;
  kindText: string;
  givenBy: string;
  givenOn: string | null;
  notes: string;
}

/** The award's fields; the fiscal year is shown only where it is not fixed by the caller. */
export function AwardFields({ form, withYear, years }: { form: UseFormReturnType<AwardValues>; withYear: boolean; years: number[] }) {
  return (
    <>
      <SimpleGrid cols={withYear ? 2 : 1}>
        {withYear && (
          <Select
            label="ปีงบประมาณ (พ.ศ.)"
            withAsterisk
            allowDeselect={false}
            data={years.map(String)}
            value={String(form.values.fiscalYear)}
            onChange={(v) => v && form.setFieldValue('fiscalYear', Number(v))}
            error={form.errors.fiscalYear}
          />
        )}
        <Select
          label="รางวัล"
          withAsterisk
          allowDeselect={false}
          data={AWARD_KINDS.map((k) => ({ value: k, label: AWARD_KIND_LABELS[k] }))}
          {...form.getInputProps('kind')}
        />
      </SimpleGrid>
      {form.values.kind === 'other' && <TextInput label="ชื่อรางวัล" withAsterisk placeholder="เช่น โล่ประกาศเกียรติคุณ" {...form.getInputProps('kindText')} />}
      <SimpleGrid cols={2}>
        <TextInput label="ผู้มอบ / คำสั่งหรือหนังสือที่" placeholder="เช่น คำสั่งจังหวัดสงขลา ที่ 12/2569" {...form.getInputProps('givenBy')} />
        <ThaiDateInput label="วันที่ได้รับ" value={form.values.givenOn} onChange={(iso) => form.setFieldValue('givenOn', iso)} error={form.errors.givenOn} />
      </SimpleGrid>
      <Textarea label="หมายเหตุ" autosize minRows={1} {...form.getInputProps('notes')} />
    </>
  );
}
