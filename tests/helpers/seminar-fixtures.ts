import type { Input } from '@shared/api';
import { nationalIdCheckDigit } from '@shared/thai';

/** A valid 13-digit national ID from a running number. */
export function nationalIdFor(n: number): string {
  const first12 = `31000${String(n).padStart(7, '0')}`;
  return first12 + nationalIdCheckDigit(first12);
}

/** The Songkhla seminar of 13 March 2563 (DOMAIN.md): one day, two sessions, three groups, 100 planned. */
export const songkhlaSeminar: Input<'seminar-create'> = {
  title: 'สัมมนาเครือข่ายอาสาสมัครแรงงานจังหวัดสงขลา',
  kind: 'seminar',
  status: 'planned',
  trainingType: 'outsider',
  venueKind: 'gov',
  venueRoom: 'ห้องประชุมชั้น 2',
  venuePlace: 'ศาลากลางจังหวัดสงขลา',
  venueAddress: 'ถนนราชดำเนิน ตำบลบ่อยาง อำเภอเมืองสงขลา จังหวัดสงขลา',
  chairName: 'นายสมพงษ์ ตัวอย่าง',
  chairPosition: 'รองผู้ว่าราชการจังหวัดสงขลา',
  reporterName: 'นายสมชาย ใจดี',
  reporterPosition: 'แรงงานจังหวัดสงขลา',
  objectives: ['เพื่อพัฒนาศักยภาพอาสาสมัครแรงงาน', 'เพื่อสร้างเครือข่ายการทำงานด้านแรงงานในพื้นที่'],
  responsibleOfficer: 'นางสาวสุดา รักงาน',
  notes: '',
  days: [
    {
      date: '2020-03-13',
      sessions: [
        { start: '09:00', end: '12:00', topic: 'พิธีเปิดและบรรยายพิเศษ' },
        { start: '13:00', end: '16:00', topic: 'การประสานงานเครือข่าย' },
      ],
    },
  ],
  groups: [
    { name: 'หัวหน้าส่วนราชการสังกัดกระทรวงแรงงาน', plannedCount: 5, category: 'official' },
    { name: 'คณะทำงานพัฒนาอาสาสมัครแรงงานจังหวัด', plannedCount: 20, category: 'official' },
    { name: 'อาสาสมัครแรงงาน', plannedCount: 75, category: 'outsider' },
  ],
};

/** A register volunteer as the volunteer form would send it. */
export function volunteer(n: number, district = 'เมืองสงขลา', subdistrict = 'บ่อยาง'): Input<'volunteer-create'> {
  return {
    title: 'นาย',
    firstName: `สมหมาย${n}`,
    lastName: `ทดสอบ${n}`,
    firstNameEn: '',
    lastNameEn: '',
    nationalId: nationalIdFor(n),
    birthDate: '1975-05-05',
    sex: 'male',
    phone: '',
    lineId: '',
    email: '',
    address: { houseNo: '1', moo: '', village: '', soi: '', road: '', subdistrict, district, province: 'สงขลา', postcode: '90000' },
    education: '',
    occupation: '',
    level: '',
    area: { subdistrict, district, province: 'สงขลา' },
    appointmentOrderNo: '',
    appointmentDate: null,
    termStart: null,
    termEnd: null,
    notes: '',
  };
}
