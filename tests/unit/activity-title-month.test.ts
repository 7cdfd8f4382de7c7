import { describe, expect, it } from 'vitest';
import { monthFromTitle, monthOf } from '../../electron/core/spreadsheets/import/activity-rows';
import type { RawRow } from '../../electron/core/spreadsheets/import/table';
import { parseThaiDate, thaiMonthNumber } from '@shared/thai';

/** One title line in cell A, as most offices' sheets have it. */
const month = (...lines: string[]) => monthFromTitle(lines.map((l) => [l, null, null]))?.month ?? null;

describe('the month a counts table names in its title line', () => {
  it.each([
    ['ผลการปฏิบัติงานอาสาสมัครแรงงาน ประจำเดือน มกราคม 2568', '2025-01'],
    ['เดือน ม.ค. 68', '2025-01'],
    ['ประจำเดือนตุลาคม พ.ศ. ๒๕๖๗', '2024-10'],
    ['ประจำเดือนตุลาคม พ.ศ.๒๕๖๗', '2024-10'],
    ['รายงานผลการปฏิบัติงานของอาสาสมัครแรงงาน ประจำเดือน กุมภาพันธ์ พ.ศ. 2568 อำเภอหาดใหญ่ จังหวัดสงขลา', '2025-02'],
    ['ผลการดำเนินงาน อสร. เดือนมีนาคม ๖๘', '2025-03'],
    ['ประจำเดือน เม.ย.2568', '2025-04'],
    ['ประจำเดือน พ.ค. ๖๘', '2025-05'],
    ['แบบรายงาน อสร. (ประจำเดือนมิ.ย. 68)', '2025-06'],
    ['ผลการปฏิบัติงาน เดือน กรกฎาคม 2568', '2025-07'],
    ['ประจำเดือน สค 68', '2025-08'],
    ['ประจำเดือน กันยา 2568', '2025-09'],
    ['ผลการปฏิบัติงานอาสาสมัครแรงงานจังหวัดสงขลา พฤศจิกายน 2567', '2024-11'],
    ['เดือนธันวาคม2567', '2024-12'],
    ['ประจำเดือน ธ.ค. พ.ศ. 2567', '2024-12'],
    ['ผลงาน อสร. ประจำเดือนมกราคม ปี 2568', '2025-01'],
    ['ผลการปฏิบัติงาน ประจำปีงบประมาณ 2568', null],
    ['ผลการปฏิบัติงาน January 2025', null],
  ])('%s → %s', (line, expected) => {
    expect(month(line)).toBe(expected);
  });

  it('takes the month after the word เดือน over a date the sheet was made on, from any title row', () => {
    expect(month('สำนักงานแรงงานจังหวัดสงขลา', 'ข้อมูล ณ วันที่ 5 กุมภาพันธ์ 2568', 'ผลการปฏิบัติงาน ประจำเดือน มกราคม 2568')).toBe('2025-01');
    expect(monthFromTitle([['ผลการปฏิบัติงานอาสาสมัครแรงงาน'], ['ประจำเดือน ม.ค. 68']])).toEqual({ month: '2025-01', line: 'ประจำเดือน ม.ค. 68' });
  });

  it('does not take a day, a quarter or a fiscal year for the month', () => {
    expect(month('ข้อมูล ณ วันที่ 31 มกราคม 2568')).toBeNull();
    expect(month('ผลการปฏิบัติงาน ไตรมาสที่ 1 (ต.ค. - ธ.ค. 67)')).toBeNull();
    expect(month('ผลการปฏิบัติงาน ตุลาคม ถึง ธันวาคม 2567')).toBeNull();
    expect(month('ผลการปฏิบัติงาน ปีงบประมาณ 2568')).toBeNull();
    expect(month('ผลการปฏิบัติงานอาสาสมัครแรงงาน')).toBeNull();
    expect(monthFromTitle([])).toBeNull();
  });

  it('reads a title spread over cells, the year a number or the month an Excel date', () => {
    const rows: RawRow[] = [['ประจำเดือน', 'มีนาคม', 2568]];
    expect(monthFromTitle(rows)).toEqual({ month: '2025-03', line: 'ประจำเดือน มีนาคม 2568' });
    expect(monthFromTitle([['ผลการปฏิบัติงาน ประจำเดือน', new Date(2025, 3, 1)]])).toMatchObject({ month: '2025-04' });
  });

  it('reads month names the same way in a month cell and in a date', () => {
    expect(thaiMonthNumber('มกรา')).toBe(1);
    expect(thaiMonthNumber('กุมภา')).toBe(2);
    expect(thaiMonthNumber('พ.ย.')).toBe(11);
    expect(thaiMonthNumber('พย')).toBe(11);
    expect(thaiMonthNumber('ปี')).toBe(0);
    expect(monthOf('ตุลา 2567')).toBe('2024-10');
    expect(monthOf('เดือนมกราคม ๒๕๖๘')).toBe('2025-01');
    expect(parseThaiDate('13 มี.ค. 63')).toBe('2020-03-13');
    expect(parseThaiDate('13 เมษา 2563')).toBe('2020-04-13');
  });
});
