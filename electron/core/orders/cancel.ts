import type { OrderDetail, orderCancelInput } from '@shared/api/orders';
import { AppFailure } from '@shared/errors';
import { formatThaiDateLong } from '@shared/thai';
import type { z } from 'zod';
import type { CoreContext } from '../context';
import { readVolunteer, statusChanger } from '../volunteers/repository';
import { readOrder } from './service';

/** What the appointment wrote in the status history when it put someone whose term had ended back on duty (volunteers/terms.ts). */
const returnedBy = (orderNo: string) => `แต่งตั้งวาระใหม่ ตามคำสั่งที่ ${orderNo}`;

/**
 * ยกเลิกคำสั่ง: the order keeps its number and its list as printed, and says when and why it was
 * cancelled; the terms it created are removed, all in one transaction. A person whose current term
 * came from it gets their previous term back (or none), and someone it had returned to duty from
 * "term ended" goes back to it. Each person's change and the cancellation are audited.
 */
export function cancelOrder(ctx: CoreContext, input: z.output<typeof orderCancelInput>): OrderDetail {
  ctx.db.transaction(() => {
    const db = ctx.db;
    const order = readOrder(db, input.id);
    if (order.cancelledOn) {
      throw new AppFailure('CONFLICT', `คำสั่งที่ ${order.orderNo} ถูกยกเลิกไปแล้วเมื่อวันที่ ${formatThaiDateLong(order.cancelledOn)}`);
    }
    if (input.cancelledOn < order.orderDate) {
      const message = `วันที่ยกเลิกต้องไม่ก่อนวันที่ออกคำสั่ง (${formatThaiDateLong(order.orderDate)})`;
      throw new AppFailure('VALIDATION', message, { cancelledOn: message });
    }
    const at = ctx.now().toISOString();
    const terms = db.prepare('SELECT id, volunteer_id AS volunteerId, term_start AS termStart FROM volunteer_terms WHERE order_id = ? ORDER BY id').all(input.id) as {
      id: number; volunteerId: number; termStart: string | null;
    }[];
    const removeTerm = db.prepare('DELETE FROM volunteer_terms WHERE id = ?');
    const previous = db.prepare(
      `SELECT order_no AS orderNo, order_date AS orderDate, term_start AS termStart, term_end AS termEnd FROM volunteer_terms
       WHERE volunteer_id = ? ORDER BY term_start IS NULL, term_start DESC, id DESC LIMIT 1`,
    );
    const setCurrent = db.prepare('UPDATE volunteers SET appointment_order_no = ?, appointment_date = ?, term_start = ?, term_end = ?, updated_at = ? WHERE id = ?');
    const returned = db.prepare("SELECT 1 FROM volunteer_status_changes WHERE volunteer_id = ? AND from_status = 'term_ended' AND to_status = 'active' AND reason = ?").pluck();
    const changeStatus = statusChanger(db);
    const reason = `ยกเลิกคำสั่งที่ ${order.orderNo}: ${input.reason}`;
    for (const t of terms) {
      removeTerm.run(t.id);
      const v = readVolunteer(db, t.volunteerId);
      if (!v) continue;
      const details: Record<string, unknown> = { orderNo: order.orderNo, termStart: t.termStart };
      // Only a current term that this order made is replaced: a later appointment stays as it is.
      if (v.appointmentOrderNo === order.orderNo && v.termStart === t.termStart) {
        const p = previous.get(v.id) as { orderNo: string; orderDate: string | null; termStart: string | null; termEnd: string | null } | undefined;
        setCurrent.run(p?.orderNo ?? '', p?.orderDate ?? null, p?.termStart ?? null, p?.termEnd ?? null, at, v.id);
        details.currentTerm = p ? { termStart: p.termStart, termEnd: p.termEnd, orderNo: p.orderNo } : null;
      }
      if (v.status === 'active' && returned.get(v.id, returnedBy(order.orderNo))) {
        changeStatus(v.id, 'active', 'term_ended', input.cancelledOn, reason, at);
        details.status = ['active', 'term_ended'];
      }
      ctx.audit({ entity: 'volunteer', entityId: String(v.id), action: 'term-cancel', details });
    }
    db.prepare('UPDATE appointment_orders SET cancelled_on = ?, cancel_reason = ?, cancelled_at = ? WHERE id = ?').run(input.cancelledOn, input.reason, at, input.id);
    ctx.audit({ entity: 'order', entityId: String(input.id), action: 'cancel', details: { orderNo: order.orderNo, cancelledOn: input.cancelledOn, reason: input.reason, terms: terms.length } });
  })();
  return readOrder(ctx.db, input.id);
}
