import { useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { Alert, Anchor, Button, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ActivityGrid } from '@shared/schemas/activity';
import { formatYearMonth } from '@shared/schemas/activity';
import { todayIso } from '@shared/thai';
import { ApiError } from '../../api/client';
import { useCall, useCallMutation } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { useLeaveGuard } from '../../components/LeaveGuard';
import { ActivityForm } from './ActivityForm';
import { errorsByCell, isSaveKey, moveFrom } from '../../components/grid';
import gridClasses from '../../components/Grid.module.css';
import { cellCount, cellText, numberRowDigit, pastedBlock } from './gridCells';
import { monthOptions } from './months';
import { showWarnings } from './warnings';
import classes from './ActivityGrid.module.css';
import { WholeWords, WordsKept } from '../../components/WholeWords';

const key = (volunteerId: number, kindId: number) => `${volunteerId}:${kindId}`;

/**
 * The monthly grid, the main way activity reports on paper are keyed: one district, one month,
 * its volunteers down and the kinds across, people reached in each cell. Keyboard only: typing a
 * number fills the cell, arrows, Tab and Enter move, Ctrl+S (or the button) saves every change at
 * once, in one transaction.
 */
export function ActivitiesPage() {
  const months = useMemo(() => monthOptions(todayIso()), []);
  // Paper reports arrive after the month ends: last month is the one usually keyed.
  const [month, setMonth] = useState(months[1].value);
  const [district, setDistrict] = useState<string | null>(null);
  const summary = useCall('volunteer-summary', {});
  const grid = useCall('activity-grid-get', { month, district: district ?? '' }, { enabled: !!district });
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [detailOpen, setDetailOpen] = useState(false);
  const save = useCallMutation('activity-grid-save', ['activity-grid-get', 'activity-list']);
  const table = useRef<HTMLTableElement>(null);

  const data = grid.data;
  const base = (vid: number, kid: number) => data?.rows.find((r) => r.volunteerId === vid)?.cells[kid] ?? null;
  const changed = data ? changedCells(data, edits) : [];
  const dirty = changed.length > 0;
  const guard = useLeaveGuard(dirty);

  const focusCell = (row: number, col: number) => {
    const input = table.current?.querySelector<HTMLInputElement>(`input[data-cell="${row}:${col}"]`);
    input?.focus();
    input?.select();
  };

  const submit = async () => {
    if (!data || !district || !dirty) return;
    setProblem(null);
    try {
      const result = await save.mutateAsync({ month, district, cells: changed });
      setEdits({});
      setErrors({});
      notifySuccess(`บันทึกผลงานเดือน${formatYearMonth(month)} อำเภอ${district}แล้ว ${result.changed.toLocaleString('th-TH')} ช่อง`);
      showWarnings(result.warnings);
    } catch (e) {
      if (!(e instanceof ApiError)) return notifyError(e);
      setErrors(errorsByCell(e.error.fields, changed, (c) => key(c.volunteerId, c.kindId)));
      setProblem(e.error.message);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, row: number, col: number) => {
    if (isSaveKey(e)) {
      e.preventDefault();
      void submit();
      return;
    }
    if (!data) return;
    const digit = numberRowDigit(e);
    if (digit) {
      e.preventDefault();
      const input = e.currentTarget;
      const typed = input.value.slice(0, input.selectionStart ?? input.value.length) + digit + input.value.slice(input.selectionEnd ?? input.value.length);
      setEdits((old) => ({ ...old, [key(data.rows[row].volunteerId, data.kinds[col].id)]: cellText(typed) }));
      return;
    }
    const to = moveFrom(e.key, e.shiftKey, row, col, data.rows.length, data.kinds.length);
    if (!to) return;
    e.preventDefault();
    focusCell(to.row, to.col);
  };

  /**
   * A block copied from Excel fills the cells from this one down (and right), as Excel pastes:
   * a column of counts pasted into one cell ran together as one number (12, 5, 8 → 1258). An empty
   * pasted cell empties its cell; text that is no number, and what falls outside the grid, is left
   * out and said.
   */
  const onPaste = (e: ClipboardEvent<HTMLInputElement>, row: number, col: number) => {
    const block = data && pastedBlock(e.clipboardData.getData('text/plain'));
    if (!data || !block) return;
    e.preventDefault();
    const next: Record<string, string> = {};
    let outside = 0;
    let notNumbers = 0;
    block.forEach((cells, r) =>
      cells.forEach((value, c) => {
        const [person, kind] = [data.rows[row + r], data.kinds[col + c]];
        if (!person || !kind) outside++;
        else if (value.trim() && !cellText(value)) notNumbers++;
        else next[key(person.volunteerId, kind.id)] = cellText(value);
      }),
    );
    setEdits((old) => ({ ...old, ...next }));
    const skipped = [
      outside && `${outside.toLocaleString('th-TH')} ช่องเกินขอบตาราง`,
      notNumbers && `${notNumbers.toLocaleString('th-TH')} ช่องไม่ใช่ตัวเลข`,
    ].filter(Boolean);
    if (skipped.length) {
      notifications.show({
        color: 'yellow',
        title: `วางแล้ว ${Object.keys(next).length.toLocaleString('th-TH')} ช่อง ยังไม่ได้บันทึก`,
        message: `ไม่ได้วาง ${skipped.join(' และ ')} กรุณาตรวจสอบตารางก่อนกดบันทึก`,
        autoClose: 12_000,
      });
    }
  };

  const districts = (summary.data?.districts ?? []).map((d) => ({ value: d.district, label: `${d.district} (${d.count.toLocaleString('th-TH')} คน)` }));

  return (
    <Stack>
      {guard.prompt}
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Title order={2}>บันทึกผลงานอาสาสมัครรายเดือน</Title>
          <Text c="dimmed" size="sm">เลือกเดือนและอำเภอ พิมพ์จำนวนผู้ได้รับประโยชน์ในแต่ละช่อง (หรือวางคอลัมน์ที่คัดลอกจาก Excel) ลูกศร/Tab/Enter เพื่อเลื่อนช่อง Ctrl+S เพื่อบันทึกทั้งตาราง</Text>
        </Stack>
        <Group gap="xs">
          <Button component={Link} to="/activities/report" variant="light">รายงานผลการปฏิบัติงาน</Button>
          <Button component={Link} to="/activities/nomination" variant="light">คัดเลือก อสร.ดีเด่น</Button>
          <Button component={Link} to="/activities/import" variant="light">นำเข้าจาก Excel</Button>
          <Button component={Link} to="/activities/kinds" variant="subtle">ประเภทกิจกรรม</Button>
        </Group>
      </Group>
      <Group align="flex-end">
        <Select label="เดือน (พ.ศ.)" data={months} value={month} onChange={(v) => v && setMonth(v)} allowDeselect={false} disabled={dirty} w={200} />
        <Select
          label="อำเภอ"
          placeholder="เลือกอำเภอ"
          searchable
          data={districts}
          value={district}
          onChange={setDistrict}
          disabled={dirty}
          nothingFoundMessage="ไม่พบอำเภอนี้ในทะเบียน"
          w={280}
        />
        {dirty && <Text size="sm" c="orange.8">บันทึกหรือยกเลิกการแก้ไขก่อนเปลี่ยนเดือนหรืออำเภอ</Text>}
      </Group>
      {!district && <Alert color="blue">เลือกอำเภอเพื่อเปิดตารางของเดือน{formatYearMonth(month)}</Alert>}
      {district && grid.isPending && <Loader aria-label="กำลังเปิดตาราง" />}
      {grid.error && <Alert color="red">{grid.error.message}</Alert>}
      {data && data.rows.length === 0 && <Alert color="yellow">อำเภอ{data.district}ไม่มีอาสาสมัครที่ปฏิบัติหน้าที่ในเดือน{formatYearMonth(data.month)}</Alert>}
      {data && data.rows.length > 0 && (
        <>
          {problem && <Alert color="red" role="alert" title="ยังไม่ได้บันทึก ไม่มีช่องใดถูกบันทึก">{problem}</Alert>}
          <Table.ScrollContainer minWidth={640} maxHeight="calc(100vh - 330px)">
            <table ref={table} className={gridClasses.grid} aria-label={`ผลงานเดือน${formatYearMonth(data.month)} อำเภอ${data.district}`}>
              <thead>
                <tr>
                  <th className={gridClasses.no}>ที่</th>
                  <th className={gridClasses.name}>ชื่อ-สกุล</th>
                  <th className={classes.area}>ตำบล</th>
                  {data.kinds.map((k) => (
                    <th key={k.id} className={classes.kind}><WordsKept text={k.name} />{!k.active && ' (เลิกใช้)'}</th>
                  ))}
                  <th className={classes.kind}>รวม</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((r, row) => {
                  let total = 0;
                  return (
                    <tr key={r.volunteerId}>
                      <td className={gridClasses.no}>{row + 1}</td>
                      <td className={gridClasses.name}>
                        <Anchor component={Link} to={`/volunteers/${r.volunteerId}`} tabIndex={-1} size="sm"><WholeWords text={r.name} /></Anchor>
                      </td>
                      <td className={classes.area}><WholeWords text={r.subdistrict} /></td>
                      {data.kinds.map((k, col) => {
                        const id = key(r.volunteerId, k.id);
                        const text = edits[id] ?? String(r.cells[k.id] ?? '');
                        const detailed = r.detailed[k.id] ?? 0;
                        total += (cellCount(text) ?? 0) + detailed;
                        const isChanged = edits[id] !== undefined && cellCount(edits[id]) !== base(r.volunteerId, k.id);
                        return (
                          <td key={k.id} className={classes.cell}>
                            <input
                              data-cell={`${row}:${col}`}
                              className={classes.input}
                              data-changed={isChanged || undefined}
                              aria-invalid={errors[id] ? true : undefined}
                              title={errors[id]}
                              aria-label={`${r.name} ${k.name}`}
                              inputMode="numeric"
                              autoComplete="off"
                              value={text}
                              onFocus={(e) => e.currentTarget.select()}
                              onChange={(e) => setEdits({ ...edits, [id]: cellText(e.currentTarget.value) })}
                              onKeyDown={(e) => onKeyDown(e, row, col)}
                              onPaste={(e) => onPaste(e, row, col)}
                            />
                            {detailed > 0 && (
                              <span className={classes.detailed} title="จากการบันทึกรายละเอียดกิจกรรม (รวมในรายงานแล้ว)">+{detailed.toLocaleString('th-TH')}</span>
                            )}
                          </td>
                        );
                      })}
                      <td className={classes.total}>{total ? total.toLocaleString('th-TH') : ''}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </Table.ScrollContainer>
          <Group justify="space-between">
            <Group gap="xs">
              <Button variant="light" onClick={() => setDetailOpen(true)}>บันทึกรายละเอียดกิจกรรม (เช่น ชี้เป้า/ส่งต่อ)</Button>
            </Group>
            <Group gap="xs">
              {dirty && (
                <Button variant="default" onClick={() => { setEdits({}); setErrors({}); setProblem(null); }}>ยกเลิกการแก้ไข</Button>
              )}
              <Button leftSection={<IconDeviceFloppy size={18} />} onClick={() => void submit()} disabled={!dirty} loading={save.isPending}>
                {dirty ? `บันทึกทั้งตาราง (${changed.length.toLocaleString('th-TH')} ช่อง)` : 'บันทึกทั้งตาราง'}
              </Button>
            </Group>
          </Group>
          <ActivityForm
            opened={detailOpen}
            onClose={() => setDetailOpen(false)}
            kinds={data.kinds}
            volunteers={data.rows.map((r) => ({ id: r.volunteerId, name: r.name }))}
          />
        </>
      )}
    </Stack>
  );
}

/** The cells whose typed value differs from what is saved, in the order they appear. */
function changedCells(data: ActivityGrid, edits: Record<string, string>) {
  const out: { volunteerId: number; kindId: number; people: number | null }[] = [];
  for (const r of data.rows) {
    for (const k of data.kinds) {
      const typed = edits[key(r.volunteerId, k.id)];
      if (typed === undefined) continue;
      const people = cellCount(typed);
      if ((people || null) !== (r.cells[k.id] ?? null)) out.push({ volunteerId: r.volunteerId, kindId: k.id, people });
    }
  }
  return out;
}
