import type { CoreContext } from '../context';
import type { Volunteer } from '@shared/schemas/volunteer';
import { addTerm, statusChanger } from './repository';

export interface NewTerm {
  orderNo: string;
  orderDate: string | null;
  termStart: string;
  termEnd: string;
  /** The appointment order that made the term, when it was made by one. */
  orderId?: number | null;
}

/**
 * Records a new appointment term for `before` (the person as read in this transaction): a term row,
 * the register row's current term, the audit entry, and, for someone whose term had ended, the
 * return to duty. The caller runs it inside its transaction.
 */
export function appointTerm(ctx: CoreContext, before: Volunteer, term: NewTerm): void {
  const { orderNo, orderDate, termStart, termEnd } = term;
  const id = before.id;
  const at = ctx.now().toISOString();
  addTerm(ctx.db, id, { orderNo, orderDate, termStart, termEnd }, term.orderId ?? null, at);
  ctx.audit({ entity: 'volunteer', entityId: String(id), action: 'term', details: { orderNo, orderDate, termStart, termEnd } });
  // A new appointment puts someone whose term had ended back on duty.
  if (before.status === 'term_ended') {
    const reason = `แต่งตั้งวาระใหม่${orderNo ? ` ตามคำสั่งที่ ${orderNo}` : ''}`;
    statusChanger(ctx.db)(id, 'term_ended', 'active', termStart, reason, at);
    ctx.audit({ entity: 'volunteer', entityId: String(id), action: 'status', details: { status: ['term_ended', 'active'], date: termStart, reason } });
  }
}
