import { useRef, useState } from 'react';
import { IconSelector } from '@tabler/icons-react';
import { formatBaht, parseAmount } from '@shared/thai';
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

/** Keys with which a closed native select steps through its options, each step a `change` event. */
const BROWSING_KEYS = /^(Arrow(Up|Down|Left|Right)|Home|End|Page(Up|Down)|.)$/u;

/**
 * The browser's own <select> laid transparent over the chosen label. The keyboard is the system's
 * (↑↓ change the choice, a letter jumps, Alt+↓ or Space opens the list). The label wraps onto more
 * lines rather than being cut, so a long group name ("หัวหน้าส่วนราชการสังกัดกระทรวงแรงงาน") is read
 * whole in a narrow cell; the open list shows each option whole too.
 * A closed select changes its value at every ↓ while the clerk is still looking for the option, so
 * a step made by a key is only shown; the choice is saved when it is committed: picked from the
 * open list (mouse or Enter there), Enter on the closed select, or leaving the field.
 */
export function TableSelect({ data, value, onChange, w, 'aria-label': ariaLabel }: SelectProps) {
  const [shown, setShown] = useState(value);
  const stepping = useRef(false);
  // A save (or another change of the row) came back from the core: show what it holds.
  const [saved, setSaved] = useState(value);
  if (saved !== value) {
    setSaved(value);
    setShown(value);
  }
  const commit = (next: string) => {
    if (next !== value) onChange(next);
  };
  const label = data.find((d) => d.value === shown)?.label ?? '';
  return (
    <div className={classes.root} style={{ width: w }} title={label}>
      <span className={classes.label} aria-hidden>{label}</span>
      <select
        className={classes.select}
        aria-label={ariaLabel}
        value={shown}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            // Enter is the commit here; Chromium on Linux would also open the list with it.
            e.preventDefault();
            commit(shown);
          } else stepping.current = !e.altKey && !e.ctrlKey && e.key !== ' ' && BROWSING_KEYS.test(e.key);
        }}
        onKeyUp={() => (stepping.current = false)}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setShown(next);
          if (!stepping.current) commit(next);
        }}
        onBlur={() => commit(shown)}
      >
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
 * An amount in baht, shown as 1,250.50 and saved when the field is left. It is read as clerks type
 * it (Thai digits, thousands commas: parseAmount); something that is still not an amount (two
 * points) goes back to the saved one.
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
      onBlur={(e) => {
        const read = parseAmount(e.currentTarget.value);
        const next = read === '' ? null : read;
        if (read === null) {
          e.currentTarget.value = shown(value);
          return;
        }
        e.currentTarget.value = shown(next);
        if (next !== value) onSave(next);
      }}
    />
  );
}
