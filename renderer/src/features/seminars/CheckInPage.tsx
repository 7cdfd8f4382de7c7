import { useRef, useState, type KeyboardEvent } from 'react';
import { Alert, Anchor, Badge, Card, Group, Kbd, Loader, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import type { AttendanceCopied } from '@shared/api/attendance';
import { findScanned } from '@shared/schemas/volunteer-card';
import { COUNT_LABELS, type AttendanceBoard, type AttendanceStatus } from '@shared/schemas/seminar';
import { formatThaiClock, formatThaiDateLong, formatThaiTime } from '@shared/thai';
import { ApiError, call } from '../../api/client';
import { useCall } from '../../api/hooks';
import { applyMark, matchRoster, type RosterEntry } from './checkin-model';
import { isCtrlLetter } from '../../components/grid';
import { CopyFromEarlier } from './CopyFromEarlier';
import { WalkinForm } from './WalkinForm';
import { WholeWords } from '../../components/WholeWords';

interface Feedback {
  tone: 'green' | 'yellow' | 'red' | 'gray';
  text: string;
}

/** One mark taken back by Ctrl+Z, or a whole "เหมือนช่วงเช้า" copy (only the people it marked). */
type Undo =
  | { kind: 'mark'; participantId: number; name: string; previous: { status: AttendanceStatus; at: string } | null }
  | { kind: 'copy'; participantIds: number[]; name: string };

const clock = (iso: string | null) => (iso ? formatThaiClock(new Date(iso)) : '');
const notFound = (typed: string) => `ไม่พบ "${typed.trim()}" ในรายชื่อ ถ้าเป็นผู้เข้าร่วมหน้างาน กด Ctrl+Enter เพื่อเพิ่มชื่อและลงชื่อทันที`;

/**
 * The desk on the day: type part of a name or ID, Enter checks the first match in, Shift+Enter
 * marks absent, arrows choose another match, Ctrl+Z undoes, Ctrl+Enter adds a walk-in. Counts per
 * group move at once; the core confirms each mark.
 */
export function CheckInPage() {
  const sessionId = Number(useParams().sessionId);
  const key = ['attendance-board', { sessionId }];
  const qc = useQueryClient();
  const board = useCall('attendance-board', { sessionId });
  const [typed, setTyped] = useState('');
  const [cursor, setCursor] = useState(0);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [undo, setUndo] = useState<Undo[]>([]);
  const [walkin, setWalkin] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());

  if (board.isPending) return <Loader />;
  if (!board.data) return <Alert color="red">{board.error?.message ?? 'เปิดหน้าลงชื่อไม่ได้'}</Alert>;
  const b = board.data;
  const matches = matchRoster(b.roster, typed);
  const groupName = (id: number) => b.groups.find((g) => g.groupId === id)?.name ?? '';
  // A reload still under way would bring back the board from before this mark: it is dropped.
  const setLocal = (f: (x: AttendanceBoard) => AttendanceBoard) => {
    void qc.cancelQueries({ queryKey: key });
    qc.setQueryData<AttendanceBoard>(key, (x) => (x ? f(x) : x));
  };

  /**
   * Calls reach the core one after another in the order the keys were pressed, so an undo can
   * never overtake the mark it takes back. On failure the board is reloaded from the core.
   */
  const send = (work: () => Promise<unknown>, onFail?: () => void): Promise<boolean> => {
    const run = queue.current.then(async () => {
      try {
        await work();
        return true;
      } catch (e) {
        onFail?.();
        setFeedback({ tone: 'red', text: e instanceof ApiError ? e.error.message : 'บันทึกไม่สำเร็จ' });
        return false;
      } finally {
        void qc.invalidateQueries({ queryKey: key });
      }
    });
    queue.current = run.then(() => undefined);
    return run;
  };

  const mark = async (p: RosterEntry, status: AttendanceStatus) => {
    setTyped('');
    setCursor(0);
    if (p.status === status) {
      setFeedback({ tone: 'yellow', text: `${p.name} ${status === 'present' ? 'ลงชื่อแล้ว' : 'ถูกบันทึกว่าขาดแล้ว'} เมื่อ ${clock(p.at)}` });
      return;
    }
    setLocal((x) => applyMark(x, p.id, status, new Date().toISOString()));
    setFeedback({ tone: status === 'present' ? 'green' : 'gray', text: `${status === 'present' ? '✓ ลงชื่อแล้ว' : 'บันทึกว่าขาด'}: ${p.name} (${groupName(p.groupId)})` });
    // On the undo stack at once, so Ctrl+Z right after Enter takes back this mark, not the one before.
    const entry: Undo = { kind: 'mark', participantId: p.id, name: p.name, previous: p.status ? { status: p.status, at: p.at! } : null };
    setUndo((u) => [...u, entry]);
    await send(() => call('attendance-mark', { sessionId, participantId: p.id, status }), () => setUndo((u) => u.filter((x) => x !== entry)));
  };

  const undoLast = async () => {
    const last = undo.at(-1);
    if (!last) return setFeedback({ tone: 'gray', text: 'ไม่มีรายการให้เลิกทำ' });
    setUndo((u) => u.slice(0, -1));
    if (last.kind === 'copy') {
      setLocal((x) => last.participantIds.reduce((y, id) => applyMark(y, id, null, null), x));
      const cells = last.participantIds.map((participantId) => ({ sessionId, participantId, status: null }));
      const ok = await send(() => (cells.length ? call('attendance-save', { seminarId: b.seminarId, cells }) : Promise.resolve()));
      if (ok) setFeedback({ tone: 'gray', text: `เลิกทำแล้ว: ${last.name} ${last.participantIds.length.toLocaleString('th-TH')} คน` });
      return;
    }
    setLocal((x) => applyMark(x, last.participantId, last.previous?.status ?? null, last.previous?.at ?? null));
    const ok = await send(() =>
      last.previous
        ? call('attendance-mark', { sessionId, participantId: last.participantId, status: last.previous.status })
        : call('attendance-clear', { sessionId, participantId: last.participantId }),
    );
    if (ok) setFeedback({ tone: 'gray', text: `เลิกทำแล้ว: ${last.name}` });
  };

  const copied = (c: AttendanceCopied, from: string) => {
    const name = `ลงชื่อเหมือน${from}`;
    setUndo((u) => [...u, { kind: 'copy', participantIds: c.participantIds, name }]);
    setFeedback({
      tone: c.copied ? 'green' : 'yellow',
      text: c.copied
        ? `✓ ${name}แล้ว ${c.copied.toLocaleString('th-TH')} คน แก้เฉพาะคนที่ต่างกัน (Shift+Enter บันทึกว่าขาด) หรือกด Ctrl+Z เพื่อเลิกทำ`
        : `ไม่มีใครให้ลงชื่อเพิ่ม: ผู้ที่มา${from}บันทึกไว้ในช่วงนี้แล้วทุกคน`,
    });
    void qc.invalidateQueries({ queryKey: key });
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') setCursor((c) => Math.min(c + 1, Math.max(matches.length - 1, 0)));
    else if (e.key === 'ArrowUp') setCursor((c) => Math.max(c - 1, 0));
    else if (isCtrlLetter(e, 'z')) void undoLast();
    else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) setWalkin(true);
    else if (e.key === 'Escape') setTyped('');
    else if (e.key === 'Enter') {
      const scanned = findScanned(typed, b.roster);
      const p = scanned.participant ?? matches[cursor];
      if (p) void mark(p, e.shiftKey ? 'absent' : 'present');
      else if (scanned.code) setFeedback({ tone: 'red', text: `รหัส ${typed.trim()} ไม่ใช่ผู้เข้าร่วมของโครงการนี้ ตรวจว่าป้ายชื่อ บัตรประจำตัว หรือใบลงทะเบียนเป็นของโครงการนี้` });
      else if (typed.trim()) setFeedback({ tone: 'red', text: notFound(typed) });
    } else return;
    e.preventDefault();
  };

  const recent = b.roster.filter((p) => p.at).sort((x, y) => (y.at! > x.at! ? 1 : -1)).slice(0, 8);
  return (
    <Stack>
      {/* The count stays beside a long title: stacked under it, it pushed the search box's answer below a 1093×615 window. */}
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
          <Anchor component={Link} to={`/seminars/${b.seminarId}`} size="sm">← {b.seminarTitle}</Anchor>
          <Title order={2}>ลงชื่อเข้าร่วม</Title>
          <Text c="dimmed">
            {formatThaiDateLong(b.session.date)} เวลา {formatThaiTime(b.session.start)} – {formatThaiTime(b.session.end)} {b.session.topic}
          </Text>
        </Stack>
        <Card withBorder padding="sm" miw={180} style={{ flexShrink: 0 }}>
          {/* At the desk the count that matters is who of the listed people came to this session. */}
          <Text size="sm" c="dimmed" ta="center">{COUNT_LABELS.attended} / {COUNT_LABELS.registered}</Text>
          <Text fz={40} fw={700} ta="center" data-testid="checkin-total">{b.present}/{b.roster.length}</Text>
          <Text size="sm" c="dimmed" ta="center">{COUNT_LABELS.planned} {b.planned} คน</Text>
        </Card>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: Math.min(b.groups.length, 4) }}>
        {b.groups.map((g) => (
          <Card key={g.groupId} withBorder padding="sm" data-testid={`checkin-group-${g.groupId}`}>
            <Text size="sm" lineClamp={2} title={g.name}>{g.name}</Text>
            <Text fz={24} fw={700}>{g.present}<Text span c="dimmed" fz="md"> / {g.registered} {COUNT_LABELS.registered} · {COUNT_LABELS.planned} {g.planned}</Text></Text>
          </Card>
        ))}
      </SimpleGrid>
      {walkin ? (
        <WalkinForm
          seminarId={b.seminarId}
          sessionId={sessionId}
          groups={b.groups}
          initialName={typed}
          onDone={(name) => {
            setWalkin(false);
            setTyped('');
            if (name) setFeedback({ tone: 'green', text: `✓ เพิ่มและลงชื่อแล้ว: ${name}` });
            void qc.invalidateQueries({ queryKey: key });
            requestAnimationFrame(() => input.current?.focus());
          }}
        />
      ) : (
        <TextInput
          ref={input}
          size="xl"
          autoFocus
          label="พิมพ์ชื่อหรือเลขประจำตัวประชาชน แล้วกด Enter"
          description="หรือสแกนบาร์โค้ดบนป้ายชื่อหรือใบลงทะเบียน"
          placeholder="เช่น สมหมาย หรือ 4 หลักท้ายของเลขประจำตัว"
          value={typed}
          onChange={(e) => {
            setTyped(e.currentTarget.value);
            setCursor(0);
          }}
          onKeyDown={onKey}
        />
      )}
      {!walkin && <CopyFromEarlier key={sessionId} session={b.session} onCopied={copied} onClosed={() => requestAnimationFrame(() => input.current?.focus())} />}
      {/* A name that matches nobody replaces the last person's banner with how to add a walk-in. */}
      {typed.trim() && matches.length === 0 && !findScanned(typed, b.roster).code ? (
        <Alert color="yellow" data-testid="checkin-feedback" role="status">{notFound(typed)}</Alert>
      ) : (
        feedback && <Alert color={feedback.tone} data-testid="checkin-feedback" role="status">{feedback.text}</Alert>
      )}
      {matches.length > 0 && (
        <Table data-testid="checkin-matches">
          <Table.Tbody>
            {matches.map((p, i) => (
              <Table.Tr key={p.id} bg={i === cursor ? 'var(--mantine-color-blue-light)' : undefined}>
                <Table.Td fw={i === cursor ? 700 : undefined}><WholeWords text={p.name} /></Table.Td>
                <Table.Td>{p.position} {p.agency}</Table.Td>
                <Table.Td>{groupName(p.groupId)}</Table.Td>
                <Table.Td>
                  {p.status === 'present' && <Badge color="green">มาแล้ว {clock(p.at)}</Badge>}
                  {p.status === 'absent' && <Badge color="gray">ขาด</Badge>}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="sm" c="dimmed">
        <Kbd>Enter</Kbd> ลงชื่อ · <Kbd>Shift</Kbd>+<Kbd>Enter</Kbd> บันทึกว่าขาด · <Kbd>↑</Kbd><Kbd>↓</Kbd> เลือกชื่อ · <Kbd>Ctrl</Kbd>+<Kbd>Z</Kbd> เลิกทำ ·{' '}
        <Kbd>Ctrl</Kbd>+<Kbd>Enter</Kbd> เพิ่มผู้เข้าร่วมหน้างาน · <Kbd>Esc</Kbd> ล้างช่องค้นหา
      </Text>
      {recent.length > 0 && (
        <Stack gap={4}>
          <Text fw={500}>ล่าสุด</Text>
          {recent.map((p) => (
            <Text key={p.id} size="sm">{clock(p.at)} · {p.name} · {p.status === 'present' ? 'มา' : 'ขาด'}</Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
