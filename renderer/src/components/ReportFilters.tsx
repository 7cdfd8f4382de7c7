import { Select } from '@mantine/core';
import { fiscalYearOf, todayIso } from '@shared/thai';
import { useCall } from '../api/hooks';

/** The fiscal year a report or ranking covers: this one and the seven before it, newest first. */
export function FiscalYearSelect({ value, onChange }: { value: number; onChange(year: number): void }) {
  const thisYear = fiscalYearOf(todayIso());
  return (
    <Select
      label="ปีงบประมาณ"
      w={130}
      allowDeselect={false}
      data={Array.from({ length: 8 }, (_, i) => String(thisYear - i))}
      value={String(value)}
      onChange={(v) => v && onChange(Number(v))}
    />
  );
}

/** One district of the register, or '' for the whole province (ทุกอำเภอ). */
export function DistrictSelect({ value, onChange }: { value: string; onChange(district: string): void }) {
  const summary = useCall('volunteer-summary', {});
  return (
    <Select
      label="อำเภอ"
      w={220}
      allowDeselect={false}
      data={[{ value: '', label: 'ทุกอำเภอ' }, ...(summary.data?.districts ?? []).map((d) => ({ value: d.district, label: d.district }))]}
      value={value}
      onChange={(v) => onChange(v ?? '')}
    />
  );
}
