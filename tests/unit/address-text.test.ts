import { describe, expect, it } from 'vitest';
import { splitAddress } from '../../electron/core/spreadsheets/import/address-text';

/** Addresses as office lists write them in one cell, and the parts the import must take from each. */
const CASES: [string, Record<string, string>][] = [
  // With markers, as before.
  ['12/3 ม.4 ต.บ่อยาง อ.เมืองสงขลา จ.สงขลา 90000', { houseNo: '12/3', moo: '4', subdistrict: 'บ่อยาง', district: 'เมืองสงขลา', province: 'สงขลา', postcode: '90000' }],
  ['บ้านเลขที่ 99 หมู่ที่ 2 ตำบลคอหงส์ อำเภอหาดใหญ่ จังหวัดสงขลา', { houseNo: '99', moo: '2', subdistrict: 'คอหงส์', district: 'หาดใหญ่', province: 'สงขลา' }],
  ['45 ถ.สีลม แขวงสุริยวงศ์ เขตบางรัก กรุงเทพฯ 10500', { houseNo: '45', road: 'สีลม', subdistrict: 'สุริยวงศ์', district: 'บางรัก', province: 'กรุงเทพมหานคร', postcode: '10500' }],
  // Place names without markers, recognised from the geography.
  ['12/3 หมู่ 4 บ่อยาง เมืองสงขลา สงขลา 90000', { houseNo: '12/3', moo: '4', subdistrict: 'บ่อยาง', district: 'เมืองสงขลา', province: 'สงขลา', postcode: '90000' }],
  ['12/3 บ่อยาง เมืองสงขลา สงขลา', { houseNo: '12/3', subdistrict: 'บ่อยาง', district: 'เมืองสงขลา', province: 'สงขลา' }],
  ['7 ม.1 ปาดังเบซาร์ สะเดา สงขลา 90240', { houseNo: '7', moo: '1', subdistrict: 'ปาดังเบซาร์', district: 'สะเดา', province: 'สงขลา', postcode: '90240' }],
  ['5 หมู่ 3 บ้านนาทอง คูเต่า หาดใหญ่ สงขลา', { houseNo: '5', moo: '3', village: 'บ้านนาทอง', subdistrict: 'คูเต่า', district: 'หาดใหญ่', province: 'สงขลา' }],
  // Marked subdistrict followed by unmarked district and province.
  ['9 ต.เกาะแต้ว เมืองสงขลา สงขลา', { houseNo: '9', subdistrict: 'เกาะแต้ว', district: 'เมืองสงขลา', province: 'สงขลา' }],
  // อ.เมือง alone is the province's capital district.
  ['3 ต.บ่อยาง อ.เมือง จ.สงขลา', { houseNo: '3', subdistrict: 'บ่อยาง', district: 'เมืองสงขลา', province: 'สงขลา' }],
  // Missing parts: the province is filled when the subdistrict and district are in one province only.
  ['บ้านเลขที่ 5 ม.2 ต.คูเต่า อ.หาดใหญ่', { houseNo: '5', moo: '2', subdistrict: 'คูเต่า', district: 'หาดใหญ่', province: 'สงขลา' }],
  ['8 คอหงส์ หาดใหญ่', { houseNo: '8', subdistrict: 'คอหงส์', district: 'หาดใหญ่', province: 'สงขลา' }],
  ['11 ม.6 บ่อยาง สงขลา', { houseNo: '11', moo: '6', subdistrict: 'บ่อยาง', district: 'เมืองสงขลา', province: 'สงขลา' }],
  // Nothing to recognise: only what can be told is taken.
  ['21/4', { houseNo: '21/4' }],
  ['ม.2 ต.ไม่มีในฐานข้อมูล', { moo: '2', subdistrict: 'ไม่มีในฐานข้อมูล' }],
];

describe('combined address column', () => {
  it.each(CASES)('%s', (text, parts) => {
    expect(splitAddress(text)).toEqual(parts);
  });
});
