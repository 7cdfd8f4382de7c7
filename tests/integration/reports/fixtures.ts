import zlib from 'node:zlib';

/** The Songkhla seminar of 13 March 2563 (B.E.): 100 participants in three target groups. */
export const PROJECT_TITLE = 'โครงการสัมมนาเสริมสร้างศักยภาพเครือข่ายอาสาสมัครแรงงาน จังหวัดสงขลา ประจำปีงบประมาณ พ.ศ. 2563';
export const SEMINAR_DATE = '2020-03-13';
export const VENUE = 'ห้องประชุมโรงแรมหรรษา เจ.บี. อำเภอหาดใหญ่ จังหวัดสงขลา';
export const OFFICE_NAME = 'สำนักงานแรงงานจังหวัดสงขลา';

const FIRST = ['สมชาย', 'น้ำฝน', 'ธำรง', 'กัญญา', 'ศิริพร', 'ประยุทธ์', 'ฐิติมา', 'ญาดา', 'สำราญ', 'วิไลวรรณ', 'อำนาจ', 'เพ็ญศรี', 'ไพโรจน์', 'ฤทัย', 'ปิ่นแก้ว'];
const LAST = ['ใจดี', 'ศรีสำราญ', 'ฐิติพงศ์', 'ญาณวุฒิ', 'แก้วมณี', 'ทองคำ', 'บุญญาศิริ', 'เกื้อกูล', 'หนูนุ่ม', 'ขำวิจิตร', 'สุวรรณรัตน์'];
const TITLES = ['นาย', 'นาง', 'นางสาว'];

export interface FixturePerson {
  name: string;
  position: string;
  agency: string;
}

function person(i: number, position: string, agency: string): FixturePerson {
  return { name: `${TITLES[i % 3]}${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`, position, agency };
}

const AGENCIES = ['สำนักงานแรงงานจังหวัดสงขลา', 'สำนักงานจัดหางานจังหวัดสงขลา', 'สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดสงขลา', 'สำนักงานประกันสังคมจังหวัดสงขลา', 'สถาบันพัฒนาฝีมือแรงงาน 12 สงขลา'];
const DISTRICTS = ['เมืองสงขลา', 'หาดใหญ่', 'สะเดา', 'จะนะ', 'นาทวี', 'ระโนด', 'สทิงพระ', 'รัตภูมิ'];

/** Groups as planned: heads of agencies 10, working group 15, volunteers 75. */
export function songkhlaGroups(volunteers = 75): { name: string; planned: number; people: FixturePerson[] }[] {
  return [
    { name: 'หัวหน้าส่วนราชการสังกัดกระทรวงแรงงาน', planned: 10, people: Array.from({ length: 10 }, (_, i) => person(i, i % 2 ? 'หัวหน้าสำนักงาน' : 'ผู้อำนวยการ', AGENCIES[i % AGENCIES.length])) },
    { name: 'คณะทำงานพัฒนาอาสาสมัครแรงงานจังหวัด', planned: 15, people: Array.from({ length: 15 }, (_, i) => person(i + 10, 'นักวิชาการแรงงานชำนาญการ', AGENCIES[(i + 1) % AGENCIES.length])) },
    { name: 'อาสาสมัครแรงงาน', planned: 75, people: Array.from({ length: volunteers }, (_, i) => person(i + 25, 'อาสาสมัครแรงงาน', `ตำบล${['บ่อยาง', 'คอหงส์', 'สำนักขาม', 'ป่าชิง', 'ท่าข้าม'][i % 5]} อำเภอ${DISTRICTS[i % DISTRICTS.length]}`)) },
  ];
}

/** A long paragraph of running Thai text (used to check that lines end between words). */
export const LONG_PARAGRAPH =
  'นายสมชาย ใจดี แรงงานจังหวัดสงขลา เป็นประธานเปิดโครงการสัมมนาเสริมสร้างศักยภาพเครือข่ายอาสาสมัครแรงงานจังหวัดสงขลา ' +
  'ซึ่งจัดขึ้นเพื่อเพิ่มพูนความรู้ความเข้าใจเกี่ยวกับภารกิจของกระทรวงแรงงานให้แก่อาสาสมัครแรงงานและเครือข่ายในพื้นที่ ' +
  'ตลอดจนส่งเสริมการประสานงานระหว่างหน่วยงานสังกัดกระทรวงแรงงานในจังหวัดกับอาสาสมัครแรงงานให้มีประสิทธิภาพยิ่งขึ้น ' +
  'โดยมีผู้เข้าร่วมประกอบด้วยหัวหน้าส่วนราชการสังกัดกระทรวงแรงงานคณะทำงานพัฒนาอาสาสมัครแรงงานจังหวัดและอาสาสมัครแรงงานรวมทั้งสิ้นหนึ่งร้อยคน';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A small PNG (a navy disc with a gold ring) standing in for the office emblem. */
export function emblemDataUrl(size = 96): string {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const r = size / 2;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - r + 0.5, y - r + 0.5);
      const px = d > r ? [0, 0, 0, 0] : d > r * 0.8 ? [212, 175, 55, 255] : [20, 40, 110, 255];
      raw.set(px, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
  return `data:image/png;base64,${png.toString('base64')}`;
}
