import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { Alert, Anchor, Button, Group, Kbd, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import type { SeminarSession } from '@shared/schemas/seminar';
import { formatThaiDateShort } from '@shared/thai';
import { ApiError } from '../../api/client';
import { useCall, useCallMutation } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { useLeaveGuard } from '../../components/LeaveGuard';
import { errorsByCell, isSaveKey, moveFrom } from '../../components/grid';
import gridClasses from '../../components/Grid.module.css';
import { sessionTime } from './labels';
import { changedCells, findRow, presentCounts, shown, toggle, type SheetEdits, type SheetRow } from './sheet-model';
import classes from './AttendanceSheet.module.css';

const cellId = (participantId: number, sessionId: number) => `sheet-${participantId}-${sessionId}`;
const errorKey = (c: { participantId: number; sessionId: number }) => `${c.participantId}:${c.sessionId}`;
const MARK_TEXT = { present: '✓ มา', absent: 'ขาด' } as const;
const PAGE_ROWS = 15;

/**
 * One participant's row: plain table cells, no component per cell, re-rendered only when its own
 * marks, errors or the cursor in it change (150 people × 4 sessions stay instant).
 */
const SheetRowView = memo(function SheetRowView({ row, index, sessions, edits, errors, activeCol }: {
  row: SheetRow;
  index: number;
  sessions: SeminarSession[];
  edits: SheetEdits[number] | undefined;
  errors: Record<string, string>;
  activeCol: number;
}) {
  const rowEdits: SheetEdits = edits ? { [row.participantId]: edits } : {};
  return (
    <tr>
      <td className={gridClasses.no}>{row.no}</td>
      <td className={classes.code}>{row.code}</td>
      <td className={gridClasses.name}>{row.name}</td>
      {sessions.map((s, col) => {
        const mark = shown(row, s.id, rowEdits);
        const error = errors[errorKey({ participantId: row.participantId, sessionId: s.id })];
        return (
          <td
            key={s.id}
            id={cellId(row.participantId, s.id)}
            role="gridcell"
            className={classes.mark}
            data-row={index}
            data-col={col}
            data-mark={mark ?? undefined}
            data-changed={(edits && s.id in edits) || undefined}
            aria-selected={col === activeCol}
            aria-invalid={error ? true : undefined}
            title={error}
          >
            {mark ? MARK_TEXT[mark] : ''}
          </td>
        );
      })}
    </tr>
  );
});

function sessionHead(s: SeminarSession, oneDay: boolean) {
  return oneDay ? sessionTime(s) : `${formatThaiDateShort(s.date)} ${sessionTime(s)}`;
}

/**
 * Paper-sheet entry: after the event the clerk keys the signed sign-in sheets, people down (in the
 * sheets' order, with their number and code) and sessions across. Keyboard only: arrows and Enter
 * move, Space ticks or unticks, Shift+Space marks absent (ขาด) or takes it back, typing a code or a name jumps to its row, Ctrl+S saves every
 * changed cell at once (all or nothing), and leaving with unsaved ticks asks first.
 */
export function AttendanceSheetPage() {
  const seminarId = Number(useParams().id);
  const q = useCall('attendance-sheet', { seminarId });
  const save = useCallMutation('attendance-save', ['attendance-sheet', 'attendance-board', 'attendance-copy-sources', 'seminar-get', 'seminar-list']);
  const [edits, setEdits] = useState<SheetEdits>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [cursor, setCursor] = useState({ row: 0, col: 0 });
  const [jump, setJump] = useState('');
  const table = useRef<HTMLTableElement>(null);
  const jumpBox = useRef<HTMLInputElement>(null);
  const submitRef = useRef<() => Promise<void>>(async () => {});

  const sheet = q.data;
  const changed = useMemo(() => (sheet ? changedCells(sheet, edits) : []), [sheet, edits]);
  const counts = useMemo(() => (sheet ? presentCounts(sheet, edits) : {}), [sheet, edits]);
  const dirty = changed.length > 0;
  const guard = useLeaveGuard(dirty);

  const active = sheet?.rows[cursor.row] && sheet.sessions[cursor.col] ? cellId(sheet.rows[cursor.row].participantId, sheet.sessions[cursor.col].id) : undefined;
  // Ctrl+S saves from anywhere on the page, never the browser's "save page".
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!isSaveKey(e)) return;
      e.preventDefault();
      void submitRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  // The grid takes the keyboard as soon as it shows, so the clerk starts ticking at once.
  const loaded = !!sheet;
  useEffect(() => {
    if (loaded) table.current?.focus();
  }, [loaded]);
  useEffect(() => {
    if (active) document.getElementById(active)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active]);

  if (q.isPending) return <Loader aria-label="กำลังเปิดตาราง" />;
  if (!sheet) return <Alert color="red">{q.error?.message ?? 'เปิดตารางลงชื่อไม่ได้'}</Alert>;
  const { rows, sessions } = sheet;
  const oneDay = new Set(sessions.map((s) => s.date)).size === 1;
  const matched = jump.trim() ? findRow(rows, jump) : -1;

  const submit = async () => {
    if (!dirty || save.isPending) return;
    setProblem(null);
    try {
      const result = await save.mutateAsync({ seminarId, cells: changed });
      setEdits({});
      setErrors({});
      notifySuccess(`บันทึกการลงชื่อจากใบลงทะเบียนแล้ว ${result.changed.toLocaleString('th-TH')} ช่อง`);
    } catch (e) {
      if (!(e instanceof ApiError)) return notifyError(e);
      setErrors(errorsByCell(e.error.fields, changed, errorKey));
      setProblem(e.error.message);
    }
  };

  submitRef.current = submit;

  const tick = (row: number, col: number, mark?: 'absent') => setEdits((x) => toggle(x, rows[row], sessions[col].id, mark));

  const onGridKey = (e: KeyboardEvent<HTMLTableElement>) => {
    const { row, col } = cursor;
    if (e.key === ' ') tick(row, col, e.shiftKey ? 'absent' : undefined);
    else if (e.key === 'PageDown' || e.key === 'PageUp') setCursor({ row: Math.max(0, Math.min(rows.length - 1, row + (e.key === 'PageDown' ? PAGE_ROWS : -PAGE_ROWS))), col });
    else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // A printable key starts a jump: the jump box takes it and the rest of the code or name.
      setJump(e.key);
      jumpBox.current?.focus();
    } else {
      const to = moveFrom(e.key, e.shiftKey, row, col, rows.length, sessions.length);
      if (!to) return;
      setCursor(to);
    }
    e.preventDefault();
  };

  const onGridClick = (e: MouseEvent<HTMLTableElement>) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('td[data-col]');
    if (!cell) return;
    const to = { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
    setCursor(to);
    tick(to.row, to.col);
  };

  const onJumpKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === 'Escape' || e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (e.key === 'Enter' && matched < 0) return;
      setJump('');
      table.current?.focus();
    } else return;
    e.preventDefault();
  };

  let lastGroup = 0;
  return (
    <Stack>
      {guard.prompt}
      <Stack gap={0}>
        <Anchor component={Link} to={`/seminars/${seminarId}`} size="sm">← {sheet.seminarTitle}</Anchor>
        <Title order={2}>บันทึกการลงชื่อจากใบลงทะเบียน</Title>
        <Text c="dimmed" size="sm">
          เรียงตามใบลงทะเบียน <Kbd>Space</Kbd> ติ๊กมา/ไม่มา · <Kbd>Shift</Kbd>+<Kbd>Space</Kbd> ขาด (กดซ้ำเพื่อยกเลิก) · <Kbd>↑</Kbd><Kbd>↓</Kbd><Kbd>←</Kbd><Kbd>→</Kbd> หรือ <Kbd>Enter</Kbd> เลื่อนช่อง · พิมพ์รหัสหรือชื่อเพื่อไปยังแถวนั้น ·{' '}
          <Kbd>Ctrl</Kbd>+<Kbd>S</Kbd> บันทึกทั้งตาราง
        </Text>
      </Stack>
      <Group align="flex-end" justify="space-between">
        <TextInput
          ref={jumpBox}
          w={360}
          label="ไปยังแถว: พิมพ์รหัสใต้บาร์โค้ดหรือชื่อ แล้วกด Enter"
          placeholder="เช่น 00000125 หรือ สมหมาย"
          value={jump}
          onChange={(e) => {
            const typed = e.currentTarget.value;
            setJump(typed);
            const r = findRow(rows, typed);
            if (r >= 0) setCursor((c) => ({ row: r, col: c.col }));
          }}
          onKeyDown={onJumpKey}
          error={jump.trim() && matched < 0 ? `ไม่พบ "${jump.trim()}" ในรายชื่อของโครงการนี้` : undefined}
        />
        <Group gap="xs">
          {dirty && (
            <Text size="sm" c="orange.9" data-testid="sheet-dirty">ยังไม่ได้บันทึก {changed.length.toLocaleString('th-TH')} ช่อง</Text>
          )}
          {dirty && <Button variant="default" onClick={() => { setEdits({}); setErrors({}); setProblem(null); }}>ยกเลิกการแก้ไข</Button>}
          <Button leftSection={<IconDeviceFloppy size={18} />} onClick={() => void submit()} disabled={!dirty} loading={save.isPending}>
            {dirty ? `บันทึกทั้งตาราง (${changed.length.toLocaleString('th-TH')} ช่อง)` : 'บันทึกทั้งตาราง'}
          </Button>
        </Group>
      </Group>
      {problem && <Alert color="red" role="alert" title="ยังไม่ได้บันทึก ไม่มีช่องใดถูกบันทึก">{problem}</Alert>}
      {rows.length === 0 ? (
        <Alert color="yellow">โครงการนี้ยังไม่มีผู้เข้าร่วม เพิ่มผู้เข้าร่วมที่หน้าโครงการก่อน</Alert>
      ) : (
        // Native scrolling: the scroll area's scrollbar offset let rows show above the sticky heads.
        <Table.ScrollContainer type="native" minWidth={560} maxHeight="calc(100vh - 290px)">
          <table
            ref={table}
            role="grid"
            tabIndex={0}
            aria-label="ตารางลงชื่อผู้เข้าร่วมแต่ละช่วง"
            aria-activedescendant={active}
            className={`${gridClasses.grid} ${classes.table}`}
            onKeyDown={onGridKey}
            onClick={onGridClick}
          >
            <thead>
              <tr>
                <th className={gridClasses.no}>ที่</th>
                <th className={classes.code}>รหัส</th>
                <th className={gridClasses.name}>ชื่อ-สกุล</th>
                {sessions.map((s) => (
                  <th key={s.id} className={classes.session} title={s.topic}>
                    {sessionHead(s, oneDay)}
                    <span className={classes.count} data-testid={`sheet-count-${s.id}`}>มา {(counts[s.id] ?? 0).toLocaleString('th-TH')} คน</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.flatMap((r, i) => {
                const out: ReactNode[] = [];
                if (r.groupId !== lastGroup) {
                  lastGroup = r.groupId;
                  const name = sheet.groups.find((g) => g.id === r.groupId)?.name ?? '';
                  out.push(
                    <tr key={`g${r.groupId}`} className={classes.group}>
                      <td colSpan={3 + sessions.length}>กลุ่ม {name}</td>
                    </tr>,
                  );
                }
                out.push(
                  <SheetRowView
                    key={r.participantId}
                    row={r}
                    index={i}
                    sessions={sessions}
                    edits={edits[r.participantId]}
                    errors={errors}
                    activeCol={i === cursor.row ? cursor.col : -1}
                  />,
                );
                return out;
              })}
            </tbody>
          </table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
