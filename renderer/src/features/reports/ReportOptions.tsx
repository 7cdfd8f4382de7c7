import { Alert, Anchor, Checkbox, SegmentedControl, Select, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { STATUS_LABELS, VOLUNTEER_STATUSES, type VolunteerStatus } from '@shared/schemas/volunteer';
import type { SeminarListItem, Speaker } from '@shared/schemas/seminar';
import { formatThaiDateLong, formatThaiDateShort, formatThaiTime } from '@shared/thai';
import { certificateGroupsByDefault, NEWS_MAX_PHOTOS, type ReportFont } from '@shared/api/reports';
import { Link } from 'react-router';
import { ThaiDateInput } from '../../components/ThaiDateInput';
import { useCall } from '../../api/hooks';
import { docOf, type ReportChoice } from './documents';
import { GroupsPicker, LetterOptions } from './LetterOptions';
import { NumberField } from '../../components/NumberField';

/**
 * A seminar as the clerk tells it from another run of it: the whole title, then its date and place.
 * The title wraps where the browser's Thai line breaking finds words: its first run often has no
 * space for the width of the box.
 */
function SeminarLine({ seminar, testId }: { seminar: SeminarListItem; testId?: string }) {
  return (
    <Stack gap={0} data-testid={testId}>
      <Text size="sm" c="var(--mantine-color-text)">{seminar.title}</Text>
      <Text size="xs" c="dimmed">{[formatThaiDateLong(seminar.firstDate), seminar.venuePlace].filter(Boolean).join(' · ')}</Text>
    </Stack>
  );
}

interface Props {
  choice: ReportChoice;
  onChange(patch: Partial<ReportChoice>): void;
}

function SeminarOptions({ choice, onChange }: Props) {
  const seminars = useCall('seminar-list', {});
  const seminar = useCall('seminar-get', { id: choice.seminarId ?? 0 }, { enabled: choice.seminarId !== null });
  const sessions = (seminar.data?.days ?? []).flatMap((d) =>
    d.sessions.map((s) => ({ value: String(s.id), label: `${formatThaiDateLong(d.date)} ${formatThaiTime(s.start)}–${formatThaiTime(s.end)}${s.topic ? ` ${s.topic}` : ''}` })),
  );
  const list = seminars.data ?? [];
  // Date first: runs of the same seminar in other years share a long title, and the box shows its start.
  const options = list.map((s) => ({ value: String(s.id), label: `${formatThaiDateShort(s.firstDate)} ${s.title}` }));
  const byId = new Map(list.map((s) => [String(s.id), s]));
  const chosen = byId.get(String(choice.seminarId));
  return (
    <>
      <Select
        label="โครงการ"
        placeholder="เลือกโครงการ"
        searchable
        data={options}
        // The whole title, wrapped, with its date and place: in the list and under the box.
        renderOption={({ option }) => <SeminarLine seminar={byId.get(option.value)!} />}
        comboboxProps={{ width: 560, position: 'bottom-start' }}
        styles={{ input: { textOverflow: 'ellipsis' } }}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        description={chosen && <SeminarLine seminar={chosen} testId="report-seminar-chosen" />}
        value={choice.seminarId === null ? null : String(choice.seminarId)}
        onChange={(v) => onChange({ seminarId: v ? Number(v) : null, sessionId: null, groupIds: [], newsPhotoIds: [] })}
      />
      {choice.doc === 'signin' && (
        <>
          <Select label="วันและช่วงเวลา" placeholder="ทั้งวัน (วันแรก)" clearable data={sessions} value={choice.sessionId === null ? null : String(choice.sessionId)} onChange={(v) => onChange({ sessionId: v ? Number(v) : null })} />
          <Select
            label="กลุ่มเป้าหมาย"
            placeholder="ทุกกลุ่ม"
            clearable
            data={(seminar.data?.groups ?? []).map((g) => ({ value: String(g.id), label: g.name }))}
            value={choice.groupId === null ? null : String(choice.groupId)}
            onChange={(v) => onChange({ groupId: v ? Number(v) : null })}
          />
          {choice.groupId === null && <Switch label="แยกแผ่นตามกลุ่มเป้าหมาย" checked={choice.grouped} onChange={(e) => onChange({ grouped: e.currentTarget.checked })} />}
        </>
      )}
      {choice.doc === 'payment' && (
        <SegmentedControl data={[{ value: 'travel', label: 'ค่าพาหนะเดินทาง' }, { value: 'allowance', label: 'ค่าเบี้ยเลี้ยง' }]} value={choice.paymentKind} onChange={(v) => onChange({ paymentKind: v as ReportChoice['paymentKind'] })} />
      )}
      {(choice.doc === 'invitation' || choice.doc === 'memo') && <LetterOptions choice={choice} seminar={seminar.data} onChange={onChange} />}
      {choice.doc === 'evaluation' && choice.seminarId !== null && (
        <Anchor component={Link} to={`/seminars/${choice.seminarId}/evaluation`} size="sm">
          บันทึกแบบประเมินที่ได้รับคืน (ผลสรุปจะอยู่ในรายงานผลการดำเนินโครงการ)
        </Anchor>
      )}
      {choice.doc === 'nametags' && (
        <>
          <SegmentedControl data={[{ value: '8', label: '8 ป้ายต่อแผ่น' }, { value: '10', label: '10 ป้ายต่อแผ่น' }]} value={String(choice.tagsPerPage)} onChange={(v) => onChange({ tagsPerPage: v === '10' ? 10 : 8 })} />
          <GroupsPicker label="กลุ่มเป้าหมาย" choice={choice} seminar={seminar.data} onChange={onChange} />
        </>
      )}
      {choice.doc === 'certificates' && (
        <>
          <SegmentedControl data={[{ value: 'completion', label: 'วุฒิบัตร' }, { value: 'honour', label: 'เกียรติบัตร' }]} value={choice.certificateKind} onChange={(v) => onChange({ certificateKind: v as ReportChoice['certificateKind'] })} />
          <Checkbox.Group
            label="มอบให้กลุ่ม"
            description="เฉพาะผู้ที่ลงเวลาเข้าร่วม ไม่รวมผู้ลงนามในวุฒิบัตร"
            value={(choice.certificateGroupIds ?? certificateGroupsByDefault(seminar.data?.groups ?? [])).map(String)}
            onChange={(v) => onChange({ certificateGroupIds: v.map(Number) })}
          >
            <Stack gap={4} mt={4}>
              {(seminar.data?.groups ?? []).map((g) => <Checkbox key={g.id} value={String(g.id)} label={g.name} />)}
            </Stack>
          </Checkbox.Group>
          <Checkbox label="ทำให้วิทยากรด้วย" checked={choice.certificateSpeakers} onChange={(e) => onChange({ certificateSpeakers: e.currentTarget.checked })} />
          <ThaiDateInput label="ให้ไว้ ณ วันที่" description={choice.givenOn ? undefined : 'เว้นว่างไว้ใช้วันสุดท้ายของโครงการ'} value={choice.givenOn} onChange={(givenOn) => onChange({ givenOn })} />
          {choice.seminarId !== null && <CertificateStartNo choice={choice} onChange={onChange} />}
        </>
      )}
      {choice.doc === 'speakers' && seminar.data && <SpeakersMissingPayee speakers={seminar.data.speakers} />}
    </>
  );
}

/**
 * The number the first new certificate gets (`41/2563`): the next of the fiscal year unless the
 * clerk types another (numbers given by hand before). People who hold a number keep it.
 */
function CertificateStartNo({ choice, onChange }: Props) {
  const numbering = useCall('report-certificate-numbering', { seminarId: choice.seminarId ?? 0, givenOn: choice.givenOn ?? undefined });
  const n = numbering.data;
  return (
    <NumberField
      label="เลขที่วุฒิบัตร/เกียรติบัตร เริ่มที่"
      description={
        n &&
        `ต่อจากเลขล่าสุดของปีงบประมาณ ${n.fiscalYear} (เลขถัดไป ${n.next}/${n.fiscalYear})` +
          (n.held ? ` ผู้ที่ได้รับเลขแล้วในโครงการนี้ ${n.held} คน ใช้เลขเดิม` : '')
      }
      value={choice.certificateStartNo ?? n?.next ?? ''}
      onChange={(v) => onChange({ certificateStartNo: typeof v === 'number' && v >= 1 ? v : null })}
      data-testid="certificate-start-no"
    />
  );
}

/** The receipt leaves a line to fill in by hand for what a speaker's record lacks: said before printing. */
function SpeakersMissingPayee({ speakers }: { speakers: Speaker[] }) {
  const missing = speakers.filter((s) => s.fee > 0 && (!s.nationalId || !s.address));
  if (!missing.length) return null;
  return (
    <Alert color="yellow" title="ข้อมูลผู้รับเงินยังไม่ครบ">
      {missing.map((s) => `${s.name} (ยังไม่มี${[!s.nationalId && 'เลขประจำตัวประชาชน', !s.address && 'ที่อยู่'].filter(Boolean).join('และ')})`).join(', ')}
      {' '}ใบสำคัญรับเงินจะเว้นเส้นไว้ให้เขียนเอง หรือเพิ่มข้อมูลได้ที่หน้าโครงการ แท็บงบประมาณ (แก้ไขวิทยากร)
    </Alert>
  );
}

function RegisterOptions({ choice, onChange }: Props) {
  const summary = useCall('volunteer-summary', {});
  const f = choice.filter;
  const set = (patch: Partial<ReportChoice['filter']>) => onChange({ filter: { ...f, ...patch } });
  return (
    <>
      <Select label="อำเภอ" placeholder="ทุกอำเภอ" clearable searchable data={(summary.data?.districts ?? []).map((d) => d.district)} value={f.district || null} onChange={(v) => set({ district: v ?? '', subdistrict: '' })} />
      <Select label="สถานะ" placeholder="ทุกสถานะ" clearable data={VOLUNTEER_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))} value={f.status || null} onChange={(v) => set({ status: (v as VolunteerStatus | null) ?? '' })} />
      <Select label="ระดับ" placeholder="ทุกระดับ" clearable data={summary.data?.levels ?? []} value={f.level || null} onChange={(v) => set({ level: v ?? '' })} />
      {(f.q || f.subdistrict || f.termEndsWithinDays !== null) && (
        <Text size="sm" c="dimmed">
          เงื่อนไขจากหน้าทะเบียน: {[f.subdistrict && `ตำบล${f.subdistrict}`, f.q && `ค้นหา "${f.q}"`, f.termEndsWithinDays !== null && `ครบวาระภายใน ${f.termEndsWithinDays} วัน`].filter(Boolean).join(' ')}
        </Text>
      )}
      <Checkbox
        label="แสดงเลขประจำตัวประชาชนเต็ม"
        description="โดยปกติจะปิดบางส่วน (1-2345-xxxxx-xx-3) ตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล"
        checked={choice.fullIds}
        onChange={(e) => onChange({ fullIds: e.currentTarget.checked })}
      />
    </>
  );
}

function NewsEditor({ choice, onChange }: Props) {
  const seminar = useCall('seminar-get', { id: choice.seminarId ?? 0 }, { enabled: choice.seminarId !== null });
  const photos = seminar.data?.photos ?? [];
  return (
    <>
      <SegmentedControl
        aria-label="จำนวนผู้เข้าร่วมในข่าว"
        data={[{ value: 'planned', label: 'ตามเป้าหมาย' }, { value: 'attended', label: 'ตามที่มาจริง' }]}
        value={choice.newsCount}
        onChange={(v) => onChange({ newsCount: v === 'attended' ? 'attended' : 'planned' })}
      />
      <Text size="xs" c="dimmed">ร่างข่าวจะเขียนใหม่ตามที่เลือก ข้อความที่แก้ไว้จะถูกแทนที่</Text>
      {photos.length > 0 && (
        <Checkbox.Group
          label="รูปภาพประกอบข่าว"
          description={`เลือกได้ไม่เกิน ${NEWS_MAX_PHOTOS} รูป`}
          value={choice.newsPhotoIds.map(String)}
          onChange={(v) => v.length <= NEWS_MAX_PHOTOS && onChange({ newsPhotoIds: v.map(Number) })}
        >
          <Stack gap={4} mt={4}>
            {photos.map((p) => (
              <Checkbox key={p.id} value={String(p.id)} label={p.caption || p.fileName} disabled={!choice.newsPhotoIds.includes(p.id) && choice.newsPhotoIds.length >= NEWS_MAX_PHOTOS} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      <TextInput label="หัวข่าว" value={choice.news.headline} onChange={(e) => onChange({ news: { ...choice.news, headline: e.currentTarget.value } })} />
      <Textarea label="เนื้อข่าว" description="แก้ไขได้ก่อนสร้างไฟล์ เว้นบรรทัดเพื่อขึ้นย่อหน้าใหม่" autosize minRows={8} maxRows={20} value={choice.news.body} onChange={(e) => onChange({ news: { ...choice.news, body: e.currentTarget.value } })} />
    </>
  );
}

/** The choices each document offers, then those every document has (font, digits). */
export function ReportOptions({ choice, onChange }: Props) {
  const fonts = useCall('report-fonts', {});
  const source = docOf(choice.doc).source;
  return (
    <Stack gap="sm">
      {source === 'seminar' ? <SeminarOptions choice={choice} onChange={onChange} /> : <RegisterOptions choice={choice} onChange={onChange} />}
      {choice.doc === 'news' && choice.seminarId !== null && <NewsEditor choice={choice} onChange={onChange} />}
      <Switch label="ใช้เลขไทย (๐–๙) ในวันที่และลำดับ" checked={choice.thaiDigits} onChange={(e) => onChange({ thaiDigits: e.currentTarget.checked })} />
      <Select
        label="แบบอักษร"
        allowDeselect={false}
        data={(fonts.data ?? []).map((f) => ({ value: f.id, label: f.available ? f.label : `${f.label} — ไม่พบในเครื่องนี้`, disabled: !f.available }))}
        value={choice.font}
        onChange={(v) => v && onChange({ font: v as ReportFont })}
      />
    </Stack>
  );
}
