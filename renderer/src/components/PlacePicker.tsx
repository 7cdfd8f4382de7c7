import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Autocomplete, type AutocompleteProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { GeoPlace } from '@shared/schemas/geo';
import { useCall } from '../api/hooks';

/** A place as the picker fills it; the postcode is left out where the form has none (a covered area). */
export type PickedPlace = Omit<GeoPlace, 'postcode'> & { postcode?: string };

const BANGKOK = 'กรุงเทพมหานคร';

/** `ต.คอหงส์ › อ.หาดใหญ่ › จ.สงขลา › 90110` (แขวง/เขต in Bangkok). */
export function placeLabel(p: PickedPlace): string {
  if (!p.subdistrict && !p.district && !p.province) return '';
  const bkk = p.province === BANGKOK;
  const parts = [
    p.subdistrict && `${bkk ? 'แขวง' : 'ต.'}${p.subdistrict}`,
    p.district && `${bkk ? 'เขต' : 'อ.'}${p.district}`,
    p.province && (bkk ? p.province : `จ.${p.province}`),
    p.postcode,
  ];
  return parts.filter(Boolean).join(' › ');
}

export interface PlacePickerProps extends Omit<AutocompleteProps, 'value' | 'onChange' | 'data' | 'error'> {
  value: PickedPlace;
  onChange(place: PickedPlace): void;
  /** Fill the postcode too (a postal address) or not (the subdistrict a volunteer covers). */
  withPostcode?: boolean;
  error?: ReactNode;
}

/**
 * Offline address picker: typing a subdistrict, district or postcode (several words narrow it
 * down) suggests complete ตำบล › อำเภอ › จังหวัด › รหัสไปรษณีย์ matches from the shipped
 * geography, the office's province first. Choosing one fills every part at once.
 */
export function PlacePicker({ value, onChange, withPostcode = true, error, onBlur, ...rest }: PlacePickerProps) {
  const shown = (p: PickedPlace) => placeLabel(withPostcode ? p : { ...p, postcode: undefined });
  const [text, setText] = useState(shown(value));
  const [debounced] = useDebouncedValue(text, 120);
  useEffect(() => setText(shown(value)), [value.subdistrict, value.district, value.province, value.postcode]); // eslint-disable-line react-hooks/exhaustive-deps

  const searching = debounced.trim() !== '' && debounced !== shown(value);
  const suggestions = useCall('geo-suggest', { q: debounced.replace(/›/g, ' '), limit: 15 }, { enabled: searching });
  const byLabel = useMemo(() => {
    const m = new Map<string, GeoPlace>();
    for (const p of suggestions.data ?? []) m.set(shown(p), p);
    return m;
  }, [suggestions.data]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <Autocomplete
      placeholder="พิมพ์ชื่อตำบล อำเภอ หรือรหัสไปรษณีย์"
      {...rest}
      value={text}
      data={searching ? [...byLabel.keys()] : []}
      // The core already matched; the typed text need not appear in the label as typed.
      filter={({ options }) => options}
      onChange={setText}
      onOptionSubmit={(label) => {
        const p = byLabel.get(label);
        if (!p) return;
        onChange(withPostcode ? p : { subdistrict: p.subdistrict, district: p.district, province: p.province });
        setText(shown(p));
      }}
      onBlur={(e) => {
        // Clearing the box clears the place; half-typed text goes back to the chosen place.
        if (!text.trim()) onChange({ subdistrict: '', district: '', province: '', ...(withPostcode ? { postcode: '' } : {}) });
        else setText(shown(value));
        onBlur?.(e);
      }}
      error={error}
    />
  );
}
