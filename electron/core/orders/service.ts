import type { OrderCandidate, OrderDetail, OrderSummary, orderCandidatesQuery, orderInput } from '@shared/api/orders';
import { AppFailure } from '@shared/errors';
import { STATUS_LABELS } from '@shared/schemas/volunteer';
import { addDays, fromThaiDigits, isoParts, BE_OFFSET, todayIso } from '@shared/thai';
import type { z } from 'zod';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';
import { readVolunteer } from '../volunteers/repository';
import { appointTerm } from '../volunteers/terms';
import { readOfficeSettings } from '../settings/service';

const NAME = "v.title || v.first_name || ' ' || v.last_name";

/**
 * Renewals are the register's "terms ending" view (active, current term ending between today and
 * today + N days), and with `lapsed` also the terms that already ended unrenewed (marked ครบวาระ,
 * or still active past the term's end); a new intake is every active volunteer no order has
 * appointed yet and who has no order number on the record.
 */
export function orderCandidates(ctx: CoreContext, q: z.output<typeof orderCandidatesQuery>): OrderCandidate[] {
  const today = todayIso(ctx.now());
  const where = ['v.erased_at IS NULL'];
  const params: unknown[] = [];
  if (q.kind === 'renewal' && q.lapsed) {
    where.push("((v.status = 'active' AND v.term_end <= ?) OR v.status = 'term_ended')");
    params.push(addDays(today, q.withinDays));
  } else if (q.kind === 'renewal') {
    where.push("v.status = 'active'", 'v.term_end BETWEEN ? AND ?');
    params.push(today, addDays(today, q.withinDays));
  } else {
    where.push("v.status = 'active'", "v.appointment_order_no = ''", 'NOT EXISTS (SELECT 1 FROM volunteer_terms t WHERE t.volunteer_id = v.id AND t.order_id IS NOT NULL)');
  }
  if (q.district) {
    where.push('v.area_district = ?');
    params.push(q.district);
  }
  return ctx.db
    .prepare(
      `SELECT v.id, ${NAME} AS name, v.area_subdistrict AS areaSubdistrict, v.area_district AS areaDistrict, v.level, v.term_end AS termEnd
       FROM volunteers v WHERE ${where.join(' AND ')} ORDER BY v.area_district, v.area_subdistrict, v.sort_name, v.id`,
    )
    .all(...params) as OrderCandidate[];
}

/** `12/2568` → 12 and 2568, Thai digits read as Arabic. */
function splitNo(orderNo: string): { n: number; year: number } {
  const [n, year] = fromThaiDigits(orderNo).split('/').map(Number);
  return { n, year };
}

export function nextOrderNo(db: Db, date: string): string {
  const year = isoParts(date).year + BE_OFFSET;
  const used = (db.prepare('SELECT order_no FROM appointment_orders').pluck().all() as string[]).map(splitNo).filter((o) => o.year === year);
  return `${used.reduce((m, o) => Math.max(m, o.n), 0) + 1}/${year}`;
}

const SUMMARY = `SELECT o.id, o.kind, o.order_no AS orderNo, o.order_date AS orderDate, o.term_start AS termStart, o.term_end AS termEnd,
  (SELECT count(*) FROM appointment_order_people p WHERE p.order_id = o.id) AS people,
  o.cancelled_on AS cancelledOn, o.cancel_reason AS cancelReason FROM appointment_orders o`;

export function listOrders(db: Db): OrderSummary[] {
  return db.prepare(`${SUMMARY} ORDER BY o.order_date DESC, o.id DESC`).all() as OrderSummary[];
}

/** The order with its list as it was printed when issued (migration 0014), not as the register reads now. */
export function readOrder(db: Db, id: number): OrderDetail {
  const o = db.prepare(`${SUMMARY} WHERE o.id = ?`).get(id) as OrderSummary | undefined;
  if (!o) throw new AppFailure('NOT_FOUND', 'ไม่พบคำสั่งนี้ อาจถูกลบหรือเปลี่ยนแปลงไปแล้ว');
  const extra = db.prepare('SELECT legal_basis AS legalBasis, signer_name AS signerName, signer_position AS signerPosition FROM appointment_orders WHERE id = ?').get(id) as Pick<
    OrderDetail,
    'legalBasis' | 'signerName' | 'signerPosition'
  >;
  const members = db
    .prepare(
      `SELECT volunteer_id AS volunteerId, name, area_subdistrict AS areaSubdistrict, area_district AS areaDistrict, level
       FROM appointment_order_people WHERE order_id = ? ORDER BY seq`,
    )
    .all(id) as OrderDetail['members'];
  return { ...o, ...extra, members };
}

/** Keeps each person on the order as printed now: their name, area and level, in the list's order. */
function snapshotPeople(db: Db, orderId: number): void {
  db.prepare(
    `INSERT INTO appointment_order_people (order_id, volunteer_id, seq, name, area_subdistrict, area_district, level)
     SELECT t.order_id, v.id, row_number() OVER (ORDER BY v.area_district, v.area_subdistrict, v.sort_name, v.id),
            trim(${NAME}), v.area_subdistrict, v.area_district, v.level
     FROM volunteer_terms t JOIN volunteers v ON v.id = t.volunteer_id WHERE t.order_id = ?`,
  ).run(orderId);
}

/**
 * Numbers and dates the order and gives everyone on it a new term that points at it, all or
 * nothing. Who cannot be appointed (erased, resigned, deceased, removed, already on this order's
 * term) is named in the refusal so the clerk can take them off the list.
 */
export function createOrder(ctx: CoreContext, input: z.output<typeof orderInput>): OrderDetail {
  const office = readOfficeSettings(ctx.db);
  const signerName = input.signerName || office.headName;
  const signerPosition = input.signerPosition || office.headPosition;
  const id = ctx.db.transaction(() => {
    if (ctx.db.prepare('SELECT 1 FROM appointment_orders WHERE order_no = ?').get(input.orderNo)) {
      const message = `เลขที่คำสั่ง ${input.orderNo} มีอยู่แล้ว ใช้เลขที่ถัดไป`;
      throw new AppFailure('CONFLICT', message, { orderNo: message });
    }
    const people = [...new Set(input.volunteerIds)].map((vid) => {
      const v = readVolunteer(ctx.db, vid);
      if (!v) throw new AppFailure('NOT_FOUND', 'ไม่พบอาสาสมัครบางรายในทะเบียน อาจถูกลบไปแล้ว เลือกรายชื่อใหม่');
      return v;
    });
    const refused = people.filter((v) => v.erasedAt || !['active', 'term_ended'].includes(v.status));
    if (refused.length) {
      const who = refused.slice(0, 5).map((v) => (v.erasedAt ? `รหัส ${v.id} (ลบข้อมูลแล้ว)` : `${v.title}${v.firstName} ${v.lastName} (${STATUS_LABELS[v.status]})`));
      throw new AppFailure('VALIDATION', `แต่งตั้งไม่ได้ ${refused.length} คน: ${who.join(', ')}${refused.length > 5 ? ' …' : ''} นำออกจากรายชื่อแล้วบันทึกอีกครั้ง`, {
        volunteerIds: 'มีผู้ที่แต่งตั้งไม่ได้อยู่ในรายชื่อ',
      });
    }
    const orderId = Number(
      ctx.db
        .prepare(
          `INSERT INTO appointment_orders (order_no, order_date, kind, term_start, term_end, legal_basis, signer_name, signer_position, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(input.orderNo, input.orderDate, input.kind, input.termStart, input.termEnd, input.legalBasis, signerName, signerPosition, ctx.now().toISOString()).lastInsertRowid,
    );
    for (const v of people) appointTerm(ctx, v, { orderNo: input.orderNo, orderDate: input.orderDate, termStart: input.termStart, termEnd: input.termEnd, orderId });
    snapshotPeople(ctx.db, orderId);
    ctx.audit({ entity: 'order', entityId: String(orderId), action: 'create', details: { orderNo: input.orderNo, orderDate: input.orderDate, kind: input.kind, people: people.length } });
    return orderId;
  })();
  return readOrder(ctx.db, id);
}
