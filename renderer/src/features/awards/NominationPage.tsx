import { Fragment, useEffect, useMemo, useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Checkbox, Group, Loader, Modal, Pagination, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAward, IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { Link } from 'react-router';
import { honourCertificatesName } from '@shared/api/nomination';
import { kindWeight, nominationCriteria, SCORE_PARTS, type NominationCriteria, type NominationRow } from '@shared/schemas/award';
import { fiscalYearOf, todayIso } from '@shared/thai';
import { call, platform } from '../../api/client';
import { useCall, useCallMutation } from '../../api/hooks';
import { notifySaved, saveFile, useBusy } from '../../api/job';
import { notifyError, notifySuccess } from '../../app/notify';
import { submitForm } from '../../components/formSave';
import { DistrictSelect, FiscalYearSelect } from '../../components/ReportFilters';
import { AwardFields, type AwardValues } from './AwardFields';
import { NumberField } from '../../components/NumberField';
import { WholeWords, WordsKept } from '../../components/WholeWords';

/** A weight as typed: a number, or the text NumberField keeps while the box is empty or no number. */
type Typed = number | string;
interface Draft {
  kinds: Record<number, Typed>;
  peopleWeight: Typed;
  eventWeight: Typed;
  yearWeight: Typed;
  minYears: Typed;
  minRecords: Typed;
  onlyActive: boolean;
}

/** Ranked people shown at a time: the table opens at once however many the province has. */
const PAGE_SIZE = 50;

const n = (x: number) => x.toLocaleString('th-TH');

const points = (x: number) => x.toLocaleString('th-TH', { maximumFractionDigits: 2 });

/**
 * The clerk's ticks, per fiscal year (a nominee is chosen for a year), kept for the window's
 * session: paging, another district or conditions, a look at another year or at a person's page
 * and back lose none of them.
 */
const TICKS_KEY = 'nomination-ticks';
function useTicks(fiscalYear: number): [ReadonlySet<number>, (next: Set<number>) => void] {
  const [byYear, setByYear] = useState<Record<number, number[]>>(() => {
    try {
      return JSON.parse(sessionStorage.getItem(TICKS_KEY) ?? '{}') as Record<number, number[]>;
    } catch {
      return {};
    }
  });
  useEffect(() => sessionStorage.setItem(TICKS_KEY, JSON.stringify(byYear)), [byYear]);
  const ticked = useMemo(() => new Set(byYear[fiscalYear] ?? []), [byYear, fiscalYear]);
  return [ticked, (next) => setByYear((all) => ({ ...all, [fiscalYear]: [...next] }))];
}

/** A row's score by its parts, each named (`ผลงาน 9.7 · ผู้ได้รับประโยชน์ 1 · เข้าร่วม 0 · อายุงาน 6`); a name and its points never part across lines. */
function ScoreParts({ row, kinds }: { row: NominationRow; kinds: { name: string; weight: number }[] }) {
  const byKind = kinds.map((k, i) => `${k.name} ${n(row.records[i])} รายการ × ${points(k.weight)}`).join('\n');
  return (
    <Text size="xs" c="dimmed" data-testid="nomination-score-parts" title={`คะแนนผลงานแยกตามประเภท:\n${byKind}`}>
      {SCORE_PARTS.map((p, i) => (
        <Fragment key={p.key}>
          {i > 0 && ' · '}
          <span style={{ whiteSpace: 'nowrap' }}>{p.label} {points(row.parts[p.key])}</span>
        </Fragment>
      ))}
    </Text>
  );
}

/** The criteria as the contract takes them, checked with the same schema (and Thai messages) as the core. */
function parseDraft(d: Draft, base: NominationCriteria) {
  const typed = (v: Typed) => (typeof v === 'number' ? v : v.trim() === '' ? null : Number.isNaN(Number(v)) ? v : Number(v));
  return nominationCriteria.safeParse({
    ...base,
    kindWeights: Object.entries(d.kinds).map(([kindId, w]) => ({ kindId: Number(kindId), weight: typed(w) })),
    peopleWeight: typed(d.peopleWeight),
    eventWeight: typed(d.eventWeight),
    yearWeight: typed(d.yearWeight),
    minYears: typed(d.minYears),
    minRecords: typed(d.minRecords),
    onlyActive: d.onlyActive,
  });
}

function RecordModal({ fiscalYear, volunteerIds, hidden, onClose }: { fiscalYear: number; volunteerIds: number[]; hidden: number; onClose(done: boolean): void }) {
  const record = useCallMutation('nomination-record', ['nomination-rank', 'award-list']);
  const form = useForm<AwardValues>({ mode: 'controlled', initialValues: { fiscalYear, kind: 'outstanding_province', kindText: '', givenBy: '', givenOn: null, notes: '' } });
  const submit = submitForm(form, async (v) => {
    const done = await record.mutateAsync({ ...v, fiscalYear, volunteerIds });
    notifySuccess(`บันทึกรางวัลปีงบประมาณ ${fiscalYear} ให้ ${done.recorded.toLocaleString('th-TH')} คนแล้ว`);
    onClose(true);
  });
  return (
    <Modal opened onClose={() => onClose(false)} title={`บันทึกรางวัลให้ผู้ได้รับการคัดเลือก ${volunteerIds.length.toLocaleString('th-TH')} คน (ปีงบประมาณ ${fiscalYear})`} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <AwardFields form={form} withYear={false} years={[fiscalYear]} />
          {hidden > 0 && <Text size="sm">รวมผู้ที่เลือกไว้แต่ไม่แสดงในตารางตอนนี้ {hidden.toLocaleString('th-TH')} คน (ดูรายชื่อใต้ปุ่มบนหน้าจอ)</Text>}
          <Text size="sm" c="dimmed">บันทึกพร้อมกันทุกคน หากมีผู้ใดบันทึกไม่ได้ จะไม่บันทึกให้ผู้ใดเลย</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose(false)}>ยกเลิก</Button>
            <Button type="submit" loading={record.isPending}>บันทึกรางวัล</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * `/activities/nomination`: the อสร.ดีเด่น helper. The clerk picks a fiscal year (and a district),
 * adjusts the weights and minimum conditions (the ranking follows at once; "บันทึกเกณฑ์" keeps them
 * as the office's), sees each score's parts, ticks the nominees, then prints the ranked list (PDF,
 * Excel), records their award in one go, and prints their certificates of honour.
 */
export function NominationPage() {
  const [fiscalYear, setFiscalYear] = useState(() => fiscalYearOf(todayIso()));
  const [district, setDistrict] = useState('');
  const saved = useCall('nomination-criteria-get', {});
  const kinds = useCall('activity-kinds-get', {});
  const saveCriteria = useCallMutation('nomination-criteria-save', ['nomination-criteria-get']);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [ticked, setTicked] = useTicks(fiscalYear);
  const [recording, setRecording] = useState(false);
  const { busy, run: make } = useBusy();

  useEffect(() => {
    if (!saved.data || !kinds.data || draft) return;
    const c = saved.data;
    const shown = kinds.data.filter((k) => k.active);
    setDraft({ kinds: Object.fromEntries(shown.map((k) => [k.id, kindWeight(c, k)])), peopleWeight: c.peopleWeight, eventWeight: c.eventWeight, yearWeight: c.yearWeight, minYears: c.minYears, minRecords: c.minRecords, onlyActive: c.onlyActive });
  }, [saved.data, kinds.data, draft]);

  const parsed = useMemo(() => (draft && saved.data ? parseDraft(draft, saved.data) : null), [draft, saved.data]);
  const criteria = parsed?.success ? parsed.data : undefined;
  const errors = useMemo(() => Object.fromEntries((parsed && !parsed.success ? parsed.error.issues : []).map((i) => [i.path.join('.'), i.message])), [parsed]);
  const kindError = (kindId: number) => {
    const at = Object.keys(draft?.kinds ?? {}).indexOf(String(kindId));
    return errors[`kindWeights.${at}.weight`];
  };
  // The core sends one page of the ranking; the page shown stays while the next one comes.
  const [page, setPage] = useState(1);
  const ranking = useCall('nomination-rank', { fiscalYear, district, criteria, page, pageSize: PAGE_SIZE }, { enabled: !!criteria, placeholderData: (previous) => previous });
  const r = ranking.data;
  // A new ranking (another year, district or weights) opens at its first page.
  useEffect(() => setPage(1), [fiscalYear, district, criteria]);
  const chosen = [...ticked];
  const pages = Math.max(1, Math.ceil((r?.total ?? 0) / PAGE_SIZE));
  const current = r?.page ?? 1;
  const shown = r?.rows ?? [];
  // The people ticked whom this page does not show: on another page, or left out of this ranking
  // (another district, a minimum condition). They stay chosen; the core says where each stands.
  const onPage = new Set(shown.map((x) => x.volunteerId));
  const offPage = chosen.filter((id) => !onPage.has(id));
  const standings = useCall('nomination-chosen', { fiscalYear, district, criteria, volunteerIds: offPage }, { enabled: !!r && !!criteria && offPage.length > 0, placeholderData: (previous) => previous });
  const elsewhere = offPage.length ? (standings.data ?? []).filter((x) => ticked.has(x.volunteerId) && !onPage.has(x.volunteerId)) : [];
  const hidden = elsewhere.filter((x) => x.rank === null);
  const otherPages = elsewhere.length - hidden.length;
  const tick = (ids: number[], on: boolean) => {
    const next = new Set(ticked);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    setTicked(next);
  };
  const pageTicked = shown.filter((x) => ticked.has(x.volunteerId)).length;
  const span = shown.length ? `ลำดับที่ ${n(shown[0].rank)}–${n(shown[shown.length - 1].rank)}` : '';

  // Each award's certificate is given its number from the office's register as it is saved to print (a cancelled save gives none).
  const printCertificates = async () => {
    const name = `${honourCertificatesName(fiscalYear)}.pdf`;
    const saved = await platform.saveIssued('nomination-certificates-issue', { fiscalYear, volunteerIds: chosen, thaiDigits: false }, name);
    if (saved) notifySaved(saved.path, name);
  };
  const untick = (id: number) => tick([id], false);
  const set = (patch: Partial<Draft>) => draft && setDraft({ ...draft, ...patch });
  const weightInput = (label: string, value: Typed, onChange: (v: Typed) => void, error?: string) => (
    <NumberField label={label} value={value} onChange={onChange} error={error} w={170} />
  );

  return (
    <Stack>
      <Stack gap={0}>
        <Anchor component={Link} to="/activities/report" size="sm">← รายงานผลการปฏิบัติงาน</Anchor>
        <Title order={2}>คัดเลือกอาสาสมัครแรงงานดีเด่น (อสร.ดีเด่น)</Title>
        <Text c="dimmed" size="sm">จัดลำดับอาสาสมัครตามผลงานในปีงบประมาณ ปรับน้ำหนักคะแนนได้ ติ๊กผู้ได้รับการคัดเลือก แล้วพิมพ์บัญชีรายชื่อ บันทึกรางวัล และพิมพ์เกียรติบัตร</Text>
      </Stack>
      <Card withBorder>
        <Group align="flex-end" wrap="wrap">
          <FiscalYearSelect value={fiscalYear} onChange={setFiscalYear} />
          <DistrictSelect value={district} onChange={setDistrict} />
        </Group>
        {draft && kinds.data && (
          <Stack gap="xs" mt="md">
            <Text fw={600} size="sm">น้ำหนักคะแนน (คะแนนต่อผลงาน 1 รายการ)</Text>
            <SimpleGrid cols={{ base: 2, md: 5 }}>
              {kinds.data.filter((k) => k.active).map((k) => (
                <NumberField
                  key={k.id}
                  label={<WordsKept text={k.name} />}
                  title={k.name}
                  // A long kind name wraps whole instead of being cut (ความช่ว…); the boxes of a row stay level at the bottom.
                  styles={{ root: { height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'flex-end' } }}
                  value={draft.kinds[k.id]}
                  onChange={(v) => set({ kinds: { ...draft.kinds, [k.id]: v } })}
                  error={kindError(k.id)}
                />
              ))}
            </SimpleGrid>
            <Group align="flex-start" wrap="wrap">
              {weightInput('ผู้ได้รับประโยชน์/คน', draft.peopleWeight, (v) => set({ peopleWeight: v }), errors.peopleWeight)}
              {weightInput('เข้าร่วมสัมมนา/อบรม/ครั้ง', draft.eventWeight, (v) => set({ eventWeight: v }), errors.eventWeight)}
              {weightInput('อายุงาน/ปี', draft.yearWeight, (v) => set({ yearWeight: v }), errors.yearWeight)}
              {weightInput('ขั้นต่ำ: ดำรงตำแหน่ง (ปี)', draft.minYears, (v) => set({ minYears: v }), errors.minYears)}
              {weightInput('ขั้นต่ำ: ผลงาน (รายการ)', draft.minRecords, (v) => set({ minRecords: v }), errors.minRecords)}
            </Group>
            {/* A line of its own: beside the boxes it hung below them, apart, once the row wrapped. */}
            <Checkbox label="เฉพาะผู้ที่ปฏิบัติหน้าที่อยู่" checked={draft.onlyActive} onChange={(e) => set({ onlyActive: e.currentTarget.checked })} />
            <Group>
              <Button
                variant="light"
                size="xs"
                disabled={!criteria}
                loading={saveCriteria.isPending}
                onClick={() => criteria && saveCriteria.mutateAsync(criteria).then(() => notifySuccess('บันทึกเกณฑ์เป็นค่าประจำสำนักงานแล้ว'), notifyError)}
              >
                บันทึกเกณฑ์เป็นค่าประจำสำนักงาน
              </Button>
              {!criteria && <Text size="sm" c="red">แก้ไขช่องที่ไม่ถูกต้องก่อน จึงจะจัดลำดับใหม่ได้</Text>}
            </Group>
          </Stack>
        )}
      </Card>
      {(ranking.isPending && !!criteria) || !draft ? <Loader aria-label="กำลังจัดลำดับ" /> : null}
      {ranking.error && <Alert color="red">{ranking.error.message}</Alert>}
      {r && (
        <Stack>
          <Group justify="space-between">
            <Text fw={600}>{r.periodLabel} · {r.district ? `อำเภอ${r.district}` : 'ทุกอำเภอ'} · ผ่านเงื่อนไข {n(r.total)} คน · เลือกแล้ว {chosen.length.toLocaleString('th-TH')} คน</Text>
            <Group gap="xs">
              <Button size="sm" leftSection={<IconFileTypePdf size={16} />} variant="light" loading={busy} onClick={() => make(async () => saveFile(await call('nomination-pdf', { fiscalYear, district, criteria, volunteerIds: chosen })))}>
                บันทึก PDF
              </Button>
              <Button size="sm" leftSection={<IconFileSpreadsheet size={16} />} variant="light" loading={busy} onClick={() => make(async () => saveFile(await call('nomination-xlsx', { fiscalYear, district, criteria, volunteerIds: chosen })))}>
                บันทึกเป็น Excel
              </Button>
              <Button size="sm" leftSection={<IconAward size={16} />} disabled={!chosen.length} onClick={() => setRecording(true)}>
                บันทึกรางวัล ({chosen.length.toLocaleString('th-TH')} คน)
              </Button>
              <Button size="sm" variant="outline" disabled={!chosen.length} loading={busy} onClick={() => make(printCertificates)}>
                พิมพ์เกียรติบัตร ({chosen.length.toLocaleString('th-TH')} คน)
              </Button>
            </Group>
          </Group>
          {r.total > 0 && (
            <Group gap="xs" data-testid="nomination-chosen">
              <Text size="sm" c="dimmed">
                เลือกแล้วทั้งหมด {n(chosen.length)} คน (ในหน้านี้ {n(pageTicked)}{otherPages > 0 ? ` · หน้าอื่น ${n(otherPages)}` : ''}{hidden.length > 0 ? ` · ไม่แสดงในตาราง ${n(hidden.length)}` : ''}) · ช่องบนหัวตารางเลือกทั้งหมดเฉพาะในหน้านี้ ({span}) ที่เลือกไว้ในหน้าอื่นยังเลือกอยู่
              </Text>
              {chosen.length > 0 && (
                <Button size="compact-xs" variant="subtle" onClick={() => setTicked(new Set())}>
                  ล้างที่เลือกทั้งหมด
                </Button>
              )}
            </Group>
          )}
          {hidden.length > 0 && (
            <Alert color="yellow" data-testid="nomination-chosen-hidden" title={`เลือกไว้แต่ไม่แสดงในตารางนี้ ${n(hidden.length)} คน`}>
              <Text size="sm">ยังนับอยู่ในผู้ที่เลือก การบันทึกรางวัลและพิมพ์เกียรติบัตรจะรวมคนเหล่านี้ด้วย หากไม่ต้องการ กด “ไม่เลือก” ที่ชื่อนั้น</Text>
              <Stack gap={2} mt={4} mah={180} style={{ overflowY: 'auto' }}>
                {hidden.map((x) => (
                  <Group key={x.volunteerId} gap="xs" wrap="nowrap">
                    <Text size="sm"><WholeWords text={x.name || 'ไม่ทราบชื่อ'} /> — {x.reason}</Text>
                    <Button size="compact-xs" variant="subtle" aria-label={`ไม่เลือก ${x.name}`} onClick={() => untick(x.volunteerId)}>ไม่เลือก</Button>
                  </Group>
                ))}
              </Stack>
            </Alert>
          )}
          {/* Fits a 1093 px window without sideways scrolling: the area sits under the name, the
              heads wrap between their words, and the score's parts sit under the total. */}
          <Table striped withTableBorder data-testid="nomination-ranking">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>
                  <Checkbox
                    aria-label={`เลือกทั้งหมดในหน้านี้ (${span})`}
                    title={`เลือกทั้งหมดในหน้านี้ (${span}) เท่านั้น ไม่รวมหน้าอื่น`}
                    checked={shown.length > 0 && pageTicked === shown.length}
                    indeterminate={pageTicked > 0 && pageTicked < shown.length}
                    disabled={shown.length === 0}
                    onChange={(e) => tick(shown.map((x) => x.volunteerId), e.currentTarget.checked)}
                  />
                </Table.Th>
                <Table.Th>ลำดับ</Table.Th>
                {/* Read as two pairs: a line ends after the slash, not between อำเภอ and ตำบล. */}
                <Table.Th><WholeWords text={'ชื่อ – สกุล / อำเภอ\u00a0ตำบล'} /></Table.Th>
                <Table.Th ta="right"><WholeWords text="อายุงาน (ปี)" /></Table.Th>
                <Table.Th ta="right"><WholeWords text="ผลงาน (รายการ)" /></Table.Th>
                <Table.Th ta="right"><WholeWords text="ผู้ได้รับประโยชน์" /></Table.Th>
                <Table.Th ta="right"><WholeWords text="เข้าร่วม" /></Table.Th>
                <Table.Th ta="right" title={`คะแนนรวม = ${SCORE_PARTS.map((p) => p.label).join(' + ')}`}>
                  <WholeWords text="คะแนนรวม" />{' '}
                  <Text span size="xs" c="dimmed" display="block" style={{ whiteSpace: 'nowrap' }}>(แยกตามเกณฑ์)</Text>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((row) => (
                <Table.Tr key={row.volunteerId}>
                  <Table.Td>
                    <Checkbox
                      aria-label={`เลือก ${row.name}`}
                      checked={ticked.has(row.volunteerId)}
                      onChange={(e) => tick([row.volunteerId], e.currentTarget.checked)}
                    />
                  </Table.Td>
                  <Table.Td>{row.rank}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/volunteers/${row.volunteerId}`} size="sm"><WholeWords text={row.name} /></Anchor>
                    {row.awards.map((a) => <Badge key={a} ml={6} size="sm" color="yellow" variant="light">{a}</Badge>)}
                    <Text size="xs" c="dimmed"><WholeWords text={[row.district && `อ.${row.district}`, row.subdistrict && `ต.${row.subdistrict}`].filter(Boolean).join(' ')} /></Text>
                  </Table.Td>
                  <Table.Td ta="right">{row.years}</Table.Td>
                  <Table.Td ta="right" title={r.kinds.map((k, i) => `${k.name} ${row.records[i]}`).join(' · ')}>{row.records.reduce((a, b) => a + b, 0)}</Table.Td>
                  <Table.Td ta="right">{row.people.toLocaleString('th-TH')}</Table.Td>
                  <Table.Td ta="right">{row.events}</Table.Td>
                  <Table.Td ta="right">
                    <Text span fw={700} size="sm" data-testid="nomination-score">{points(row.score)}</Text>
                    <ScoreParts row={row} kinds={r.kinds} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {r.total > PAGE_SIZE && (
            <Group justify="space-between" data-testid="nomination-pages">
              <Text size="sm">
                หน้า {n(current)} จาก {n(pages)} ({span} จาก {n(r.total)} คน)
              </Text>
              <Pagination
                total={pages}
                value={current}
                onChange={setPage}
                withEdges
                getItemProps={(p) => ({ 'aria-label': `หน้า ${p}` })}
                getControlProps={(c) => ({ 'aria-label': { first: 'หน้าแรก', previous: 'หน้าก่อน', next: 'หน้าถัดไป', last: 'หน้าสุดท้าย' }[c] })}
              />
            </Group>
          )}
          {r.total === 0 && <Alert color="yellow">ไม่มีอาสาสมัครที่ผ่านเงื่อนไขขั้นต่ำในปีงบประมาณนี้ ลองลดเงื่อนไขขั้นต่ำ</Alert>}
          {r.excludedCount > 0 && (
            <details>
              <summary><Text span size="sm">ไม่ผ่านเงื่อนไขขั้นต่ำ {n(r.excludedCount)} คน (ดูเหตุผล{r.excludedCount > r.excluded.length ? ` ${n(r.excluded.length)} คนแรก` : ''})</Text></summary>
              <Table mt="xs" data-testid="nomination-excluded">
                <Table.Tbody>
                  {r.excluded.map((x) => (
                    <Table.Tr key={x.volunteerId}>
                      <Table.Td>{x.name}</Table.Td>
                      <Table.Td>{x.district}</Table.Td>
                      <Table.Td>{x.reason}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </details>
          )}
        </Stack>
      )}
      {recording && <RecordModal fiscalYear={fiscalYear} volunteerIds={chosen} hidden={hidden.length} onClose={() => setRecording(false)} />}
    </Stack>
  );
}
