import type { volunteerListQuery, VolunteerListRow as RegisterRow } from '@shared/api/volunteers';
import { STATUS_LABELS } from '@shared/schemas/volunteer';
import { formatPhone, type IsoDate } from '@shared/thai';
import type { z } from 'zod';
import type { Db } from '../db/open';
import { listVolunteers } from '../volunteers/list';
import type { VolunteerListData } from './documents/volunteer-list';

type Query = Omit<z.output<typeof volunteerListQuery>, 'page' | 'pageSize'>;

/** Rows fetched per call of the register's own list query. */
const PAGE = 1000;

/** What the listing was filtered by, printed under its title. */
export function filterLabel(q: Query): string {
  const parts = [
    q.district && `อำเภอ${q.district}`,
    q.subdistrict && `ตำบล${q.subdistrict}`,
    q.level && `ระดับ ${q.level}`,
    q.status && `สถานะ ${STATUS_LABELS[q.status]}`,
    q.termEndsWithinDays !== null && `ครบวาระภายใน ${q.termEndsWithinDays} วัน`,
    q.q && `ค้นหา "${q.q}"`,
  ].filter(Boolean);
  return parts.length ? `เฉพาะ ${parts.join(' ')}` : 'ทุกคน';
}

/** Every row the register list shows for `q`, read page by page through the register's query. */
function allRows(db: Db, q: Query, today: IsoDate): RegisterRow[] {
  const rows: RegisterRow[] = [];
  for (let page = 1; ; page++) {
    const got = listVolunteers(db, { ...q, page, pageSize: PAGE }, today);
    rows.push(...got.rows);
    if (got.rows.length < PAGE) return rows;
  }
}

/**
 * The register listing: the list's filters and order, grouped by the district the volunteer
 * covers (districts in Thai order, those with none last). People erased under the PDPA are blank rows kept for counts
 * and are left out of a printed list.
 */
export function volunteerListData(db: Db, q: Query, today: IsoDate, fullIds: boolean): VolunteerListData {
  const byDistrict = new Map<string, VolunteerListData['districts'][number]['rows']>();
  for (const r of allRows(db, q, today)) {
    if (r.erased) continue;
    let rows = byDistrict.get(r.areaDistrict);
    if (!rows) byDistrict.set(r.areaDistrict, (rows = []));
    rows.push({
      name: `${r.title}${r.firstName} ${r.lastName}`,
      nationalId: r.nationalId ?? '',
      subdistrict: r.areaSubdistrict,
      phone: formatPhone(r.phone),
      level: r.level,
      status: STATUS_LABELS[r.status],
      termEnd: r.termEnd,
    });
  }
  const districts = [...byDistrict].map(([name, rows]) => ({ name, rows })).sort((a, b) => (a.name ? 0 : 1) - (b.name ? 0 : 1) || a.name.localeCompare(b.name, 'th'));
  return { filterLabel: filterLabel(q), asOf: today, districts, fullIds };
}
