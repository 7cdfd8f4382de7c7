import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { toThaiDigits } from '@shared/thai/digits';
import { badId, encodeWindows874, validId } from './spreadsheet-fixtures';

/**
 * Office lists as they really come (issue 14), made by code so each case is plain to read. Each
 * fixture comes with the people it must give, field by field.
 */

export interface ExpectedPerson {
  nationalId: string;
  title: string;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  phone: string;
  address: { houseNo: string; moo: string; subdistrict: string; district: string; province: string; postcode: string };
  area: { subdistrict: string; district: string; province: string };
}

const dashed = (id: string) => id.replace(/^(\d)(\d{4})(\d{5})(\d{2})(\d)$/, '$1-$2-$3-$4-$5');

const person = (
  nationalId: string, title: string, firstName: string, lastName: string, birthDate: string | null, phone: string,
  [houseNo, moo, subdistrict, district, province, postcode]: string[],
  area = { subdistrict, district, province },
): ExpectedPerson => ({ nationalId, title, firstName, lastName, birthDate, phone, address: { houseNo, moo, subdistrict, district, province, postcode }, area });

/**
 * The messy list: two title rows, a two-row header (ที่อยู่ merged over its parts, the other
 * headers merged down), B.E. text dates, Thai digits, a dashed ID, +66 phones, a phone that is
 * not one, a blank province, no area columns, and a merged totals row at the end.
 */
export async function messyOfficeList(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('อสร. 2567');
  ws.addRow(['ทะเบียนอาสาสมัครแรงงานจังหวัดสงขลา']);
  ws.mergeCells('A1:J1');
  ws.addRow([`ข้อมูล ณ วันที่ ${toThaiDigits('1')} ตุลาคม ${toThaiDigits('2567')}`]);
  ws.addRow(['ลำดับ', 'ชื่อ-สกุล', 'เลขประจำตัวประชาชน', 'วัน/เดือน/ปี เกิด', 'เบอร์โทรศัพท์', 'ที่อยู่']);
  ws.addRow([null, null, null, null, null, 'บ้านเลขที่', 'หมู่ที่', 'ตำบล', 'อำเภอ', 'จังหวัด']);
  for (const c of 'ABCDE') ws.mergeCells(`${c}3:${c}4`);
  ws.mergeCells('F3:J3');
  ws.addRow([toThaiDigits('1'), 'นายสมชาย ใจดี', dashed(validId(101)), '13/03/2523', '+66 81 234 5678', '12/3', toThaiDigits('4'), 'บ่อยาง', 'เมืองสงขลา', 'สงขลา']);
  ws.addRow([2, 'นางสาวสุดา รักงาน', toThaiDigits(validId(102)), toThaiDigits('5 ม.ค. 2530'), '+66-89-111-2222', '45', '2', 'คอหงส์', 'หาดใหญ่', null]);
  ws.addRow([3, 'นางมาลี ศรีสุข', validId(103), new Date(Date.UTC(1975, 6, 1)), '66 81 222 3333', '7', '1', 'ปาดังเบซาร์', 'สะเดา', 'สงขลา']);
  ws.addRow([4, 'นายวิชัย ทองดี', validId(104), '1 ม.ค. 2520', 'ไม่มีโทรศัพท์', '9', null, 'เกาะแต้ว', 'เมืองสงขลา', 'สงขลา']);
  ws.addRow(['รวมทั้งสิ้น 4 คน']);
  ws.mergeCells('A9:J9');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const MESSY_PEOPLE: ExpectedPerson[] = [
  person(validId(101), 'นาย', 'สมชาย', 'ใจดี', '1980-03-13', '0812345678', ['12/3', '4', 'บ่อยาง', 'เมืองสงขลา', 'สงขลา', '90000']),
  // The blank province is the office's; the area follows the completed address.
  person(validId(102), 'นางสาว', 'สุดา', 'รักงาน', '1987-01-05', '0891112222', ['45', '2', 'คอหงส์', 'หาดใหญ่', 'สงขลา', '90110']),
  person(validId(103), 'นาง', 'มาลี', 'ศรีสุข', '1975-07-01', '0812223333', ['7', '1', 'ปาดังเบซาร์', 'สะเดา', 'สงขลา', '90240']),
  // Not a phone: kept as typed, with a warning on the row.
  person(validId(104), 'นาย', 'วิชัย', 'ทองดี', '1977-01-01', 'ไม่มีโทรศัพท์', ['9', '', 'เกาะแต้ว', 'เมืองสงขลา', 'สงขลา', '90000']),
];

/**
 * English headers, a combined address column, a column the app does not know, an e-mail that is
 * not one, a bidi override in a name, and a subtotal between blocks. UTF-8 CSV.
 */
export function englishCombinedCsv(): Uint8Array {
  const lines = [
    'No.,Title,Name,Surname,ID card,Birthday,Tel,E-mail,Address,Shoe size',
    `1,นาย,ประเสริฐ,มีสุข,${validId(111)},13/03/2523,081-234-0001,prasert@example.com,"12/3 ม.4 ต.บ่อยาง อ.เมืองสงขลา จ.สงขลา 90000",42`,
    `2,นาง,\u202eสมศรี,ใจงาม,${validId(112)},1 ม.ค. 2530,+66 89 000 0002,not-an-email,"บ้านเลขที่ 99 หมู่ที่ 2 ตำบลคอหงส์ อำเภอหาดใหญ่ จังหวัดสงขลา",38`,
    'รวม 2 คน,,,,,,,,,',
    `3,นาย,อนุชา,แก้วดี,${validId(113)},,074 123 456,,"45 ถ.สีลม แขวงสุริยวงศ์ เขตบางรัก กรุงเทพฯ 10500",40`,
    'Total,3,,,,,,,,',
  ];
  return new TextEncoder().encode(lines.join('\r\n') + '\r\n');
}

export const ENGLISH_PEOPLE: ExpectedPerson[] = [
  person(validId(111), 'นาย', 'ประเสริฐ', 'มีสุข', '1980-03-13', '0812340001', ['12/3', '4', 'บ่อยาง', 'เมืองสงขลา', 'สงขลา', '90000']),
  person(validId(112), 'นาง', 'สมศรี', 'ใจงาม', '1987-01-01', '0890000002', ['99', '2', 'คอหงส์', 'หาดใหญ่', 'สงขลา', '90110']),
  person(validId(113), 'นาย', 'อนุชา', 'แก้วดี', null, '074123456', ['45', '', 'สุริยวงศ์', 'บางรัก', 'กรุงเทพมหานคร', '10500']),
];

/**
 * One address column as offices really type it: no markers, some markers, parts left out (the
 * province, the district), Thai digits. An .xlsx under a title row.
 */
export async function unmarkedAddressList(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('รายชื่อ');
  ws.addRow(['รายชื่ออาสาสมัครแรงงาน อำเภอเมืองสงขลา และอำเภอหาดใหญ่']);
  ws.addRow(['ที่', 'ชื่อ-สกุล', 'เลขบัตรประชาชน', 'ที่อยู่', 'โทร']);
  ws.addRow([1, 'นายเอก บ้านนา', validId(141), '12/3 หมู่ 4 บ่อยาง เมืองสงขลา สงขลา 90000', '0812340141']);
  ws.addRow([2, 'นางโท คูเต่า', validId(142), 'บ้านเลขที่ 5 ม.2 ต.คูเต่า อ.หาดใหญ่', '0812340142']);
  ws.addRow([3, 'นายตรี คอหงส์', validId(143), `${toThaiDigits('8')} หมู่ ${toThaiDigits('1')} คอหงส์ หาดใหญ่`, '0812340143']);
  ws.addRow([4, 'นางสาวจัตวา พะวง', validId(144), '77 ต.พะวง อ.เมือง จ.สงขลา', '0812340144']);
  ws.addRow([5, 'นายเบญจ ปาดัง', validId(145), '7 ม.1 ปาดังเบซาร์ สะเดา', '0812340145']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

// House number, moo and postcode in Arabic digits, as in their own columns: one address never mixes ๘ with หมู่ 1.
export const UNMARKED_PEOPLE: ExpectedPerson[] = [
  person(validId(141), 'นาย', 'เอก', 'บ้านนา', null, '0812340141', ['12/3', '4', 'บ่อยาง', 'เมืองสงขลา', 'สงขลา', '90000']),
  person(validId(142), 'นาง', 'โท', 'คูเต่า', null, '0812340142', ['5', '2', 'คูเต่า', 'หาดใหญ่', 'สงขลา', '90110']),
  person(validId(143), 'นาย', 'ตรี', 'คอหงส์', null, '0812340143', ['8', '1', 'คอหงส์', 'หาดใหญ่', 'สงขลา', '90110']),
  person(validId(144), 'นางสาว', 'จัตวา', 'พะวง', null, '0812340144', ['77', '', 'พะวง', 'เมืองสงขลา', 'สงขลา', '90100']),
  person(validId(145), 'นาย', 'เบญจ', 'ปาดัง', null, '0812340145', ['7', '1', 'ปาดังเบซาร์', 'สะเดา', 'สงขลา', '90240']),
];

/** English and abbreviated headers for the address parts, 20 people, and one formatted cell at row 1,048,576. */
export async function englishPartsWithStrayRow(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Volunteers');
  ws.addRow(['Title', 'First name', 'Last name', 'National ID', 'Date of birth', 'Mobile', 'House No.', 'Village No.', 'Tambon', 'Amphoe', 'Changwat', 'Area Subdistrict', 'Area District', 'Area Province']);
  for (let i = 0; i < 20; i++) {
    ws.addRow(['นาย', `คนที่${i + 1}`, 'ทดสอบ', validId(200 + i), `${(i % 28) + 1}/06/2525`, `08${String(10000000 + i).padStart(8, '0')}`, String(i + 1), '3', 'พะวง', 'เมืองสงขลา', 'สงขลา', 'บ่อยาง', 'เมืองสงขลา', 'สงขลา']);
  }
  // A clerk once formatted the whole column: Excel keeps a styled, empty cell on the sheet's last row.
  ws.getCell('A1048576').numFmt = '@';
  ws.getCell('A1048576').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const PARTS_PEOPLE: ExpectedPerson[] = Array.from({ length: 20 }, (_, i) =>
  person(validId(200 + i), 'นาย', `คนที่${i + 1}`, 'ทดสอบ', `1982-06-${String((i % 28) + 1).padStart(2, '0')}`, `08${String(10000000 + i).padStart(8, '0')}`, [String(i + 1), '3', 'พะวง', 'เมืองสงขลา', 'สงขลา', '90100'], { subdistrict: 'บ่อยาง', district: 'เมืองสงขลา', province: 'สงขลา' }),
);

/** IDs that Excel showed as 3.10E+12 and a CSV then kept that way, beside a whole one. */
export function scientificIdCsv(): Uint8Array {
  return new TextEncoder().encode(['คำนำหน้า,ชื่อ,นามสกุล,เลขประจำตัวประชาชน', 'นาย,เลข,หาย,3.10E+12', 'นาง,เลข,หายอีก,1.10123E+12', `นาย,เลข,ครบ,${validId(121)}`].join('\n') + '\n');
}

/** A Thai-Windows (TIS-620) CSV with a NUL byte near the start and another inside a later name. */
export function tis620WithNuls(): Uint8Array {
  const text = ['\u0000คำนำหน้า,ชื่อ,นามสกุล,เลขประจำตัวประชาชน,เบอร์โทร', `นาย,สม\u0000ชาย,ใจดี,${validId(131)},081 234 5678`, `นาง,มาลี,ศรี\u0000สุข,${validId(132)},๐๘๙-๑๑๑-๒๒๒๒`].join('\r\n');
  return encodeWindows874(text + '\r\n');
}

/** Saves an .xlsx again with LibreOffice as `xls` (Excel 97–2003, as an office's old PC would) or `xlsx` (its own zip order, styles and shared strings). */
export function byLibreOffice(xlsx: Uint8Array, dir: string, format: 'xls' | 'xlsx'): Uint8Array {
  const src = path.join(dir, 'list.xlsx');
  const out = path.join(dir, 'out');
  fs.writeFileSync(src, xlsx);
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--convert-to', format, '--outdir', out, src], { stdio: 'ignore', timeout: 180_000 });
  return new Uint8Array(fs.readFileSync(path.join(out, `list.${format}`)));
}

/**
 * One sheet per district, as offices keep them: each sheet its own title rows, its header on its
 * own row and in its own column order, its own totals row; then a summary sheet, a notes sheet and
 * a blank one that are not lists. Row 3 holds a person on both อ.เมือง and อ.สิงหนคร, so a row
 * number alone does not say which person is meant. On อ.หาดใหญ่: an ID whose check digit is
 * wrong (row 7) and an ID already on อ.เมือง (row 8).
 */
export async function districtWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const muang = wb.addWorksheet('อ.เมือง');
  muang.addRow(['รายชื่ออาสาสมัครแรงงาน อำเภอเมืองสงขลา']);
  muang.mergeCells('A1:J1');
  muang.addRow(['ลำดับ', 'ชื่อ-สกุล', 'เลขประจำตัวประชาชน', 'วันเกิด', 'โทรศัพท์', 'บ้านเลขที่', 'หมู่ที่', 'ตำบล', 'อำเภอ', 'จังหวัด']);
  muang.addRow([1, 'นายสมชาย ใจดี', validId(301), '13/03/2523', '081-234-0301', '12/3', '4', 'บ่อยาง', 'เมืองสงขลา', 'สงขลา']);
  muang.addRow([2, 'นางสาวสุดา รักงาน', dashed(validId(302)), '5 ม.ค. 2530', '+66 81 234 0302', '45', '2', 'พะวง', 'เมืองสงขลา', 'สงขลา']);
  muang.addRow([3, 'นางมาลี ศรีสุข', validId(303), new Date(Date.UTC(1975, 6, 1)), '0812340303', '7', '1', 'เขารูปช้าง', 'เมืองสงขลา', null]);
  muang.addRow(['รวม 3 คน']);

  const hatyai = wb.addWorksheet('อ.หาดใหญ่');
  hatyai.addRow(['รายชื่ออาสาสมัครแรงงาน อำเภอหาดใหญ่']);
  hatyai.addRow([`ข้อมูล ณ วันที่ ${toThaiDigits('1')} ตุลาคม ${toThaiDigits('2567')}`]);
  hatyai.addRow([]);
  hatyai.addRow(['ที่', 'เลขประจำตัวประชาชน', 'ชื่อ-สกุล', 'จังหวัด', 'อำเภอ', 'ตำบล', 'หมู่ที่', 'บ้านเลขที่', 'เบอร์โทร', 'วัน/เดือน/ปี เกิด']);
  hatyai.addRow([1, validId(311), 'นายประเสริฐ มีสุข', 'สงขลา', 'หาดใหญ่', 'คอหงส์', toThaiDigits('3'), '99', '089-000-0311', '1 ก.พ. 2525']);
  hatyai.addRow([2, toThaiDigits(validId(312)), 'นางสมศรี ใจงาม', 'สงขลา', 'หาดใหญ่', 'คูเต่า', '5', '8/1', '66 89 000 0312', '20/12/2510']);
  hatyai.addRow([3, badId(313), 'นายผิด เลขบัตร', 'สงขลา', 'หาดใหญ่', 'คอหงส์', '1', '1', '0890000313', '1/1/2520']);
  hatyai.addRow([4, validId(301), 'นายซ้ำ ข้ามแผ่น', 'สงขลา', 'หาดใหญ่', 'คูเต่า', '2', '2', '0890000314', '2/2/2520']);
  hatyai.addRow(['รวมทั้งสิ้น 4 คน']);

  const singha = wb.addWorksheet('อ.สิงหนคร');
  singha.addRow(['โทร', 'ตำบล', 'อำเภอ', 'จังหวัด', 'บ้านเลขที่', 'หมู่ที่', 'วันเกิด', 'ชื่อ-สกุล', 'เลขบัตรประชาชน']);
  singha.addRow(['0812340321', 'ชิงโค', 'สิงหนคร', 'สงขลา', '3', '6', '9 ก.ย. 2528', 'นายอนุชา แก้วดี', validId(321)]);
  singha.addRow(['0812340322', 'ทำนบ', 'สิงหนคร', 'สงขลา', '10', '2', '31/12/2531', 'นางสาวจันทร์ เพ็ญ', validId(322)]);

  const summary = wb.addWorksheet('สรุป');
  summary.addRow(['สรุปจำนวนอาสาสมัครแรงงานรายอำเภอ']);
  summary.addRow(['อำเภอ', 'จำนวน อสร. (คน)']);
  summary.addRow(['เมืองสงขลา', 3]);
  summary.addRow(['หาดใหญ่', 4]);
  summary.addRow(['สิงหนคร', 2]);
  summary.addRow(['รวม', 9]);
  wb.addWorksheet('หมายเหตุ').addRow(['ข้อมูลจากที่ประชุมอำเภอ ปรับปรุงทุกไตรมาส ผู้ที่ย้ายออกให้แจ้งสำนักงาน']);
  wb.addWorksheet('Sheet3');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const DISTRICT_PEOPLE: ExpectedPerson[] = [
  person(validId(301), 'นาย', 'สมชาย', 'ใจดี', '1980-03-13', '0812340301', ['12/3', '4', 'บ่อยาง', 'เมืองสงขลา', 'สงขลา', '90000']),
  person(validId(302), 'นางสาว', 'สุดา', 'รักงาน', '1987-01-05', '0812340302', ['45', '2', 'พะวง', 'เมืองสงขลา', 'สงขลา', '90100']),
  // The blank province is the office's.
  person(validId(303), 'นาง', 'มาลี', 'ศรีสุข', '1975-07-01', '0812340303', ['7', '1', 'เขารูปช้าง', 'เมืองสงขลา', 'สงขลา', '90000']),
  person(validId(311), 'นาย', 'ประเสริฐ', 'มีสุข', '1982-02-01', '0890000311', ['99', '3', 'คอหงส์', 'หาดใหญ่', 'สงขลา', '90110']),
  person(validId(312), 'นาง', 'สมศรี', 'ใจงาม', '1967-12-20', '0890000312', ['8/1', '5', 'คูเต่า', 'หาดใหญ่', 'สงขลา', '90110']),
  person(validId(321), 'นาย', 'อนุชา', 'แก้วดี', '1985-09-09', '0812340321', ['3', '6', 'ชิงโค', 'สิงหนคร', 'สงขลา', '90280']),
  person(validId(322), 'นางสาว', 'จันทร์', 'เพ็ญ', '1988-12-31', '0812340322', ['10', '2', 'ทำนบ', 'สิงหนคร', 'สงขลา', '90280']),
];

/** English headers as some offices type them, "Moo" for the village number among them. UTF-8 CSV. */
export function mooHeaderCsv(): Uint8Array {
  return new TextEncoder().encode(['Title,First name,Last name,ID card,House No.,Moo,Tambon,Amphoe,Province', `นาย,หมู่,ทดสอบ,${validId(331)},5,7,บ่อยาง,เมืองสงขลา,สงขลา`].join('\n') + '\n');
}

export const MOO_PEOPLE: ExpectedPerson[] = [person(validId(331), 'นาย', 'หมู่', 'ทดสอบ', null, '', ['5', '7', 'บ่อยาง', 'เมืองสงขลา', 'สงขลา', '90000'])];
