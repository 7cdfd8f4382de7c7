import { useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { parseAmount } from '@shared/thai';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> & {
  value?: number | string | null;
  /** A number when the text reads as one, '' when emptied, else the text itself (the form's check refuses it). */
  onChange?(value: number | string): void;
  /** Bounds the ↑/↓ keys step within (typing is checked by the form's schema); no amount is negative. */
  min?: number;
  max?: number;
};

const show = (value: Props['value']) => (value === null || value === undefined ? '' : String(value));

/**
 * A number field read as clerks type numbers: Arabic or Thai digits (or the Thai layout's number
 * row), thousands commas, spaces (parseAmount, the one reader of typed amounts). Mantine's
 * NumberInput drops Thai digits and reads a comma as a decimal point, so "1,200" became 1.2.
 * What the clerk typed stays on screen as typed while it reads as the form's value.
 * ↑ and ↓ add or take 1, as in a number field of the browser, within min and max.
 */
export function NumberField({ value, onChange, min = 0, max = Infinity, ...rest }: Props) {
  const [text, setText] = useState(() => show(value));
  // The form set another value (loaded, reset, filled from a rate): show it.
  const [held, setHeld] = useState(value);
  if (held !== value) {
    setHeld(value);
    if (parseAmount(text) !== (value ?? '') && text !== value) setText(show(value));
  }
  const enter = (typed: string) => {
    setText(typed);
    const read = parseAmount(typed);
    onChange?.(read === null ? typed : read);
  };
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      {...rest}
      value={text}
      onChange={(e) => enter(e.currentTarget.value)}
      onKeyDown={(e) => {
        rest.onKeyDown?.(e);
        const step = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
        const read = parseAmount(text);
        // Text that is no number is left for the clerk to correct, not replaced.
        if (!step || e.defaultPrevented || read === null) return;
        e.preventDefault();
        // Rounded as parseAmount rounds (to satang): 0.1 + 1 stays 1.1.
        enter(String(Math.min(max, Math.max(min, Math.round(((read || 0) + step) * 100) / 100))));
      }}
    />
  );
}
