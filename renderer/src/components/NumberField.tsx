import { useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { parseAmount } from '@shared/thai';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> & {
  value?: number | string | null;
  /** A number when the text reads as one, '' when emptied, else the text itself (the form's check refuses it). */
  onChange?(value: number | string): void;
};

const show = (value: Props['value']) => (value === null || value === undefined ? '' : String(value));

/**
 * A number field read as clerks type numbers: Arabic or Thai digits (or the Thai layout's number
 * row), thousands commas, spaces (parseAmount, the one reader of typed amounts). Mantine's
 * NumberInput drops Thai digits and reads a comma as a decimal point, so "1,200" became 1.2.
 * What the clerk typed stays on screen as typed while it reads as the form's value.
 */
export function NumberField({ value, onChange, ...rest }: Props) {
  const [text, setText] = useState(() => show(value));
  // The form set another value (loaded, reset, filled from a rate): show it.
  const [held, setHeld] = useState(value);
  if (held !== value) {
    setHeld(value);
    if (parseAmount(text) !== (value ?? '') && text !== value) setText(show(value));
  }
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      {...rest}
      value={text}
      onChange={(e) => {
        const typed = e.currentTarget.value;
        setText(typed);
        const read = parseAmount(typed);
        onChange?.(read === null ? typed : read);
      }}
    />
  );
}
