import { MultiSelect, SegmentedControl, Text, TextInput } from '@mantine/core';
import type { SeminarDetail } from '@shared/schemas/seminar';
import { ThaiDateInput } from '../../components/ThaiDateInput';
import type { ReportChoice } from './documents';

interface Props {
  choice: ReportChoice;
  seminar: SeminarDetail | undefined;
  onChange(patch: Partial<ReportChoice>): void;
}

/** The seminar's target groups a document is for; none chosen means every group. */
export function GroupsPicker({ label, choice, seminar, onChange }: Props & { label: string }) {
  return (
    <MultiSelect
      label={label}
      placeholder={choice.groupIds.length ? undefined : 'ทุกกลุ่ม'}
      clearable
      data={(seminar?.groups ?? []).map((g) => ({ value: String(g.id), label: g.name }))}
      value={choice.groupIds.map(String)}
      onChange={(v) => onChange({ groupIds: v.map(Number) })}
    />
  );
}

/** What a letter or memo needs besides the seminar: who it goes to, its number and date, the owning unit. */
export function LetterOptions({ choice, seminar, onChange }: Props) {
  const letter = choice.letter;
  const set = (patch: Partial<ReportChoice['letter']>) => onChange({ letter: { ...letter, ...patch } });
  return (
    <>
      {choice.doc === 'invitation' && (
        <>
          <SegmentedControl
            data={[{ value: 'group', label: 'ฉบับละกลุ่ม แนบรายชื่อ' }, { value: 'agency', label: 'ฉบับละหน่วยงาน' }]}
            value={choice.invitationMode}
            onChange={(v) => onChange({ invitationMode: v as ReportChoice['invitationMode'] })}
          />
          {choice.invitationMode === 'agency' && (
            <Text size="sm" c="dimmed">ผู้ที่ไม่มีหน่วยงาน หรือระบุหน่วยงานเป็นตำบล/อำเภอ (เช่น อาสาสมัครแรงงาน) จะได้หนังสือฉบับละกลุ่ม แนบรายชื่อ</Text>
          )}
          <GroupsPicker label="กลุ่มเป้าหมายที่เชิญ" choice={choice} seminar={seminar} onChange={onChange} />
        </>
      )}
      {choice.doc === 'memo' && (
        <SegmentedControl
          data={[{ value: 'project', label: 'ขออนุมัติโครงการ' }, { value: 'loan', label: 'ขอยืมเงิน' }, { value: 'disbursement', label: 'ขอเบิกจ่าย' }]}
          value={choice.memoKind}
          onChange={(v) => onChange({ memoKind: v as ReportChoice['memoKind'] })}
        />
      )}
      <TextInput label="ที่ (เลขที่หนังสือ)" placeholder="เช่น สข 0019/ว 123 (เว้นว่างไว้เพื่อเขียนเอง)" value={letter.bookNo} onChange={(e) => set({ bookNo: e.currentTarget.value })} />
      <ThaiDateInput label="ลงวันที่" description={letter.date ? undefined : 'เว้นว่างไว้ใช้วันนี้'} value={letter.date} onChange={(date) => set({ date })} />
      <TextInput label="หน่วยงานเจ้าของเรื่อง" placeholder="เช่น กลุ่มงานยุทธศาสตร์และสารสนเทศ" value={letter.unit} onChange={(e) => set({ unit: e.currentTarget.value })} />
      <TextInput label="โทรสาร" value={letter.fax} onChange={(e) => set({ fax: e.currentTarget.value })} />
    </>
  );
}
