import type { OfficeSettings } from '@shared/schemas/settings';
import type { VolunteerData, VolunteerStatus } from '@shared/schemas/volunteer';
import { addDays, todayIso, toIso } from '@shared/thai/dates';
import { nationalIdCheckDigit } from '@shared/thai/national-id';
import type { Db } from '../db/open';
import { allPlaces } from '../geo/dataset';
import { statusChanger, volunteerInserter } from './repository';

/** Every sample row says so, on the detail page and in exports. */
export const SAMPLE_NOTE = 'ข้อมูลตัวอย่างสำหรับทดลองใช้งาน ไม่ใช่บุคคลจริง';
export const SAMPLE_PROVINCE = 'สงขลา';

/** The office the sample register belongs to (only used when no office is set up yet). */
export const SAMPLE_OFFICE: OfficeSettings = {
  officeName: 'สำนักงานแรงงานจังหวัดสงขลา (ข้อมูลตัวอย่าง)',
  province: SAMPLE_PROVINCE,
  address: 'ศาลากลางจังหวัดสงขลา ถนนราชดำเนิน ตำบลบ่อยาง อำเภอเมืองสงขลา จังหวัดสงขลา 90000',
  phone: '074-311-047',
  headName: 'นายสมมติ ตัวอย่าง',
  headPosition: 'แรงงานจังหวัดสงขลา',
  signatories: [{ name: 'นายสมมติ ตัวอย่าง', position: 'แรงงานจังหวัดสงขลา' }],
  operatorName: 'ผู้ทดลองใช้งาน',
  emblem: null,
};

const MALE = ['สมชาย', 'สมศักดิ์', 'ประเสริฐ', 'วิชัย', 'สุรชัย', 'อนันต์', 'ธนากร', 'เกษม', 'ไพโรจน์', 'บุญเลิศ', 'อับดุลเลาะ', 'ฮาซัน', 'มะรอนิง', 'ยูโซะ', 'สุไลมาน', 'ณรงค์', 'จรัญ', 'ชาตรี', 'โกวิท', 'เอกชัย', 'วีระ', 'กิตติพงษ์', 'ธีรวัฒน์', 'อุดม'];
const FEMALE = ['สมหญิง', 'สุดา', 'มาลี', 'วันเพ็ญ', 'กัลยา', 'นงลักษณ์', 'รอฮานี', 'ซูไรดา', 'ฟาตีมะ', 'อัมพร', 'จันทร์เพ็ญ', 'ปราณี', 'เยาวลักษณ์', 'ศิริพร', 'แสงเดือน', 'ละเอียด', 'กาญจนา', 'ไพลิน', 'นูรีซัน', 'อรุณี', 'พิมพ์ชนก', 'ขวัญใจ'];
const SURNAME_HEAD = ['แก้ว', 'ทอง', 'ศรี', 'บุญ', 'สุข', 'จันทร์', 'หมัด', 'เพชร', 'รัตน', 'ใจ', 'ชัย', 'นาค', 'พรหม', 'อินทร', 'ขุน', 'แสง', 'สมบูรณ์', 'มณี', 'เจริญ', 'หลี'];
const SURNAME_TAIL = ['สุวรรณ', 'ดี', 'มา', 'ประเสริฐ', 'อาดัม', 'เพ็ชร', 'วงศ์', 'ทอง', 'รักษ์', 'แก้ว', 'สะอาด', 'บุญมี', 'ชูช่วย', 'นุ้ย', 'เส็น', 'พันธ์', 'ศักดิ์', 'เดช', 'ภักดี', 'ขาว'];
const EDUCATION = ['ประถมศึกษา', 'มัธยมศึกษาตอนต้น', 'มัธยมศึกษาตอนปลาย', 'ปวช.', 'ปวส.', 'ปริญญาตรี', 'ปริญญาโท'];
const OCCUPATION = ['เกษตรกร', 'ค้าขาย', 'รับจ้างทั่วไป', 'ประมง', 'ทำสวนยางพารา', 'ธุรกิจส่วนตัว', 'พนักงานบริษัท', 'ข้าราชการบำนาญ'];
const LEVEL_SUBDISTRICT = 'อาสาสมัครแรงงานระดับตำบล';
const LEVEL_DISTRICT = 'อาสาสมัครแรงงานระดับอำเภอ';

/** A small seeded generator, so samples and benchmarks are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Makes national IDs that pass the check digit and never repeat within one generator. */
export function nationalIdMaker(random: () => number): () => string {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const first12 = (random() < 0.85 ? '3' : '1') + Array.from({ length: 11 }, () => Math.floor(random() * 10)).join('');
      const id = first12 + nationalIdCheckDigit(first12);
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
  };
}

export interface GenerateOptions {
  seed?: number;
  /** Only this province's subdistricts (default: the whole country). */
  province?: string;
  /** The date terms are counted from (ISO); default today. */
  today?: string;
}

/**
 * N synthetic volunteers with valid, unique national IDs, spread over the subdistricts of the
 * geography dataset, marked as sample data. For benchmarks, tests and the sample register.
 */
export function generateVolunteers(count: number, opts: GenerateOptions = {}): VolunteerData[] {
  const random = seededRandom(opts.seed ?? 2563);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const nextId = nationalIdMaker(random);
  const places = allPlaces(opts.province);
  const today = opts.today ?? todayIso();
  const out: VolunteerData[] = [];
  for (let i = 0; i < count; i++) {
    const place = places[i % places.length];
    const male = random() < 0.55;
    const birthYear = 1955 + Math.floor(random() * 45);
    // Terms started at different times, so some end soon and some have ended.
    const termStart = addDays(today, -Math.floor(random() * 1400));
    const termEnd = addDays(termStart, 3 * 365);
    const startYearBE = Number(termStart.slice(0, 4)) + 543;
    out.push({
      title: male ? 'นาย' : pick(['นาง', 'นางสาว']),
      firstName: pick(male ? MALE : FEMALE),
      lastName: pick(SURNAME_HEAD) + pick(SURNAME_TAIL),
      firstNameEn: '',
      lastNameEn: '',
      nationalId: nextId(),
      birthDate: toIso(birthYear, 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28)),
      sex: male ? 'male' : 'female',
      phone: `0${pick(['8', '9', '6'])}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
      lineId: '',
      email: '',
      address: {
        houseNo: `${1 + Math.floor(random() * 250)}`,
        moo: `${1 + Math.floor(random() * 12)}`,
        village: '',
        soi: '',
        road: '',
        subdistrict: place.subdistrict,
        district: place.district,
        province: place.province,
        postcode: place.postcode,
      },
      education: pick(EDUCATION),
      occupation: pick(OCCUPATION),
      level: LEVEL_SUBDISTRICT,
      area: { subdistrict: place.subdistrict, district: place.district, province: place.province },
      appointmentOrderNo: `${1 + Math.floor(random() * 900)}/${startYearBE}`,
      appointmentDate: addDays(termStart, -15),
      termStart,
      termEnd,
      notes: SAMPLE_NOTE,
    });
  }
  return out;
}

/** Inserts many volunteers at once (call inside a transaction); returns how many. */
export function insertMany(db: Db, list: VolunteerData[], at: Date, status: (v: VolunteerData, i: number) => VolunteerStatus = () => 'active'): number {
  const insert = volunteerInserter(db);
  const iso = at.toISOString();
  list.forEach((v, i) => insert(v, iso, status(v, i)));
  return list.length;
}

/**
 * The sample register: one volunteer for each subdistrict of Songkhla and one district-level
 * volunteer per district, a few who resigned, died or whose term ended.
 */
export function loadSampleRegister(db: Db, now: Date): number {
  const today = todayIso(now);
  const perSubdistrict = generateVolunteers(allPlaces(SAMPLE_PROVINCE).length, { seed: 90000, province: SAMPLE_PROVINCE, today });
  const districts = [...new Map(perSubdistrict.map((v) => [v.area.district, v])).values()];
  const districtLevel = generateVolunteers(districts.length, { seed: 90110, province: SAMPLE_PROVINCE, today }).map((v, i) => ({
    ...v,
    level: LEVEL_DISTRICT,
    address: { ...v.address, ...districts[i].address, houseNo: v.address.houseNo },
    area: { subdistrict: '', district: districts[i].area.district, province: SAMPLE_PROVINCE },
  }));
  const all = [...perSubdistrict, ...districtLevel];
  const ids: number[] = [];
  const insert = volunteerInserter(db);
  for (const v of all) ids.push(insert(v, now.toISOString()));
  const changeStatus = statusChanger(db);
  const endings: [VolunteerStatus, string][] = [
    ['resigned', 'ลาออกเนื่องจากย้ายไปทำงานต่างจังหวัด'],
    ['deceased', 'ถึงแก่กรรม'],
    ['removed', 'ขาดคุณสมบัติ ไม่มีภูมิลำเนาในพื้นที่'],
  ];
  all.forEach((v, i) => {
    const ending = i % 23 === 7 ? endings[Math.floor(i / 23) % endings.length] : null;
    const [status, reason] = ending ?? (v.termEnd && v.termEnd < today ? ['term_ended', 'ครบวาระการดำรงตำแหน่ง'] : [null, '']);
    if (!status) return;
    const date = status === 'term_ended' && v.termEnd ? v.termEnd : addDays(today, -30 - i);
    changeStatus(ids[i], 'active', status, date, reason, now.toISOString());
  });
  return all.length;
}
