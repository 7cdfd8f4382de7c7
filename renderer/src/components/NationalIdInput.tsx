import { TextInput, type TextInputProps } from '@mantine/core';
import { formatNationalId, isValidNationalId, normalizeNationalId } from '@shared/thai';

export interface NationalIdInputProps extends Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> {
  /** The digits as typed (dashes allowed); validation and storage normalise them. */
  value: string;
  onChange(value: string): void;
}

/** `1-2345-67890-12-3` while typing up to 13 digits, grouped as on the card. */
function group(raw: string): string {
  const d = normalizeNationalId(raw).replace(/\D/g, '').slice(0, 13);
  const cuts = [1, 5, 10, 12];
  let out = '';
  for (let i = 0; i < d.length; i++) out += (cuts.includes(i) ? '-' : '') + d[i];
  return out;
}

/**
 * The 13-digit national ID, grouped as printed on the card while typing. Says as soon as 13 digits
 * are in whether the check digit fits; the form's own validation gives the message on saving.
 */
export function NationalIdInput({ value, onChange, error, description, ...rest }: NationalIdInputProps) {
  const digits = normalizeNationalId(value);
  const complete = /^\d{13}$/.test(digits);
  const checkFails = complete && !isValidNationalId(digits);
  return (
    <TextInput
      inputMode="numeric"
      placeholder="x-xxxx-xxxxx-xx-x"
      maxLength={17}
      {...rest}
      value={complete ? formatNationalId(digits) : group(value)}
      onChange={(e) => onChange(group(e.currentTarget.value))}
      description={description}
      error={error ?? (checkFails ? 'เลขประจำตัวประชาชนไม่ถูกต้อง (เลขตรวจสอบหลักสุดท้ายไม่ตรง)' : undefined)}
    />
  );
}
