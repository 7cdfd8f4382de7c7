import type { FilePayload } from '@shared/api';
import type { volunteerListQuery } from '@shared/api/volunteers';
import { REGISTER_COLUMNS, type RegisterColumn } from '@shared/api/spreadsheets';
import { SEX_LABELS, STATUS_LABELS, type Volunteer } from '@shared/schemas/volunteer';
import { datedFileName, formatThaiDateLong, todayIso } from '@shared/thai/dates';
import { formatPhone } from '@shared/thai/phone';
import type { z } from 'zod';
import type { CoreContext } from '../../context';
import type { Job } from '../../events';
import { readOfficeSettings } from '../../settings/service';
import { fromRow } from '../../volunteers/repository';
import { listSql } from '../../volunteers/list';
import { fieldByKey } from '../volunteer-fields';
import { PrintWorkbook, valueWidth, type Column } from '../writer';

type Query = Omit<z.output<typeof volunteerListQuery>, 'page' | 'pageSize'>;

/**
 * Rows read per query; between pages the zip catches up, so memory stays flat. Small pages keep
 * few rows, cells and XML buffers alive at once: with 1,000 a page's garbage outlived V8's young
 * generation and the peak was about 100 MB higher, for no gain in speed.
 */
const PAGE = 100;
/** Rows between two progress events. */
const PROGRESS_EVERY = 2000;

const label = (key: string) => fieldByKey(key)!.label;
const text = (key: string, width: number, value: (v: Volunteer) => string): Column<Volunteer> => ({ header: label(key), width, value });
const date = (key: string, value: (v: Volunteer) => string | null): Column<Volunteer> => ({ header: label(key), width: 18, kind: 'date', value });

/** Each register column; headers are the importer's own names, so the file imports back unchanged. */
const COLUMNS: Record<RegisterColumn, Column<Volunteer>> = {
  title: text('title', 11, (v) => v.title),
  firstName: text('firstName', 18, (v) => v.firstName),
  lastName: text('lastName', 20, (v) => v.lastName),
  nationalId: text('nationalId', valueWidth('0000000000000'), (v) => v.nationalId),
  birthDate: date('birthDate', (v) => v.birthDate),
  sex: text('sex', 7, (v) => (v.sex ? SEX_LABELS[v.sex] : '')),
  phone: text('phone', valueWidth('000-000-0000'), (v) => formatPhone(v.phone)),
  lineId: text('lineId', 12, (v) => v.lineId),
  email: text('email', 20, (v) => v.email),
  'address.houseNo': text('address.houseNo', 10, (v) => v.address.houseNo),
  'address.moo': text('address.moo', 7, (v) => v.address.moo),
  'address.village': text('address.village', 14, (v) => v.address.village),
  'address.soi': text('address.soi', 10, (v) => v.address.soi),
  'address.road': text('address.road', 12, (v) => v.address.road),
  'address.subdistrict': text('address.subdistrict', 14, (v) => v.address.subdistrict),
  'address.district': text('address.district', 14, (v) => v.address.district),
  'address.province': text('address.province', 12, (v) => v.address.province),
  'address.postcode': text('address.postcode', Math.max(10, valueWidth('00000')), (v) => v.address.postcode),
  education: text('education', 14, (v) => v.education),
  occupation: text('occupation', 14, (v) => v.occupation),
  level: text('level', 22, (v) => v.level),
  'area.subdistrict': text('area.subdistrict', 14, (v) => v.area.subdistrict),
  'area.district': text('area.district', 14, (v) => v.area.district),
  'area.province': text('area.province', 12, (v) => v.area.province),
  appointmentOrderNo: text('appointmentOrderNo', 14, (v) => v.appointmentOrderNo),
  appointmentDate: date('appointmentDate', (v) => v.appointmentDate),
  termStart: date('termStart', (v) => v.termStart),
  termEnd: date('termEnd', (v) => v.termEnd),
  status: { header: 'สถานะ', width: 12, value: (v) => STATUS_LABELS[v.status] },
  notes: text('notes', 36, (v) => v.notes),
};

/**
 * The register as the ministry wants it back (every field, national IDs in full: an official
 * return), or the columns the clerk chose to print, always with the number and the name.
 */
function columns(rowNo: () => number, chosen: readonly RegisterColumn[] | undefined): Column<Volunteer>[] {
  const keep = chosen && new Set<RegisterColumn>(chosen);
  const keys = REGISTER_COLUMNS.filter((c) => !keep || ('always' in c && c.always) || keep.has(c.key)).map((c) => c.key);
  return [{ header: 'ลำดับ', width: 7, kind: 'int', value: rowNo }, ...keys.map((k) => COLUMNS[k])];
}

function filterText(q: Query): string {
  const parts = [
    q.district && `อำเภอ${q.district}`,
    q.subdistrict && `ตำบล${q.subdistrict}`,
    q.level,
    q.status && `สถานะ${STATUS_LABELS[q.status]}`,
    q.termEndsWithinDays !== null && `ครบวาระภายใน ${q.termEndsWithinDays} วัน`,
    q.q && `ค้นหา "${q.q}"`,
  ].filter(Boolean);
  return parts.length ? `เฉพาะ ${parts.join(' ')}` : 'ทุกคน';
}

export async function exportVolunteers(ctx: CoreContext, q: Query, job: Job | null, chosen?: readonly RegisterColumn[]): Promise<FilePayload> {
  const today = todayIso(ctx.now());
  // The list's own filter and order; paging is ours (the list pages for the screen).
  const s = listSql({ ...q, page: 1, pageSize: 1 }, today);
  // Erased people (PDPA) are blank rows kept only for counts: they do not belong in a return.
  const where = s.where ? `${s.where} AND v.erased_at IS NULL` : 'WHERE v.erased_at IS NULL';
  // The order is taken once as a list of ids; pages are then read by id. LIMIT/OFFSET paging would
  // walk every skipped row again on each page (most of the time of a 100,000-row export).
  const ids = ctx.db.prepare(`SELECT v.id FROM volunteers v ${where} ORDER BY ${s.orderBy}`).pluck().all(...s.params) as number[];
  const total = ids.length;
  const page = ctx.db.prepare('SELECT v.* FROM json_each(?) j JOIN volunteers v ON v.id = j.value ORDER BY j.key');
  const office = readOfficeSettings(ctx.db);
  let n = 0;
  // Spooled: the compressed file waits on disk, not as chunks in memory.
  const wb = new PrintWorkbook({ spool: true });
  let bytes: Uint8Array;
  try {
    const sheet = wb.sheet<Volunteer>({
      name: 'ทะเบียน อสร.',
      orientation: 'landscape',
      title: [
        `ทะเบียนอาสาสมัครแรงงาน${office.province ? ` จังหวัด${office.province}` : ''}`,
        `${filterText(q)} จำนวน ${total.toLocaleString('en-US')} คน ข้อมูล ณ วันที่ ${formatThaiDateLong(today)}`,
      ],
      columns: columns(() => n, chosen),
      // Number, title, first and last name: at the left of every page when the columns spread over several.
      repeatColumns: 4,
    });
    for (let offset = 0; offset < total; offset += PAGE) {
      job?.throwIfCancelled();
      if (offset % PROGRESS_EVERY === 0) job?.progress(offset, total, 'กำลังเขียนทะเบียน');
      for (const r of page.all(JSON.stringify(ids.slice(offset, offset + PAGE))) as Record<string, string | number | null>[]) {
        n++;
        sheet.add(fromRow(r));
      }
      await sheet.drain();
    }
    await sheet.commit();
    bytes = await wb.finish();
  } catch (e) {
    await wb.discard();
    throw e;
  }
  ctx.audit({ entity: 'volunteer', entityId: null, action: 'export', details: { what: 'ทะเบียนอาสาสมัครแรงงาน (Excel)', filter: filterText(q), count: total } });
  job?.progress(total, total, 'เสร็จแล้ว');
  return { name: `${datedFileName(['ทะเบียนอาสาสมัครแรงงาน'], today)}.xlsx`, bytes };
}
