import { IconSelector } from '@tabler/icons-react';
import { formatBaht } from '@shared/thai';
import classes from './TableInputs.module.css';

/*
 * Inputs for the rows of a long table (the seminar's participants), drawn as Mantine's inputs at
 * size xs but made of the browser's own elements: a Mantine Select or NumberInput per cell mounts
 * a combobox, popover, number formatter and their stores, and a hundred rows of them froze the
 * seminar page for seconds (12 s to draw 100 participants under load; 5 s with these selects and
 * under 3 s with these amounts too, tests/bench/seminar-page.bench.ts).
 */

interface SelectProps {
  data: { value: string; label: string }[];
  value: string;
  onChange(value: string): void;
  'aria-label': string;
  w?: number;
}

/**
 * The browser's own <select> laid transparent over the chosen label. The keyboard is the system's
 * (↑↓ change the choice, a letter jumps, Alt+↓ or Space opens the list). The label wraps onto more
 * lines rather than being cut, so a long group name ("หัวหน้าส่วนราชการสังกัดกระทรวงแรงงาน") is read
 * whole in a narrow cell; the open list shows each option whole too.
 */
export function TableSelect({ data, value, onChange, w, 'aria-label': ariaLabel }: SelectProps) {
  const label = data.find((d) => d.value === value)?.label ?? '';
  return (
    <div className={classes.root} style={{ width: w }} title={label}>
      <span className={classes.label} aria-hidden>{label}</span>
      <select className={classes.select} aria-label={ariaLabel} value={value} onChange={(e) => e.currentTarget.value !== value && onChange(e.currentTarget.value)}>
        {data.map((d) => (
          <option key={d.value} value={d.value}>{d.label}</option>
        ))}
      </select>
      <IconSelector className={classes.chevron} size={14} aria-hidden />
    </div>
  );
}

interface AmountProps {
  value: number | null;
  /** Called when the field is left with another amount (null: emptied). */
  onSave(value: number | null): void;
  'aria-label': string;
  w?: number;
}

/**
 * An amount in baht, shown as 1,250.50 and saved when the field is left. Only digits, a point and
 * commas can be typed; something that is still not an amount (two points) goes back to the saved one.
 */
export function TableAmount({ value, onSave, w, 'aria-label': ariaLabel }: AmountProps) {
  const shown = (n: number | null) => (n === null ? '' : formatBaht(n));
  return (
    <input
      className={classes.amount}
      style={{ width: w }}
      inputMode="decimal"
      aria-label={ariaLabel}
      defaultValue={shown(value)}
      onInput={(e) => {
        const el = e.currentTarget;
        if (/[^\d.,]/.test(el.value)) el.value = el.value.replace(/[^\d.,]/g, '');
      }}
      onBlur={(e) => {
        const raw = e.currentTarget.value.replace(/,/g, '').trim();
        const next = raw === '' ? null : Math.round(Number(raw) * 100) / 100;
        if (next !== null && !Number.isFinite(next)) {
          e.currentTarget.value = shown(value);
          return;
        }
        e.currentTarget.value = shown(next);
        if (next !== value) onSave(next);
      }}
    />
  );
}
