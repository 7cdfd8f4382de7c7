import { describe, expect, it } from 'vitest';
import { cardNumber } from '@shared/schemas/volunteer-card';
import { maskNationalId } from '@shared/thai';
import { testCore } from '../helpers/core';
import { songkhlaSeminar } from '../helpers/seminar-fixtures';
import { LETTER_OFFICE } from './reports/letter-fixtures';
import { expectTextContains, pdfText, renderPages, savePdf } from './reports/pdf-tools';

describe('record of service (ประวัติการปฏิบัติงาน)', () => {
  it("prints one volunteer's terms and order, cards, seminars attended and activities by fiscal year, certified by the head of office", async () => {
    const core = testCore({ now: () => new Date('2025-09-20T03:00:00Z') });
    await core.call('demo-load', {});
    await core.call('settings-save', LETTER_OFFICE);
    const [v] = (await core.call('volunteer-list', { status: 'active', district: 'หาดใหญ่', pageSize: 1 })).rows;
    const person = (await core.call('volunteer-get', { id: v.id })).volunteer;
    const name = `${v.title}${v.firstName} ${v.lastName}`;

    await core.call('order-create', { kind: 'renewal', orderNo: '9/2568', orderDate: '2025-09-15', termStart: '2025-10-01', termEnd: '2028-09-30', volunteerIds: [v.id] });
    await core.call('volunteer-card-print', { volunteerIds: [v.id], issuedOn: '2025-09-16' });
    const seminar = await core.call('seminar-create', songkhlaSeminar);
    await core.call('participant-add-volunteers', { seminarId: seminar.id, groupId: seminar.groups[2].id, filter: { district: 'หาดใหญ่' } });
    const participant = (await core.call('seminar-get', { id: seminar.id })).participants.find((p) => p.volunteerId === v.id)!;
    await core.call('attendance-mark', { sessionId: seminar.days[0].sessions[0].id, participantId: participant.id, status: 'present' });
    const kinds = await core.call('activity-kinds-get', {});
    await core.call('activity-grid-save', { district: 'หาดใหญ่', month: '2024-11', cells: [{ volunteerId: v.id, kindId: kinds[0].id, people: 12 }] });
    await core.call('activity-grid-save', { district: 'หาดใหญ่', month: '2025-03', cells: [{ volunteerId: v.id, kindId: kinds[0].id, people: 8 }, { volunteerId: v.id, kindId: kinds[1].id, people: 3 }] });

    const file = await core.call('volunteer-service-record', { volunteerId: v.id });
    const path = savePdf('service-record.pdf', file.bytes);
    const text = pdfText(path);
    expectTextContains(text, [
      'ประวัติการปฏิบัติงานอาสาสมัครแรงงาน',
      LETTER_OFFICE.officeName,
      name,
      maskNationalId(person.nationalId!),
      `เลขที่บัตร ${cardNumber(v.id)}`,
      '9/2568',
      '15 ก.ย. 2568',
      '1 ต.ค. 2568',
      '30 ก.ย. 2571',
      '16 ก.ย. 2568',
      songkhlaSeminar.title,
      'เข้าร่วม',
      kinds[0].name,
      kinds[1].name,
      `(${LETTER_OFFICE.headName})`,
      'ขอรับรองว่าข้อมูลข้างต้นถูกต้องตามทะเบียนอาสาสมัครแรงงาน ณ วันที่ 20 กันยายน 2568',
    ]);
    // Both months fall in fiscal year 2568 (Oct 2567 – Sep 2568): one year, the first kind twice.
    expect(text).toContain('2568');
    expect(text).not.toContain(person.nationalId!);
    renderPages(path, 1, 2);

    const erased = await core.call('volunteer-erase', { id: v.id, reason: 'ขอลบ' });
    expect(erased.volunteer.erasedAt).not.toBeNull();
    expect(await core.dispatch('volunteer-service-record', { volunteerId: v.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
