import { fromThaiDigits } from './digits';

/**
 * A Thai phone number grouped as offices write it: mobiles `081-234-5678`, Bangkok `02-123-4567`,
 * other landlines `074-311-047`. Anything else (an extension, several numbers) is left as typed.
 */
export function formatPhone(phone: string): string {
  const d = fromThaiDigits(phone).replace(/[\s-]/g, '');
  if (/^0[689]\d{8}$/.test(d)) return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`;
  if (/^02\d{7}$/.test(d)) return `${d.slice(0, 2)}-${d.slice(2, 5)}-${d.slice(5)}`;
  if (/^0\d{8}$/.test(d)) return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`;
  return phone;
}
