import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core';
import { testCore } from '../helpers/core';
import { ACTIVITY_NOW, activityRegister } from '../helpers/activity-fixtures';
import { LETTER_OFFICE } from './reports/letter-fixtures';
import { expectTextContains, pdfText, renderPages, savePdf } from './reports/pdf-tools';

const award = (volunteerId: number, over: Record<string, unknown> = {}) => ({
  volunteerId,
  fiscalYear: 2568,
  kind: 'outstanding_province' as const,
  kindText: '',
  givenBy: 'คำสั่งจังหวัดสงขลา ที่ 12/2568',
  givenOn: '2025-12-05',
  notes: 'มอบในงานวันแรงงาน',
  ...over,
});

describe('awards (รางวัลและการเชิดชูเกียรติ) per volunteer', () => {
  it('are added, corrected, listed newest first and removed, each change in the person’s audit trail', async () => {
    const core = testCore({ now: () => ACTIVITY_NOW });
    const [a] = await activityRegister(core);
    const first = await core.call('award-create', award(a));
    const other = await core.call('award-create', award(a, { fiscalYear: 2569, kind: 'other', kindText: 'โล่ประกาศเกียรติคุณ', givenOn: null }));
    const pin = await core.call('award-create', award(a, { fiscalYear: 2567, kind: 'pin', kindText: 'ไม่เก็บ', givenBy: 'กระทรวงแรงงาน' }));
    expect(pin.kindText).toBe('');
    expect((await core.call('award-list', { volunteerId: a })).map((x) => x.id)).toEqual([other.id, first.id, pin.id]);

    const corrected = await core.call('award-update', { ...award(a), id: first.id, kind: 'outstanding_national', givenBy: 'กระทรวงแรงงาน' });
    expect(corrected).toMatchObject({ kind: 'outstanding_national', givenBy: 'กระทรวงแรงงาน', fiscalYear: 2568 });
    await core.call('award-delete', { id: pin.id });
    expect(await core.call('award-list', { volunteerId: a })).toHaveLength(2);

    const audit = (await core.call('volunteer-get', { id: a })).audit.map((e) => e.action);
    expect(audit.filter((x) => x.startsWith('award-'))).toEqual(['award-delete', 'award-update', 'award-create', 'award-create', 'award-create']);
  });

  it('refuses in Thai a date not yet come, an unnamed other award, a year not in B.E., the same award twice in a year, and an erased person', async () => {
    const core = testCore({ now: () => ACTIVITY_NOW });
    const [a, b] = await activityRegister(core);
    const future = await core.dispatch('award-create', award(a, { givenOn: '2026-03-16' }));
    expect(future).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { givenOn: expect.stringContaining('ยังมาไม่ถึง') } } });
    const unnamed = await core.dispatch('award-create', award(a, { kind: 'other', kindText: ' ' }));
    expect(unnamed).toMatchObject({ ok: false, error: { fields: { kindText: 'กรุณาระบุชื่อรางวัล' } } });
    const ce = await core.dispatch('award-create', award(a, { fiscalYear: 2025 }));
    expect(ce).toMatchObject({ ok: false, error: { fields: { fiscalYear: 'ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2569' } } });
    const notNumber = await core.dispatch('award-create', award(a, { fiscalYear: '๒๕๖๘' }));
    expect(notNumber).toMatchObject({ ok: false, error: { fields: { fiscalYear: expect.stringContaining('ตัวเลข') } } });

    await core.call('award-create', award(a));
    const twice = await core.dispatch('award-create', award(a, { givenOn: null }));
    expect(twice).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('บันทึกไว้แล้ว') } });
    // Another kind, or the same kind another year, is a different award.
    await core.call('award-create', award(a, { kind: 'certificate' }));
    await core.call('award-create', award(a, { fiscalYear: 2569, givenOn: null }));

    await core.call('volunteer-erase', { id: b, reason: 'ขอลบ' });
    expect(await core.dispatch('award-create', award(b))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await core.dispatch('award-create', award(99_999))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.call('award-list', { volunteerId: a })).toHaveLength(3);
  });

  it('go with the person: in the PDPA export, kept without notes when erased, moved by a merge', async () => {
    const core = testCore({ now: () => ACTIVITY_NOW });
    const [a, b, c] = await activityRegister(core);
    await core.call('award-create', award(a));
    const exported = JSON.parse(new TextDecoder().decode((await core.call('volunteer-export-person', { id: a })).bytes)) as { awards: { givenBy: string; notes: string }[] };
    expect(exported.awards).toMatchObject([{ givenBy: 'คำสั่งจังหวัดสงขลา ที่ 12/2568', notes: 'มอบในงานวันแรงงาน' }]);

    await core.call('volunteer-erase', { id: a, reason: 'ขอลบ' });
    const db = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
    expect(db.prepare('SELECT fiscal_year, kind, notes FROM volunteer_awards WHERE volunteer_id = ?').all(a)).toEqual([{ fiscal_year: 2568, kind: 'outstanding_province', notes: '' }]);
    db.close();

    await core.call('award-create', award(c, { kind: 'pin' }));
    await core.call('volunteer-merge', { keepId: b, removeId: c, take: {} });
    expect((await core.call('award-list', { volunteerId: b })).map((x) => x.kind)).toEqual(['pin']);
  });

  it('are printed in the record of service in their own section', async () => {
    const core = testCore({ now: () => ACTIVITY_NOW });
    await core.call('settings-save', LETTER_OFFICE);
    const [a, b] = await activityRegister(core);
    await core.call('award-create', award(a));
    await core.call('award-create', award(a, { fiscalYear: 2569, kind: 'other', kindText: 'โล่ประกาศเกียรติคุณ', givenBy: 'ผู้ว่าราชการจังหวัดสงขลา', givenOn: '2026-01-16' }));
    const file = savePdf('service-record-awards.pdf', (await core.call('volunteer-service-record', { volunteerId: a })).bytes);
    const text = pdfText(file);
    expectTextContains(text, [
      '5. รางวัลและการเชิดชูเกียรติ',
      'อสร.ดีเด่นระดับจังหวัด',
      'คำสั่งจังหวัดสงขลา ที่ 12/2568',
      '5 ธ.ค. 2568',
      'โล่ประกาศเกียรติคุณ',
      'ผู้ว่าราชการจังหวัดสงขลา',
      '16 ม.ค. 2569',
    ]);
    // The newer fiscal year comes first.
    expect(text.indexOf('โล่ประกาศเกียรติคุณ')).toBeLessThan(text.indexOf('อสร.ดีเด่นระดับจังหวัด'));
    renderPages(file, 1, 2);
    const none = pdfText(savePdf('service-record-no-awards.pdf', (await core.call('volunteer-service-record', { volunteerId: b })).bytes));
    expect(none).toContain('ยังไม่มีบันทึกรางวัล');
  });
});
