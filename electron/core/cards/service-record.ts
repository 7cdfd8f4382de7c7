import { AppFailure } from '@shared/errors';
import { STATUS_LABELS } from '@shared/schemas/volunteer';
import { cardNumber } from '@shared/schemas/volunteer-card';
import { fiscalYearOf, formatNationalId, maskNationalId, todayIso } from '@shared/thai';
import type { CoreContext } from '../context';
import type { ServiceRecordData } from '../reports/documents/service-record';
import { headOf } from '../reports/seminar-data';
import { volunteerSeminars } from '../seminars/read';
import { readOfficeSettings } from '../settings/service';
import { readTerms, readVolunteer } from '../volunteers/repository';
import { cardInfo } from './service';
import { listAwards } from '../awards/repository';
import { awardName } from '@shared/schemas/award';
import { OFFICE_ACTIVITY_KIND_ID } from '@shared/schemas/activity';
import { officeActivityMonths } from '../activities/office-activities';

/** Everything the register holds about one volunteer's service, for the record of service. */
export function serviceRecordData(ctx: CoreContext, volunteerId: number, fullId: boolean): ServiceRecordData {
  const v = readVolunteer(ctx.db, volunteerId);
  if (!v) throw new AppFailure('NOT_FOUND', 'ไม่พบอาสาสมัครรายนี้ อาจถูกลบหรือเปลี่ยนแปลงไปแล้ว');
  if (v.erasedAt) throw new AppFailure('CONFLICT', 'ข้อมูลส่วนบุคคลของอาสาสมัครรายนี้ถูกลบแล้ว จึงพิมพ์ประวัติไม่ได้');
  const rows = ctx.db
    .prepare(
      `SELECT a.date, k.name AS kind, k.sort, a.people FROM activities a JOIN activity_kinds k ON k.id = a.kind_id
       WHERE a.volunteer_id = ? ORDER BY a.date`,
    )
    .all(volunteerId) as { date: string; kind: string; sort: number; people: number }[];
  const years = new Map<number, Map<string, { kind: string; sort: number; entries: number; people: number }>>();
  for (const r of rows) {
    const fy = fiscalYearOf(r.date);
    const kinds = years.get(fy) ?? new Map();
    years.set(fy, kinds);
    const k = kinds.get(r.kind) ?? { kind: r.kind, sort: r.sort, entries: 0, people: 0 };
    kinds.set(r.kind, k);
    k.entries++;
    k.people += r.people;
  }
  // Office activities count under their kind as the activity report counts them.
  const officeKind = ctx.db.prepare('SELECT name AS kind, sort FROM activity_kinds WHERE id = ?').get(OFFICE_ACTIVITY_KIND_ID) as { kind: string; sort: number } | undefined;
  for (const m of officeActivityMonths(ctx.db, { start: '0000-01-01', end: '9999-12-31' }, { volunteerId })) {
    if (!officeKind || (!m.entries && !m.people)) continue;
    const fy = fiscalYearOf(`${m.month}-01`);
    const kinds = years.get(fy) ?? new Map();
    years.set(fy, kinds);
    const k = kinds.get(officeKind.kind) ?? { ...officeKind, entries: 0, people: 0 };
    kinds.set(officeKind.kind, k);
    k.entries += m.entries;
    k.people += m.people;
  }
  const area = [v.area.subdistrict && `ตำบล${v.area.subdistrict}`, v.area.district && `อำเภอ${v.area.district}`, v.area.province && `จังหวัด${v.area.province}`].filter(Boolean).join(' ');
  return {
    name: `${v.title}${v.firstName} ${v.lastName}`,
    nationalId: v.nationalId ? (fullId ? formatNationalId(v.nationalId) : maskNationalId(v.nationalId)) : '',
    level: v.level,
    area,
    status: STATUS_LABELS[v.status],
    cardNo: cardNumber(v.id),
    terms: readTerms(ctx.db, v.id),
    cards: cardInfo(ctx.db, ctx.dataDir, v.id).issues,
    seminars: volunteerSeminars(ctx.db, v.id).filter((s) => s.status !== 'cancelled').reverse(),
    activities: [...years]
      .sort(([a], [b]) => b - a)
      .map(([fiscalYear, kinds]) => ({ fiscalYear, kinds: [...kinds.values()].sort((a, b) => a.sort - b.sort).map(({ kind, entries, people }) => ({ kind, entries, people })) })),
    awards: listAwards(ctx.db, v.id).map((a) => ({ fiscalYear: a.fiscalYear, name: awardName(a), givenBy: a.givenBy, givenOn: a.givenOn, certificateNo: a.certificateNo })),
    printedOn: todayIso(ctx.now()),
    signer: headOf(readOfficeSettings(ctx.db)),
  };
}
