import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../helpers/core';
import { songkhlaSeminar } from '../helpers/seminar-fixtures';

async function failure(core: TestCore, method: Parameters<TestCore['dispatch']>[0], input: unknown) {
  const r = await core.dispatch(method, input);
  if (r.ok) throw new Error(`${method} should have failed`);
  return r.error;
}

// The smallest valid PNG and JPEG headers: the core checks the signature, not the pixels.
/** A whole 1×1 PNG: a photo file is checked chunk by chunk. */
const PNG = new Uint8Array(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 5, 6, 7, 8]);

describe('training rates', () => {
  it('seeds the ceiling rates for types ก, ข and outsiders', async () => {
    const core = testCore();
    const rates = await core.call('rate-list', {});
    expect(rates.length).toBe(30);
    expect(await core.call('rate-lookup', { item: 'speaker_gov', trainingType: 'a', date: '2020-03-13' })).toMatchObject({ amount: 800 });
    expect(await core.call('rate-lookup', { item: 'meal_full_gov', trainingType: 'outsider', date: '2020-03-13' })).toMatchObject({ amount: 500 });
    expect(await core.call('rate-lookup', { item: 'snack_gov', trainingType: 'b', date: '2000-01-01' })).toBeNull();
  });

  it('looks rates up by effective date: a revision applies from its day on, not before', async () => {
    const core = testCore();
    const revised = await core.call('rate-save', { item: 'snack_gov', trainingType: 'outsider', effectiveFrom: '2025-10-31', amount: 50, note: 'อัตราใหม่' });
    const on = async (date: string) => (await core.call('rate-lookup', { item: 'snack_gov', trainingType: 'outsider', date }))?.amount;
    expect(await on('2025-10-30')).toBe(35);
    expect(await on('2025-10-31')).toBe(50);
    expect(await on('2026-06-01')).toBe(50);
    // Other training types keep their own rows.
    expect((await core.call('rate-lookup', { item: 'snack_gov', trainingType: 'a', date: '2026-06-01' }))?.amount).toBe(35);

    const clash = await failure(core, 'rate-save', { item: 'snack_gov', trainingType: 'outsider', effectiveFrom: '2025-10-31', amount: 60, note: '' });
    expect(clash.code).toBe('CONFLICT');
    expect(clash.message).toContain('31 ตุลาคม 2568');
    await core.call('rate-save', { ...revised, amount: 45 });
    expect(await on('2025-11-01')).toBe(45);
    await core.call('rate-delete', { id: revised.id });
    expect(await on('2025-11-01')).toBe(35);
  });
});

describe('budget and speakers', () => {
  it('fills line rates from the table in force on the first day and totals planned against actual', async () => {
    const core = testCore();
    await core.call('rate-save', { item: 'meal_partial_gov', trainingType: 'outsider', effectiveFrom: '2025-10-31', amount: 400, note: '' });
    const s = await core.call('seminar-create', songkhlaSeminar);
    const meal = await core.call('budget-line-save', { seminarId: s.id, category: 'meal', description: 'ค่าอาหารกลางวัน', rateItem: 'meal_partial_gov', quantity: 100, times: 1 });
    await core.call('budget-line-save', { seminarId: s.id, category: 'snack', description: 'อาหารว่าง 2 มื้อ', rateItem: 'snack_gov', quantity: 100, times: 2, actualAmount: 6_500 });
    await core.call('budget-line-save', { seminarId: s.id, category: 'travel', description: 'ค่าพาหนะอาสาสมัคร', quantity: 75, rate: 150.5, actualAmount: 10_200.25 });
    let d = await core.call('seminar-get', { id: s.id });
    // 13 March 2563 is before the revision: the 2555 rate (300) applies, not 400.
    expect(d.budget.map((b) => [b.rate, b.plannedAmount])).toEqual([[300, 30_000], [35, 7_000], [150.5, 11_287.5]]);
    expect(d.summary.budgetPlanned).toBe(48_287.5);
    expect(d.summary.budgetActual).toBe(16_700.25);

    await core.call('budget-line-save', { id: meal.id, seminarId: s.id, category: 'meal', description: 'ค่าอาหารกลางวัน', rateItem: 'meal_partial_gov', quantity: 90, rate: 300, actualAmount: 27_000 });
    d = await core.call('seminar-get', { id: s.id });
    expect(d.summary.budgetPlanned).toBe(45_287.5);
    expect(d.summary.budgetActual).toBe(43_700.25);

    const noRate = await failure(core, 'budget-line-save', { seminarId: s.id, category: 'other', description: 'ของที่ระลึก', quantity: 1 });
    expect(noRate.fields).toHaveProperty('rate');
    const tooEarly = await core.call('seminar-create', { ...songkhlaSeminar, days: [{ date: '2010-01-05', sessions: [{ start: '09:00', end: '12:00', topic: '' }] }] });
    expect((await failure(core, 'budget-line-save', { seminarId: tooEarly.id, category: 'snack', rateItem: 'snack_gov', description: '', quantity: 1 })).message).toContain('5 มกราคม 2553');

    await core.call('budget-line-delete', { id: meal.id });
    expect((await core.call('seminar-get', { id: s.id })).budget).toHaveLength(2);
  });

  it('computes speaker fees from hours and the rate of the session day for government and other speakers', async () => {
    const core = testCore();
    await core.call('rate-save', { item: 'speaker_private', trainingType: 'outsider', effectiveFrom: '2025-10-31', amount: 1_600, note: '' });
    const s = await core.call('seminar-create', {
      ...songkhlaSeminar,
      days: [
        { date: '2025-10-30', sessions: [{ start: '09:00', end: '12:00', topic: 'วันแรก' }] },
        { date: '2025-10-31', sessions: [{ start: '09:00', end: '12:00', topic: 'วันที่สอง' }] },
      ],
    });
    const [day1, day2] = s.days.map((d) => d.sessions[0].id);
    await core.call('speaker-save', { seminarId: s.id, sessionId: day1, name: 'นายวิทยากร ภาครัฐ', position: 'นักวิชาการแรงงาน', agency: '', isGovernment: true, hours: 3 });
    await core.call('speaker-save', { seminarId: s.id, sessionId: day1, name: 'นางวิทยากร เอกชน', position: '', agency: '', isGovernment: false, hours: 2 });
    const late = await core.call('speaker-save', { seminarId: s.id, sessionId: day2, name: 'นางวิทยากร เอกชน', position: '', agency: '', isGovernment: false, hours: 2.5 });
    let d = await core.call('seminar-get', { id: s.id });
    expect(d.speakers.map((x) => [x.rate, x.fee])).toEqual([[600, 1_800], [1_200, 2_400], [1_600, 4_000]]);
    expect(d.summary.speakerFees).toBe(8_200);

    await core.call('speaker-delete', { id: late.id });
    d = await core.call('seminar-get', { id: s.id });
    expect(d.summary.speakerFees).toBe(4_200);
    const other = await core.call('seminar-create', songkhlaSeminar);
    expect((await failure(core, 'speaker-save', { seminarId: other.id, sessionId: day1, name: 'x', position: '', agency: '', isGovernment: true, hours: 1 })).code).toBe('NOT_FOUND');
  });
});

describe('outcomes and photos', () => {
  it('saves outcome text and keeps photos as files in the data folder', async () => {
    const core = testCore();
    const s = await core.call('seminar-create', songkhlaSeminar);
    const d = await core.call('seminar-save-outcome', { id: s.id, outcomes: 'ผู้เข้าร่วมเข้าใจบทบาท', problems: 'เวลาจำกัด', suggestions: 'ควรจัดสองวัน' });
    expect(d).toMatchObject({ outcomes: 'ผู้เข้าร่วมเข้าใจบทบาท', problems: 'เวลาจำกัด', suggestions: 'ควรจัดสองวัน' });

    const photo = await core.call('seminar-photo-add', { seminarId: s.id, name: 'เปิดงาน.png', bytes: PNG, caption: 'พิธีเปิด' });
    await core.call('seminar-photo-add', { seminarId: s.id, name: 'กลุ่ม.jpg', bytes: JPEG, caption: '' });
    expect(photo).toMatchObject({ fileName: 'เปิดงาน.png', mime: 'image/png', size: PNG.length, caption: 'พิธีเปิด' });
    const folder = path.join(core.dataDir, 'photos', `seminar-${s.id}`);
    expect(fs.readdirSync(folder).filter((f) => !f.startsWith('.'))).toHaveLength(2);
    const got = await core.call('seminar-photo-get', { id: photo.id });
    expect(got.name).toBe('เปิดงาน.png');
    expect(Array.from(got.bytes)).toEqual(Array.from(PNG));

    const notImage = await failure(core, 'seminar-photo-add', { seminarId: s.id, name: 'x.txt', bytes: new TextEncoder().encode('hello'), caption: '' });
    expect(notImage.code).toBe('BAD_FILE');

    // Deleting removes the rows; the files stay until no backup refers to them (backup-photos.test.ts).
    await core.call('seminar-photo-delete', { id: photo.id });
    expect((await core.call('seminar-get', { id: s.id })).photos).toHaveLength(1);
    expect(fs.readdirSync(folder)).toHaveLength(2);
    await core.call('seminar-delete', { id: s.id });
    expect(fs.readdirSync(folder)).toHaveLength(2);
    // The next backup's sweep finds nothing that needs them and removes the folder.
    await core.call('backup-create', {});
    expect(fs.existsSync(folder)).toBe(false);
  });
});
