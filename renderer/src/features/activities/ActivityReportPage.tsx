import { useState } from 'react';
import { Alert, Anchor, Button, Card, Checkbox, Group, Loader, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { FilePayload } from '@shared/api';
import { officeActivityNote, type ActivityReportQuery, type ReportScope } from '@shared/schemas/activity';
import { THAI_MONTHS, fiscalYearOf, todayIso } from '@shared/thai';
import { call } from '../../api/client';
import { useCall } from '../../api/hooks';
import { saveFile, useBusy } from '../../api/job';
import { DistrictSelect, FiscalYearSelect } from '../../components/ReportFilters';
import { WordsKept, WholeWords } from '../../components/WholeWords';
import { PdfPreview } from '../reports/PdfPreview';

const FISCAL_MONTHS = [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const n = (x: number) => (x ? x.toLocaleString('th-TH') : '-');

/**
 * The periodic report (รายงานผลการปฏิบัติงานของอาสาสมัครแรงงาน): a month, a quarter or a fiscal
 * year, the province or one district, by district or by volunteer. The figures are shown here;
 * the PDF (official layout) and the ministry's Excel workbook carry the same.
 */
export function ActivityReportPage() {
  const [fiscalYear, setFiscalYear] = useState(() => fiscalYearOf(todayIso()));
  const [scope, setScope] = useState<ReportScope>('year');
  const [month, setMonth] = useState(1);
  const [quarter, setQuarter] = useState(1);
  const [district, setDistrict] = useState('');
  const [by, setBy] = useState<'district' | 'volunteer'>('district');
  const [thaiDigits, setThaiDigits] = useState(true);
  const [pdf, setPdf] = useState<FilePayload | null>(null);
  const { busy, run: make } = useBusy();
  const query: ActivityReportQuery = { period: { fiscalYear, scope, ...(scope === 'month' ? { month } : {}), ...(scope === 'quarter' ? { quarter } : {}) }, district, by };
  const report = useCall('activity-report', query);

  const change = (apply: () => void) => {
    apply();
    setPdf(null);
  };

  const r = report.data;
  const note = r && officeActivityNote(r);
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Anchor component={Link} to="/activities" size="sm">← บันทึกผลงานรายเดือน</Anchor>
          <Title order={2}>รายงานผลการปฏิบัติงานของอาสาสมัคร</Title>
        </Stack>
        <Button component={Link} to="/activities/nomination" variant="light">คัดเลือก อสร.ดีเด่น</Button>
      </Group>
      <Card withBorder>
        <Group align="flex-end" wrap="wrap">
          <FiscalYearSelect value={fiscalYear} onChange={(y) => change(() => setFiscalYear(y))} />
          <SegmentedControl
            aria-label="ช่วงเวลา"
            value={scope}
            onChange={(v) => change(() => setScope(v as ReportScope))}
            data={[{ value: 'month', label: 'รายเดือน' }, { value: 'quarter', label: 'รายไตรมาส' }, { value: 'year', label: 'ทั้งปีงบประมาณ' }]}
          />
          {scope === 'month' && (
            <Select
              label="เดือน"
              w={150}
              allowDeselect={false}
              data={FISCAL_MONTHS.map((m, i) => ({ value: String(i + 1), label: THAI_MONTHS[m - 1] }))}
              value={String(month)}
              onChange={(v) => v && change(() => setMonth(Number(v)))}
            />
          )}
          {scope === 'quarter' && (
            <Select
              label="ไตรมาส"
              w={220}
              allowDeselect={false}
              data={['ต.ค. – ธ.ค.', 'ม.ค. – มี.ค.', 'เม.ย. – มิ.ย.', 'ก.ค. – ก.ย.'].map((l, i) => ({ value: String(i + 1), label: `ไตรมาสที่ ${i + 1} (${l})` }))}
              value={String(quarter)}
              onChange={(v) => v && change(() => setQuarter(Number(v)))}
            />
          )}
          <DistrictSelect value={district} onChange={(d) => change(() => setDistrict(d))} />
          <SegmentedControl
            aria-label="แสดงผล"
            value={by}
            onChange={(v) => change(() => setBy(v as 'district' | 'volunteer'))}
            data={[{ value: 'district', label: 'รายอำเภอ' }, { value: 'volunteer', label: 'รายบุคคล' }]}
          />
        </Group>
        <Group mt="md" justify="space-between">
          <Checkbox label="ใช้เลขไทยใน PDF" checked={thaiDigits} onChange={(e) => change(() => setThaiDigits(e.currentTarget.checked))} />
          <Group gap="xs">
            <Button leftSection={<IconFileTypePdf size={16} />} loading={busy} onClick={() => make(async () => setPdf(await call('report-activities', { query, thaiDigits })))}>
              แสดงตัวอย่าง PDF
            </Button>
            <Button variant="light" leftSection={<IconFileSpreadsheet size={16} />} loading={busy} onClick={() => make(async () => saveFile(await call('activity-report-xlsx', query)))}>
              บันทึกเป็น Excel
            </Button>
          </Group>
        </Group>
      </Card>
      {report.isPending && <Loader />}
      {report.error && <Alert color="red">{report.error.message}</Alert>}
      {pdf && <PdfPreview file={pdf} />}
      {r && !pdf && (
        <Stack>
          <Text fw={600}>{r.periodLabel} · {r.district ? `อำเภอ${r.district}` : 'ทุกอำเภอ'} · รวม {n(r.total)} คน · ไม่มีผลงาน {n(r.inactive.length)} จาก {n(r.serving)} คน</Text>
          <Table.ScrollContainer minWidth={640}>
            <Table striped withTableBorder data-testid="activity-report">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{by === 'volunteer' ? 'ชื่อ – สกุล' : 'อำเภอ'}</Table.Th>
                  {r.kinds.map((k) => <Table.Th key={k.id} ta="right"><WordsKept text={k.name} /></Table.Th>)}
                  <Table.Th ta="right">รวม</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.rows.slice(0, 500).map((row) => (
                  <Table.Tr key={`${row.label}-${row.subdistrict}-${row.district}`}>
                    <Table.Td><WholeWords text={row.label} />{by === 'volunteer' && <Text span size="xs" c="dimmed"> ต.{row.subdistrict} อ.{row.district}</Text>}</Table.Td>
                    {row.counts.map((c, i) => <Table.Td key={r.kinds[i].id} ta="right">{n(c)}</Table.Td>)}
                    <Table.Td ta="right" fw={600}>{n(row.total)}</Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr fw={700}>
                  {/* Names and รวมทั้งสิ้น stay whole: a 1093 px window drew รวมทั้ง|สิ้น. */}
                  <Table.Td><WholeWords text="รวมทั้งสิ้น" /></Table.Td>
                  {r.totals.map((c, i) => <Table.Td key={r.kinds[i].id} ta="right">{n(c)}</Table.Td>)}
                  <Table.Td ta="right">{n(r.total)}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {note && <Text size="sm" c="dimmed" data-testid="office-activity-note">หมายเหตุ: {note}</Text>}
          {r.rows.length > 500 && <Text size="sm" c="dimmed">แสดง 500 แถวแรกจาก {n(r.rows.length)} แถว ดูทั้งหมดได้ใน PDF หรือ Excel</Text>}
          {r.agencies.length > 0 && (
            <Table withTableBorder data-testid="activity-report-agencies">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>ส่งต่อไปยังหน่วยงาน</Table.Th>
                  <Table.Th ta="right">จำนวนเรื่อง</Table.Th>
                  <Table.Th ta="right">จำนวนคน</Table.Th>
                  <Table.Th ta="right">ได้รับความช่วยเหลือ</Table.Th>
                  <Table.Th ta="right">ไม่ได้รับความช่วยเหลือ</Table.Th>
                  <Table.Th ta="right">รอผล/ไม่ทราบผล</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.agencies.map((a) => (
                  <Table.Tr key={a.agency}>
                    <Table.Td>{a.agency}</Table.Td>
                    <Table.Td ta="right">{n(a.records)}</Table.Td>
                    <Table.Td ta="right">{n(a.people)}</Table.Td>
                    <Table.Td ta="right">{n(a.helped)}</Table.Td>
                    <Table.Td ta="right">{n(a.notHelped)}</Table.Td>
                    <Table.Td ta="right">{n(a.pending)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
    </Stack>
  );
}
