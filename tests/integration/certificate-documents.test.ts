import { describe, expect, it } from 'vitest';
import type { Input } from '@shared/api';
import { testCore, type TestCore } from '../helpers/core';
import { songkhlaSeminar } from '../helpers/seminar-fixtures';
import { pdfText, savePdf } from './reports/pdf-tools';

/*
 * What a seminar's certificates say, made through the core's dispatch and read back from the PDF:
 * who gets one by default, the wording by the kind of event and of recipient, and the date given.
 */

const HEAD = 'นายสมชาย ใจดี';

/** Each page's holder and its text without spaces (pdftotext breaks the wording where the page does). */
function pagesByName(file: string): Record<string, string> {
  const pages = pdfText(file, 'raw').split('\f').filter((p) => p.trim());
  return Object.fromEntries(pages.map((p) => [/แสดงว่า\s*\n\s*(.+)\n/.exec(p)?.[1].trim() ?? '', p.replace(/\s+/g, '')]));
}

async function seminarOf(core: TestCore, kind: Input<'seminar-create'>['kind'], title: string) {
  const s = await core.call('seminar-create', { ...songkhlaSeminar, kind, title, days: [{ date: '2020-03-13', sessions: [{ start: '09:00', end: '12:00', topic: 'บรรยาย' }] }] });
  const sessionId = s.days[0].sessions[0].id;
  const walkIn = (group: number, name: string, present = true) =>
    core.call('participant-add-walkin', { seminarId: s.id, groupId: s.groups[group].id, name, position: '', agency: '', phone: '', checkInSessionId: present ? sessionId : undefined });
  return { s, sessionId, walkIn };
}

async function certs(core: TestCore, name: string, input: Input<'report-certificates'>) {
  return pagesByName(savePdf(name, (await core.call('report-certificates', input)).bytes));
}

describe('seminar certificates as printed', () => {
  it('go by default to those present, not the organisers’ group nor the signer; chosen groups add the organisers, never the signer; speakers when asked, as speakers', async () => {
    const core = testCore();
    await core.call('settings-save', { officeName: 'สำนักงานแรงงานจังหวัดสงขลา', province: 'สงขลา', address: '', phone: '', headName: HEAD, headPosition: 'แรงงานจังหวัดสงขลา', signatories: [], operatorName: '', emblem: null });
    const { s, sessionId, walkIn } = await seminarOf(core, 'seminar', 'สัมมนาเครือข่ายอาสาสมัครแรงงาน');
    await walkIn(0, HEAD); // the head of office, who signs, attended too
    await walkIn(0, 'นางสาวหัวหน้า ส่วนราชการ');
    await walkIn(1, 'นายคณะ ทำงาน'); // คณะทำงาน…: the organisers
    await walkIn(2, 'นางมาลี ทองดี');
    await walkIn(2, 'นายไม่มา ลงเวลา', false);
    await core.call('speaker-save', { seminarId: s.id, sessionId, name: 'ดร.วิชัย ความรู้', position: 'อาจารย์', agency: 'มหาวิทยาลัยสงขลานครินทร์', isGovernment: true, hours: 3 });

    const byDefault = await certs(core, 'cert-default.pdf', { seminarId: s.id, kind: 'completion' });
    expect(Object.keys(byDefault).sort()).toEqual(['นางสาวหัวหน้า ส่วนราชการ', 'นางมาลี ทองดี'].sort());
    for (const page of Object.values(byDefault)) {
      expect(page).toContain('ได้ผ่านการสัมมนาเครือข่ายอาสาสมัครแรงงาน');
      // Given on the event's last day unless the clerk sets the date.
      expect(page).toContain('ให้ไว้ณวันที่13มีนาคม2563');
      expect(page).toContain(`(${HEAD.replace(/\s+/g, '')})`);
    }

    const chosen = await certs(core, 'cert-chosen.pdf', { seminarId: s.id, kind: 'completion', groupIds: s.groups.map((g) => g.id), speakers: true, givenOn: '2020-03-20' });
    expect(Object.keys(chosen).sort()).toEqual(['นางสาวหัวหน้า ส่วนราชการ', 'นายคณะ ทำงาน', 'นางมาลี ทองดี', 'ดร.วิชัย ความรู้'].sort());
    expect(chosen['ดร.วิชัย ความรู้']).toContain('ได้เป็นวิทยากรในการสัมมนาเครือข่ายอาสาสมัครแรงงาน');
    expect(chosen['ดร.วิชัย ความรู้']).not.toContain('ได้ผ่านการ');
    expect(chosen['นายคณะ ทำงาน']).toContain('ได้ผ่านการสัมมนาเครือข่ายอาสาสมัครแรงงาน');
    for (const page of Object.values(chosen)) expect(page).toContain('ให้ไว้ณวันที่20มีนาคม2563');
  });

  it('are worded by the kind of event: ผ่านการฝึกอบรม, ผ่านการสัมมนา, เข้าร่วมประชุม; a เกียรติบัตร says เข้าร่วม', async () => {
    const core = testCore();
    const cases = [
      { kind: 'training', title: 'โครงการฝึกอบรมอาสาสมัครแรงงาน', completion: 'ได้ผ่านการฝึกอบรมตามโครงการฝึกอบรมอาสาสมัครแรงงาน', honour: 'ได้เข้าร่วมโครงการฝึกอบรมอาสาสมัครแรงงาน' },
      { kind: 'seminar', title: 'สัมมนาเครือข่ายแรงงาน', completion: 'ได้ผ่านการสัมมนาเครือข่ายแรงงาน', honour: 'ได้เข้าร่วมสัมมนาเครือข่ายแรงงาน' },
      { kind: 'meeting', title: 'ประชุมคณะทำงานอาสาสมัครแรงงาน', completion: 'ได้เข้าร่วมประชุมคณะทำงานอาสาสมัครแรงงาน', honour: 'ได้เข้าร่วมประชุมคณะทำงานอาสาสมัครแรงงาน' },
    ] as const;
    for (const c of cases) {
      const { s, walkIn } = await seminarOf(core, c.kind, c.title);
      await walkIn(2, 'นางมาลี ทองดี');
      for (const kind of ['completion', 'honour'] as const) {
        const pages = await certs(core, `cert-${c.kind}-${kind}.pdf`, { seminarId: s.id, kind });
        const page = pages['นางมาลี ทองดี'];
        expect(page, `${c.kind} ${kind}`).toContain(c[kind]);
        expect(page).toContain(kind === 'completion' ? 'วุฒิบัตรฉบับนี้ให้ไว้เพื่อแสดงว่า' : 'เกียรติบัตรฉบับนี้ให้ไว้เพื่อแสดงว่า');
        expect(page).not.toContain('ผ่านการโครงการ');
      }
    }
  });
});
