import { Combobox, InputBase, useCombobox, type MantineSize } from '@mantine/core';

interface Props {
  data: { value: string; label: string }[];
  value: string | null;
  onChange(value: string): void;
  'aria-label': string;
  size?: MantineSize;
  w?: number | string;
}

/**
 * A select whose chosen label wraps onto more lines instead of being cut off, for long names
 * (target groups such as "หัวหน้าส่วนราชการสังกัดกระทรวงแรงงาน…") in narrow table cells.
 * Keyboard as a select: Enter/Space/↓ opens, ↑↓ choose, Enter picks, Esc closes.
 */
export function WrappingSelect({ data, value, onChange, size = 'sm', w, ...rest }: Props) {
  const combobox = useCombobox({
    onDropdownClose: () => combobox.resetSelectedOption(),
    onDropdownOpen: () => combobox.updateSelectedOptionIndex('active'),
  });
  const label = data.find((d) => d.value === value)?.label ?? '';
  return (
    <Combobox
      store={combobox}
      size={size}
      onOptionSubmit={(v) => {
        if (v !== value) onChange(v);
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target targetType="button">
        <InputBase
          component="button"
          type="button"
          pointer
          multiline
          size={size}
          w={w}
          aria-label={rest['aria-label']}
          title={label}
          rightSection={<Combobox.Chevron />}
          rightSectionPointerEvents="none"
          onClick={() => combobox.toggleDropdown()}
          styles={{ input: { height: 'auto', textAlign: 'left', whiteSpace: 'normal', lineHeight: 1.4, paddingTop: 4, paddingBottom: 4 } }}
        >
          {label}
        </InputBase>
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options>
          {data.map((d) => (
            <Combobox.Option key={d.value} value={d.value} active={d.value === value}>
              {d.label}
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
