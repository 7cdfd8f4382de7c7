import { testCore } from '../../helpers/core';
import { emblemDataUrl, OFFICE_NAME, PROJECT_TITLE, SEMINAR_DATE, songkhlaGroups } from './fixtures';

export const LETTER_OFFICE = {
  officeName: OFFICE_NAME,
  province: 'สงขลา',
  address: 'ศาลากลางจังหวัดสงขลา ถนนราชดำเนิน\nอำเภอเมืองสงขลา จังหวัดสงขลา 90000',
  phone: '074311047',
  headName: 'นายสมชาย ใจดี',
  headPosition: 'แรงงานจังหวัดสงขลา',
  signatories: [{ name: 'นางสาวสุดา รักงาน', position: 'นักวิชาการแรงงานชำนาญการ' }],
  operatorName: 'สุดา',
  emblem: emblemDataUrl(),
};

/** The Songkhla seminar with its three groups, two sessions and a priced budget. */
export async function plannedSeminar(options: { people?: boolean } = {}) {
  const core = testCore();
  await core.call('settings-save', LETTER_OFFICE);
  const groups = songkhlaGroups();
  const s = await core.call('seminar-create', {
    title: PROJECT_TITLE,
    venueRoom: 'ห้องประชุมโรงแรมหรรษา เจ.บี.',
    venuePlace: 'อำเภอหาดใหญ่ จังหวัดสงขลา',
    venueAddress: '',
    notes: '',
    chairName: 'นายวิรัตน์ ศรีสำราญ',
    chairPosition: 'รองผู้ว่าราชการจังหวัดสงขลา',
    reporterName: LETTER_OFFICE.headName,
    reporterPosition: LETTER_OFFICE.headPosition,
    objectives: ['เพื่อเสริมสร้างศักยภาพเครือข่ายอาสาสมัครแรงงาน', 'เพื่อสร้างความเข้าใจในภารกิจของกระทรวงแรงงาน'],
    responsibleOfficer: 'นางสาวสุดา รักงาน',
    days: [{ date: SEMINAR_DATE, sessions: [{ start: '09:00', end: '12:00', topic: 'พิธีเปิดและบรรยายพิเศษ' }, { start: '13:00', end: '16:30', topic: 'การประสานงานเครือข่ายอาสาสมัครแรงงาน' }] }],
    groups: groups.map((g) => ({ name: g.name, plannedCount: g.planned })),
  });
  if (options.people !== false) {
    for (const [gi, g] of groups.entries()) {
      for (const p of g.people) await core.call('participant-add-walkin', { seminarId: s.id, groupId: s.groups[gi].id, name: p.name, position: p.position, agency: p.agency, phone: '' });
    }
  }
  await core.call('budget-line-save', { seminarId: s.id, category: 'meal', description: 'ค่าอาหารกลางวัน', quantity: 100, times: 1, rate: 120 });
  await core.call('budget-line-save', { seminarId: s.id, category: 'snack', description: 'ค่าอาหารว่างและเครื่องดื่ม', quantity: 100, times: 2, rate: 35 });
  await core.call('budget-line-save', { seminarId: s.id, category: 'venue', description: 'ค่าเช่าห้องประชุม', quantity: 1, times: 1, rate: 5000, actualAmount: 5000 });
  return { core, seminar: await core.call('seminar-get', { id: s.id }), groups };
}
