import { useEffect, useState, type ReactNode } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { formatThaiDateLong, formatThaiDateNumeric, parseThaiDate } from '@shared/thai';

export interface ThaiDateInputProps extends Omit<TextInputProps, 'value' | 'onChange' | 'error' | 'defaultValue'> {
  /** ISO date (C.E.), or null when empty. */
  value: string | null;
  onChange(iso: string | null): void;
  error?: ReactNode;
}

/**
 * A date typed the way clerks write it — `13/3/2563`, `13 มี.ค. 63`, Thai digits too — shown in
 * B.E. with the long form underneath; the value stays ISO. Unreadable text keeps its own message
 * and does not change the value.
 */
export function ThaiDateInput({ value, onChange, error, description, onBlur, ...rest }: ThaiDateInputProps) {
  const [text, setText] = useState(value ? formatThaiDateNumeric(value) : '');
  useEffect(() => {
    // Follow the value when it changes from outside (loading a record, a reset).
    setText((current) => (parseThaiDate(current) === value ? current : value ? formatThaiDateNumeric(value) : ''));
  }, [value]);
  const parsed = parseThaiDate(text);
  const unreadable = text.trim() !== '' && !parsed;
  return (
    <TextInput
      placeholder="วว/ดด/ปปปป (พ.ศ.)"
      inputMode="numeric"
      // The long date reads as a confirmation under the box, so labels stay aligned in a grid.
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      {...rest}
      value={text}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        const iso = parseThaiDate(next);
        // `1/10/25` is on its way to `1/10/2567`: a two-digit year waits for the field to be left.
        if (iso && !/(^|\D)\d{1,2}$/.test(next.trim())) onChange(iso);
        else if (!next.trim()) onChange(null);
      }}
      onBlur={(e) => {
        if (parsed) {
          setText(formatThaiDateNumeric(parsed));
          if (parsed !== value) onChange(parsed);
        }
        onBlur?.(e);
      }}
      description={parsed ? formatThaiDateLong(parsed) : description}
      error={unreadable ? 'วันที่ไม่ถูกต้อง พิมพ์เป็น วว/ดด/ปปปป พ.ศ. เช่น 13/03/2563' : error}
    />
  );
}
