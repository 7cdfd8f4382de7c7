import { useEffect, useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { formatThaiDateLong, formatThaiDateNumeric, parseThaiDate } from '@shared/thai';

interface Props extends Omit<TextInputProps, 'value' | 'onChange' | 'error'> {
  /** ISO date (C.E.) or '' */
  value: string;
  onChange(iso: string): void;
  error?: string;
}

/**
 * A date typed the way clerks write it (13/3/2563, 13 มี.ค. 63) and shown in B.E.; the form
 * keeps ISO. Kept inside the seminars feature until a shared Thai date input exists.
 */
export function DateField({ value, onChange, error, ...rest }: Props) {
  const [text, setText] = useState(value ? formatThaiDateNumeric(value) : '');
  useEffect(() => setText(value ? formatThaiDateNumeric(value) : ''), [value]);
  const parsed = parseThaiDate(text);
  return (
    <TextInput
      placeholder="วว/ดด/ปปปป (พ.ศ.)"
      {...rest}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={() => {
        if (parsed) onChange(parsed);
        else if (!text.trim()) onChange('');
      }}
      description={parsed ? formatThaiDateLong(parsed) : rest.description}
      error={error ?? (text.trim() && !parsed ? 'วันที่ไม่ถูกต้อง' : undefined)}
    />
  );
}
