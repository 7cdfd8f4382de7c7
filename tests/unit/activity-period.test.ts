import { describe, expect, it } from 'vitest';
import { formatYearMonth, periodLabel, periodRange } from '@shared/schemas/activity';
import { fiscalQuarterRange, monthOfFiscalYear, monthRange } from '@shared/thai/fiscal';

describe('reporting periods of the Thai fiscal year', () => {
  it('numbers months and quarters from October', () => {
    expect(monthOfFiscalYear(2569, 1)).toEqual({ start: '2025-10-01', end: '2025-10-31' });
    expect(monthOfFiscalYear(2569, 3)).toEqual({ start: '2025-12-01', end: '2025-12-31' });
    expect(monthOfFiscalYear(2569, 4)).toEqual({ start: '2026-01-01', end: '2026-01-31' });
    expect(monthOfFiscalYear(2568, 5)).toEqual({ start: '2025-02-01', end: '2025-02-28' });
    expect(monthOfFiscalYear(2567, 5)).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(monthOfFiscalYear(2569, 12)).toEqual({ start: '2026-09-01', end: '2026-09-30' });
    expect(fiscalQuarterRange(2569, 1)).toEqual({ start: '2025-10-01', end: '2025-12-31' });
    expect(fiscalQuarterRange(2569, 2)).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(fiscalQuarterRange(2569, 4)).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(monthRange(2026, 12)).toEqual({ start: '2026-12-01', end: '2026-12-31' });
  });

  it('names the period as a report heading does', () => {
    expect(periodLabel({ fiscalYear: 2569, scope: 'month', month: 1 })).toBe('เดือนตุลาคม 2568');
    expect(periodLabel({ fiscalYear: 2569, scope: 'quarter', quarter: 2 })).toBe('ไตรมาสที่ 2 ปีงบประมาณ 2569 (1 มกราคม 2569 – 31 มีนาคม 2569)');
    expect(periodLabel({ fiscalYear: 2569, scope: 'year' })).toBe('ปีงบประมาณ 2569 (1 ตุลาคม 2568 – 30 กันยายน 2569)');
    expect(periodRange({ fiscalYear: 2569, scope: 'year' })).toEqual({ start: '2025-10-01', end: '2026-09-30' });
    expect(formatYearMonth('2026-02')).toBe('กุมภาพันธ์ 2569');
  });
});
