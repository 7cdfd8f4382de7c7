import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { formatNationalId, maskNationalId } from '@shared/thai';
import { DATABASE_FILE } from '../../../electron/core';
import { tempDir, testCore } from '../../helpers/core';
import { expectFontsEmbedded, expectTextContains, pdfText, renderPages, savePdf } from './pdf-tools';

function printAudits(dataDir: string): unknown[] {
  const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
  const rows = db.prepare("SELECT details FROM audit_log WHERE entity = 'volunteer' AND action = 'print' ORDER BY id").pluck().all() as string[];
  db.close();
  return rows.map((d) => JSON.parse(d));
}

describe('report-volunteer-list', () => {
  it('prints the register list with its filters, grouped by district, IDs masked unless asked, and audits the print', async () => {
    const core = testCore();
    await core.call('demo-load', {});
    const summary = await core.call('volunteer-summary', {});
    const district = summary.districts[0].district;
    const query = { district, status: 'active' as const };
    const list = await core.call('volunteer-list', { ...query, pageSize: 200 });
    expect(list.total).toBeGreaterThan(0);

    const masked = await core.call('report-volunteer-list', { query });
    const file = savePdf('contract-volunteer-list.pdf', masked.bytes);
    expectFontsEmbedded(file);
    const text = pdfText(file);
    const first = list.rows[0];
    expectTextContains(text, [
      'ทะเบียนอาสาสมัครแรงงาน',
      `เฉพาะ อำเภอ${district} สถานะ ปฏิบัติหน้าที่`,
      `อำเภอ${district} (${list.total} คน)`,
      `${first.title}${first.firstName} ${first.lastName}`,
      maskNationalId(first.nationalId!),
    ]);
    expect(text).not.toContain(formatNationalId(first.nationalId!));
    // Only the filtered district is listed.
    const otherDistrict = summary.districts.find((d) => d.district !== district)!.district;
    expect(text).not.toContain(`อำเภอ${otherDistrict} (`);
    renderPages(file, 1, 1);

    const full = await core.call('report-volunteer-list', { query, fullIds: true });
    expect(pdfText(savePdf('contract-volunteer-list-full.pdf', full.bytes))).toContain(formatNationalId(first.nationalId!));

    expect(printAudits(core.dataDir)).toEqual([
      { document: 'ทะเบียนอาสาสมัครแรงงาน (PDF)', filter: `เฉพาะ อำเภอ${district} สถานะ ปฏิบัติหน้าที่`, count: list.total, fullIds: false },
      { document: 'ทะเบียนอาสาสมัครแรงงาน (PDF)', filter: `เฉพาะ อำเภอ${district} สถานะ ปฏิบัติหน้าที่`, count: list.total, fullIds: true },
    ]);
  });

  it('suggests a file name with the Buddhist-era date, as the spreadsheet export does', async () => {
    const now = new Date(2026, 11, 4, 10, 0);
    const core = testCore({ now: () => now });
    await core.call('demo-load', {});
    const pdf = await core.call('report-volunteer-list', { query: {} });
    const xlsx = await core.call('volunteer-export-xlsx', { query: {} });
    expect(pdf.name).toBe('ทะเบียนอาสาสมัครแรงงาน-2569-12-04.pdf');
    expect(xlsx.name).toBe('ทะเบียนอาสาสมัครแรงงาน-2569-12-04.xlsx');
  });

  it('answers with a Thai message when no volunteer matches, and prints nothing', async () => {
    const core = testCore();
    const r = await core.dispatch('report-volunteer-list', { query: { district: 'ไม่มีอำเภอนี้' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('อาสาสมัคร') } });
    expect(printAudits(core.dataDir)).toEqual([]);
  });

  it('takes its fonts from the resources folder the core was given, not from the working folder', async () => {
    const core = testCore({ resourcesDir: tempDir('asa-no-resources-') });
    await core.call('demo-load', {});
    const r = await core.dispatch('report-volunteer-list', { query: {} });
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
