import type { ordersApi } from '@shared/api/orders';
import { AppFailure } from '@shared/errors';
import type { CoreContext, HandlerMap } from '../context';
import { readOfficeSettings } from '../settings/service';
import { appointmentOrder } from '../reports/documents/appointment-order';
import { envFor, pdf } from '../reports/output';
import { cancelOrder } from './cancel';
import { createOrder, listOrders, nextOrderNo, orderCandidates, readOrder } from './service';

export const ordersHandlers: HandlerMap<keyof typeof ordersApi> = {
  'order-candidates': (q, ctx) => orderCandidates(ctx, q),
  'order-next-no': ({ date }, ctx) => ({ orderNo: nextOrderNo(ctx.db, date) }),
  'order-create': (input, ctx) => createOrder(ctx, input),
  'order-list': (_input, ctx) => listOrders(ctx.db),
  'order-get': ({ id }, ctx) => readOrder(ctx.db, id),
  'order-cancel': (input, ctx) => cancelOrder(ctx, input),

  'order-document': async (input, ctx: CoreContext) => {
    const order = readOrder(ctx.db, input.id);
    // A Word file of a cancelled order could be edited back into a valid-looking one.
    if (order.cancelledOn && input.format === 'docx') {
      throw new AppFailure('CONFLICT', 'คำสั่งนี้ถูกยกเลิกแล้ว พิมพ์ได้เฉพาะ PDF ที่มีตราว่า "ยกเลิก" เพื่อเก็บเป็นหลักฐาน');
    }
    const office = readOfficeSettings(ctx.db);
    const env = envFor(ctx, input);
    // The order names every person it appoints: printing it is an export of personal data.
    ctx.audit({ entity: 'order', entityId: String(order.id), action: 'print', details: { document: `คำสั่งที่ ${order.orderNo}`, people: order.members.length, format: input.format } });
    const doc = appointmentOrder(
      {
        kind: order.kind,
        officeName: office.officeName,
        province: office.province,
        orderNo: order.orderNo,
        orderDate: order.orderDate,
        termStart: order.termStart,
        termEnd: order.termEnd,
        legalBasis: order.legalBasis,
        signer: { name: order.signerName, position: order.signerPosition },
        people: order.members,
        cancelled: order.cancelledOn ? { on: order.cancelledOn, reason: order.cancelReason } : null,
      },
      env,
    );
    const name = `คำสั่งแต่งตั้งอาสาสมัครแรงงาน-${order.orderNo.replace('/', '-')}`;
    return pdf(name, doc, env, [...order.members.map((m) => m.name), order.signerName, office.officeName], input.format);
  },
};
