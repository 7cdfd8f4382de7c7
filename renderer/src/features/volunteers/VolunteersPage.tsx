import { useState } from 'react';
import { Anchor, Badge, Button, Group, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { VolunteerListRow, VolunteerSort } from '@shared/api/volunteers';
import { STATUS_LABELS, VOLUNTEER_STATUSES, type VolunteerStatus } from '@shared/schemas/volunteer';
import { formatNationalId, formatPhone, maskNationalId } from '@shared/thai';
import { useCall } from '../../api/hooks';
import { RegisterSpreadsheetActions } from '../exports/RegisterSpreadsheetActions';
import { VolunteerListReportButton } from '../reports/ReportButtons';
import { STATUS_COLORS, dateText, statusOptions } from './labels';
import { SampleDataButton } from './SampleDataButton';
import { WholeWords } from '../../components/WholeWords';

const PAGE_SIZE = 50;
const TERM_WINDOWS = [30, 60, 90, 180, 365].map((d) => ({ value: String(d), label: `ภายใน ${d} วัน` }));

/** The register: search by any part of a name, ID or phone, filters, server-side paging and sorting. */
const WIDE = '(min-width: 75em)';

/** "อาสาสมัครแรงงานระดับตำบล" → "ระดับตำบล"; a level named otherwise is shown whole. */
const shortLevel = (level: string) => level.replace(/^อาสาสมัครแรงงาน(?=ระดับ)/, '');

export function VolunteersPage() {
  const navigate = useNavigate();
  // Below 1200 px (1366×768 at Windows' 125 % is 1093) the phone goes under the name: seven columns
  // ran past the window and hid the status.
  const wide = useMediaQuery(WIDE, true);
  // Other screens (the dashboard) link here with filters in the query string.
  const [params] = useSearchParams();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 200);
  const [district, setDistrict] = useState<string | null>(params.get('district'));
  const [subdistrict, setSubdistrict] = useState<string | null>(null);
  const [level, setLevel] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(params.get('status'));
  const [termDays, setTermDays] = useState<string | null>(params.get('termEndsWithinDays'));
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<DataTableSortStatus<VolunteerListRow>>({ columnAccessor: 'name', direction: 'asc' });
  // PDPA: a list on a screen others can see shows IDs masked until the clerk asks for them.
  const [fullIds, setFullIds] = useState(false);
  const idText = fullIds ? formatNationalId : maskNationalId;

  const summary = useCall('volunteer-summary', {});
  const subdistricts = (summary.data?.districts.find((d) => d.district === district)?.subdistricts ?? []).map((s) => ({
    value: s.subdistrict,
    label: `${s.subdistrict} (${s.count})`,
  }));
  // What is asked, without paging: the Excel export takes the same filter and order.
  const query = {
    q: debouncedQ,
    district: district ?? '',
    subdistrict: subdistrict ?? '',
    level: level ?? '',
    status: (status as VolunteerStatus | null) ?? '',
    termEndsWithinDays: termDays ? Number(termDays) : null,
    sortBy: sort.columnAccessor as VolunteerSort,
    sortDir: sort.direction,
  } as const;
  const list = useCall('volunteer-list', { ...query, page, pageSize: PAGE_SIZE }, { placeholderData: (previous) => previous });

  // Any change of what is asked starts again at the first page.
  const reset = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(1);
  };

  const empty = summary.data?.total === 0;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>ทะเบียนอาสาสมัครแรงงาน</Title>
        <Group>
          <RegisterSpreadsheetActions query={query} />
          <VolunteerListReportButton query={query} />
          <Button variant="subtle" component={Link} to="/volunteers/duplicates">
            ตรวจรายชื่อซ้ำ
          </Button>
          <Button variant="subtle" component={Link} to="/volunteers/rules">
            เกณฑ์ทะเบียน
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/volunteers/new')}>
            เพิ่มอาสาสมัคร
          </Button>
        </Group>
      </Group>
      {summary.data && !empty && (
        <Group gap="xs" aria-label="จำนวนอาสาสมัคร">
          <Badge variant="light" size="lg">ทั้งหมด {summary.data.total.toLocaleString('th-TH')} คน</Badge>
          {VOLUNTEER_STATUSES.map((s) => (
            <Badge key={s} variant="light" color={STATUS_COLORS[s]} size="lg">
              {STATUS_LABELS[s]} {summary.data.byStatus[s].toLocaleString('th-TH')}
            </Badge>
          ))}
        </Group>
      )}
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label="ค้นหา"
          leftSection={<IconSearch size={16} />}
          placeholder="ชื่อ นามสกุล เลขประจำตัวประชาชน หรือโทรศัพท์"
          value={q}
          onChange={(e) => reset(setQ)(e.currentTarget.value)}
          w={380}
          data-autofocus
          autoFocus
        />
        <Select
          label="อำเภอ"
          placeholder="ทุกอำเภอ"
          data={(summary.data?.districts ?? []).map((d) => ({ value: d.district, label: `${d.district} (${d.count})` }))}
          value={district}
          onChange={(v) => {
            reset(setDistrict)(v);
            setSubdistrict(null);
          }}
          searchable
          clearable
          w={200}
        />
        <Select label="ตำบล" placeholder="ทุกตำบล" data={subdistricts} value={subdistrict} onChange={reset(setSubdistrict)} searchable clearable disabled={!district} w={180} />
        <Select label="ระดับ" placeholder="ทุกระดับ" data={summary.data?.levels ?? []} value={level} onChange={reset(setLevel)} clearable w={230} />
        <Select label="สถานะ" placeholder="ทุกสถานะ" data={statusOptions} value={status} onChange={reset(setStatus)} clearable w={160} />
        <Select label="วาระสิ้นสุด" placeholder="ไม่กำหนด" data={TERM_WINDOWS} value={termDays} onChange={reset(setTermDays)} clearable w={150} />
        <Switch label="แสดงเลขประจำตัวประชาชนเต็ม" checked={fullIds} onChange={(e) => setFullIds(e.currentTarget.checked)} mb={8} />
        {termDays && (
          // The terms ending, as filtered here, are the people an order renewing them appoints.
          <Button variant="light" component={Link} to={`/orders/new?kind=renewal&withinDays=${termDays}&district=${encodeURIComponent(district ?? '')}`} mb={2}>
            ออกคำสั่งต่อวาระ
          </Button>
        )}
      </Group>
      {empty ? (
        <Stack align="flex-start" gap="xs">
          <Text>ยังไม่มีอาสาสมัครในทะเบียน เพิ่มรายแรก นำเข้าจากไฟล์ Excel หรือทดลองใช้งานด้วยข้อมูลตัวอย่าง</Text>
          <SampleDataButton />
        </Stack>
      ) : (
        <DataTable<VolunteerListRow>
          withTableBorder
          striped
          highlightOnHover
          minHeight={200}
          noRecordsText="ไม่พบอาสาสมัครตามเงื่อนไขนี้"
          records={list.data?.rows ?? []}
          totalRecords={list.data?.total ?? 0}
          recordsPerPage={PAGE_SIZE}
          page={page}
          onPageChange={setPage}
          paginationText={({ from, to, totalRecords }) => `${from}–${to} จาก ${totalRecords.toLocaleString('th-TH')} คน`}
          fetching={list.isFetching}
          sortStatus={sort}
          onSortStatusChange={(s) => reset(setSort)(s)}
          onRowClick={({ record }) => navigate(`/volunteers/${record.id}`)}
          rowStyle={() => ({ cursor: 'pointer' })}
          columns={[
            {
              accessor: 'name',
              title: 'ชื่อ–นามสกุล',
              sortable: true,
              // A link, so the keyboard reaches each person with Tab and opens them with Enter.
              render: (r) => (
                <>
                  <Anchor component={Link} to={`/volunteers/${r.id}`} c={r.erased ? 'dimmed' : undefined} onClick={(e) => e.stopPropagation()}>
                    {r.erased ? 'ลบข้อมูลส่วนบุคคลแล้ว' : <WholeWords text={`${r.title}${r.firstName} ${r.lastName}`} />}
                  </Anchor>
                  {!wide && r.phone && <Text size="xs" c="dimmed">{formatPhone(r.phone)}</Text>}
                </>
              ),
            },
            { accessor: 'nationalId', title: 'เลขประจำตัวประชาชน', sortable: true, render: (r) => (r.nationalId ? idText(r.nationalId) : '—') },
            { accessor: 'phone', title: 'โทรศัพท์', visibleMediaQuery: WIDE, render: (r) => <WholeWords text={formatPhone(r.phone)} /> },
            { accessor: 'district', title: 'พื้นที่รับผิดชอบ', sortable: true, render: (r) => <WholeWords text={[r.areaSubdistrict && `ต.${r.areaSubdistrict}`, r.areaDistrict && `อ.${r.areaDistrict}`].filter(Boolean).join(' ')} /> },
            // Under the head "ระดับ" the level reads without the words every level repeats (ระดับตำบล).
            { accessor: 'level', title: 'ระดับ', sortable: true, render: (r) => <WholeWords text={shortLevel(r.level)} /> },
            { accessor: 'termEnd', title: 'สิ้นสุดวาระ', sortable: true, render: (r) => dateText(r.termEnd) },
            { accessor: 'status', title: 'สถานะ', sortable: true, render: (r) => <Badge color={STATUS_COLORS[r.status]} variant="light">{STATUS_LABELS[r.status]}</Badge> },
          ]}
        />
      )}
    </Stack>
  );
}
