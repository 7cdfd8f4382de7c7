import { useState, type ReactNode } from 'react';
import { ActionIcon, Button, Card, Group, Text, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';

/**
 * A section of a person's page that lists their records (activities, awards): its title, the
 * button to add one (not for a read-only person), the list, or a line saying there is none yet,
 * and the form that adds a record or corrects the one the list picked.
 */
export function RecordCard<T>({ title, addLabel, readOnly, rows, emptyText, dialog, children }: {
  title: string;
  addLabel: string;
  readOnly: boolean;
  rows: T[];
  /** What to do while there is none yet (not for a read-only person: they have no add button). */
  emptyText: ReactNode;
  /** The form: for a new record (null), for the record being corrected, or closed (undefined). */
  dialog(editing: T | null | undefined, close: () => void): ReactNode;
  /** The list, when there is something in it; `edit` opens the form on a record. */
  children(edit: (record: T) => void): ReactNode;
}) {
  const [editing, setEditing] = useState<T | null | undefined>(undefined);
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={4}>{title}</Title>
        {!readOnly && <Button size="xs" variant="light" onClick={() => setEditing(null)}>{addLabel}</Button>}
      </Group>
      {rows.length === 0 ? <Text c="dimmed" size="sm">{emptyText}</Text> : children(setEditing)}
      {dialog(editing, () => setEditing(undefined))}
    </Card>
  );
}

/** แก้ไข and ลบ at the end of a record's row. */
export function EditDeleteButtons({ onEdit, onDelete }: { onEdit(): void; onDelete(): void }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Button size="xs" variant="subtle" onClick={onEdit}>แก้ไข</Button>
      <Button size="xs" variant="subtle" color="red" onClick={onDelete}>ลบ</Button>
    </Group>
  );
}

/** The red bin at a row's end that removes it; `label` names what goes, for a screen reader and a test. */
export function RemoveIcon({ label, onClick, disabled, title }: { label: string; onClick(): void; disabled?: boolean; title?: string }) {
  return (
    <ActionIcon variant="subtle" color="red" aria-label={label} disabled={disabled} title={title} onClick={onClick}>
      <IconTrash size={16} />
    </ActionIcon>
  );
}
