import { typedDigits } from './digits';

const DIGIT = ['ศูนย์', 'หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'];
const PLACE = ['', 'สิบ', 'ร้อย', 'พัน', 'หมื่น', 'แสน'];

/** Reads a whole number below one million the Thai way (เอ็ด, ยี่สิบ, สิบ). */
function readBelowMillion(n: number): string {
  const ds = String(n).split('').map(Number);
  let out = '';
  ds.forEach((d, i) => {
    const place = ds.length - 1 - i;
    if (d === 0) return;
    if (place === 0 && d === 1 && ds.length > 1) out += 'เอ็ด';
    else if (place === 1 && d === 1) out += 'สิบ';
    else if (place === 1 && d === 2) out += 'ยี่สิบ';
    else out += DIGIT[d] + PLACE[place];
  });
  return out;
}

/** Reads any whole number, grouping by ล้าน. */
export function readThaiNumber(n: number): string {
  if (n === 0) return DIGIT[0];
  const parts: string[] = [];
  let rest = n;
  while (rest > 0) {
    parts.unshift(readBelowMillion(rest % 1_000_000));
    rest = Math.floor(rest / 1_000_000);
  }
  return parts.map((p, i) => (i < parts.length - 1 ? p + 'ล้าน' : p)).join('');
}

/** 1200 → `หนึ่งพันสองร้อยบาทถ้วน`; 21.25 → `ยี่สิบเอ็ดบาทยี่สิบห้าสตางค์`. */
export function bahtText(amount: number): string {
  if (!Number.isFinite(amount) || amount < 0) throw new RangeError('amount must be a non-negative number');
  const satang = Math.round(amount * 100);
  const baht = Math.floor(satang / 100);
  const st = satang % 100;
  const bahtPart = baht > 0 ? readThaiNumber(baht) + 'บาท' : '';
  if (st === 0) return (bahtPart || 'ศูนย์บาท') + 'ถ้วน';
  return bahtPart + readThaiNumber(st) + 'สตางค์';
}

/** 1234.5 → `1,234.50`. */
export function formatBaht(amount: number): string {
  return amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/**
 * An amount of baht as a clerk types it: Arabic or Thai digits (๑,๒๐๐.๕๐, or the Thai layout's
 * number row), thousands commas, spaces; rounded to satang. '' for an empty field; null when the
 * text is no amount (two points, letters, a minus).
 */
export function parseAmount(typed: string): number | '' | null {
  const text = typedDigits(typed).replace(/[,\s]/g, '');
  if (text === '') return '';
  if (!/^(\d+\.?\d*|\.\d+)$/.test(text)) return null;
  return Math.round(Number(text) * 100) / 100;
}
