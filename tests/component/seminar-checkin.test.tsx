import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { participantCode } from '@shared/schemas/participant-code';
import { CheckInPage } from '../../renderer/src/features/seminars/CheckInPage';
import { VolunteerSeminars } from '../../renderer/src/features/seminars/VolunteerSeminars';
import { testCore } from '../helpers/core';
import { songkhlaSeminar, volunteer } from '../helpers/seminar-fixtures';
import { connectCore, renderScreen } from './render';

async function setup() {
  const core = testCore();
  connectCore(core);
  const s = await core.call('seminar-create', songkhlaSeminar);
  for (let n = 1; n <= 3; n++) await core.call('volunteer-create', volunteer(n));
  await core.call('participant-add-volunteers', { seminarId: s.id, groupId: s.groups[2].id, filter: { district: 'เมืองสงขลา' } });
  const sessionId = s.days[0].sessions[0].id;
  renderScreen(
    <Routes>
      <Route path="/seminars/:id/checkin/:sessionId" element={<CheckInPage />} />
    </Routes>,
    `/seminars/${s.id}/checkin/${sessionId}`,
  );
  const box = await screen.findByLabelText('พิมพ์ชื่อหรือเลขประจำตัวประชาชน แล้วกด Enter');
  const board = async () => core.call('attendance-board', { sessionId });
  return { core, s, sessionId, box, board, user: userEvent.setup() };
}

describe('check-in desk', () => {
  it('checks in with Enter, says when someone came already, marks absent with Shift+Enter and undoes with Ctrl+Z', async () => {
    const { box, board, user } = await setup();
    expect(box).toHaveProperty('ownerDocument.activeElement', box);

    await user.type(box, 'สมหมาย2{Enter}');
    expect((await screen.findByRole('status')).textContent).toContain('ลงชื่อแล้ว: นายสมหมาย2 ทดสอบ2');
    expect(screen.getByTestId('checkin-total').textContent).toBe('1/3');
    await waitFor(async () => expect((await board()).present).toBe(1));

    await user.type(box, 'สมหมาย2{Enter}');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/นายสมหมาย2 ทดสอบ2 ลงชื่อแล้ว เมื่อ/));
    expect(screen.getByTestId('checkin-total').textContent).toBe('1/3');

    // Part of the national ID finds the person too; Shift+Enter records an absence.
    await user.type(box, '0000003{Shift>}{Enter}{/Shift}');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('บันทึกว่าขาด: นายสมหมาย3 ทดสอบ3'));
    await waitFor(async () => expect((await board()).roster.find((p) => p.name.includes('สมหมาย3'))?.status).toBe('absent'));

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('เลิกทำแล้ว: นายสมหมาย3 ทดสอบ3'));
    await waitFor(async () => expect((await board()).roster.find((p) => p.name.includes('สมหมาย3'))?.status).toBeNull());
    expect((await board()).present).toBe(1);
  });

  it('adds and checks in a walk-in with Ctrl+Enter, keyboard only', async () => {
    const { box, board, user } = await setup();
    await user.type(box, 'นางมาใหม่ หน้างาน{Enter}');
    expect((await screen.findByRole('status')).textContent).toContain('ไม่พบ');
    // What was typed stays, so Ctrl+Enter carries the name into the walk-in form.
    await user.keyboard('{Control>}{Enter}{/Control}');
    const name = await screen.findByLabelText('ชื่อ-นามสกุล');
    expect((name as HTMLInputElement).value).toBe('นางมาใหม่ หน้างาน');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('เพิ่มและลงชื่อแล้ว: นางมาใหม่ หน้างาน'));
    const b = await board();
    expect(b.present).toBe(1);
    expect(b.roster.find((p) => p.source === 'walkin')?.status).toBe('present');
  });
});

describe('check-in desk: scanner codes and names not found', () => {
  it('checks a person in from the code a USB scanner types and Enter, Thai layout on or off', async () => {
    const { box, board, user } = await setup();
    const [first, second] = (await board()).roster;
    await user.type(box, `${participantCode(first.id)}{Enter}`);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain(`ลงชื่อแล้ว: ${first.name}`));
    // The same digits typed with the Thai keyboard layout switched on (Kedmanee number row).
    const thaiRow = [...participantCode(second.id)].map((d) => 'จๅ/-ภถุึคต'[Number(d)]).join('');
    await user.type(box, `${thaiRow}{Enter}`);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain(`ลงชื่อแล้ว: ${second.name}`));
    await waitFor(async () => expect((await board()).present).toBe(2));
    // A valid code of someone outside this seminar is named as such, not searched as a name.
    await user.type(box, `${participantCode(99_999)}{Enter}`);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('ไม่ใช่ผู้เข้าร่วมของโครงการนี้'));
  });

  it('replaces the last green banner with how to add a walk-in as soon as a typed name matches nobody', async () => {
    const { box, user } = await setup();
    await user.type(box, 'สมหมาย1{Enter}');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('ลงชื่อแล้ว: นายสมหมาย1'));
    await user.type(box, 'ไม่มีใครชื่อนี้');
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toContain('ไม่พบ "ไม่มีใครชื่อนี้" ในรายชื่อ ถ้าเป็นผู้เข้าร่วมหน้างาน กด Ctrl+Enter');
    expect(screen.queryByText(/ลงชื่อแล้ว: นายสมหมาย1/)).toBeNull();
  });
});

describe('volunteer detail: seminars attended', () => {
  it('lists the seminars a volunteer was in and whether they came', async () => {
    const core = testCore();
    connectCore(core);
    const s = await core.call('seminar-create', songkhlaSeminar);
    const { id } = await core.call('volunteer-create', volunteer(9));
    await core.call('participant-add-volunteers', { seminarId: s.id, groupId: s.groups[2].id, volunteerIds: [id] });
    renderScreen(<VolunteerSeminars volunteerId={id} />);
    // The title is one link whose compounds are kept whole in pieces of their own (WordsKept).
    expect(await screen.findByRole('link', { name: songkhlaSeminar.title })).toBeTruthy();
    expect(screen.getByText('13 มี.ค. 2563')).toBeTruthy();
    expect(screen.getByText('ไม่ได้ลงชื่อ')).toBeTruthy();
  });
});
