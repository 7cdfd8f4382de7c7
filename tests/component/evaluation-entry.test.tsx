import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { EvaluationPage } from '../../renderer/src/features/seminars/EvaluationPage';
import { testCore } from '../helpers/core';
import { songkhlaSeminar } from '../helpers/seminar-fixtures';
import { connectCore, renderScreen } from './render';

describe('entering returned satisfaction forms', () => {
  it('takes form after form from the keyboard: group number, ten digits, Enter; refuses a number used twice; corrects one', async () => {
    const core = testCore();
    connectCore(core);
    const s = await core.call('seminar-create', songkhlaSeminar);
    renderScreen(
      <Routes>
        <Route path="/seminars/:id/evaluation" element={<EvaluationPage />} />
      </Routes>,
      `/seminars/${s.id}/evaluation`,
    );
    const user = userEvent.setup();
    const scores = await screen.findByLabelText(/คะแนน 10 ข้อ/);
    expect(scores).toHaveProperty('ownerDocument.activeElement', scores);
    const group = screen.getByLabelText(/กลุ่ม \(พิมพ์เลข\)/);

    await user.type(group, '3');
    await user.click(scores);
    await user.type(scores, '5454455545{Enter}');
    await waitFor(async () => expect((await core.call('evaluation-list', { seminarId: s.id })).forms).toHaveLength(1));
    // Ready for the next form: the number moved on, the scores are empty and have the cursor.
    await waitFor(() => expect(screen.getByLabelText('เลขที่แบบประเมิน')).toHaveProperty('value', '2'));
    expect(scores).toHaveProperty('value', '');
    expect(scores).toHaveProperty('ownerDocument.activeElement', scores);

    // Thai digits and a blank answer (0) are understood.
    await user.type(scores, '๔๔๔๔๔๔๔๔๔0{Enter}');
    await waitFor(async () => expect((await core.call('evaluation-list', { seminarId: s.id })).forms).toHaveLength(2));

    // A letter is refused on the spot.
    await user.type(scores, '55x');
    expect((await screen.findAllByText('พิมพ์ได้เฉพาะเลข 1–5 (0 หรือ - คือข้อที่ไม่ได้ตอบ)')).length).toBeGreaterThan(0);
    await user.clear(scores);

    // The same paper number again is refused with the reason.
    const no = screen.getByLabelText('เลขที่แบบประเมิน');
    await user.clear(no);
    await user.type(no, '1');
    await user.click(scores);
    await user.type(scores, '1111111111{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain('แบบประเมินเลขที่ 1 บันทึกไว้แล้ว');

    // Correcting form 1.
    const table = screen.getByTestId('evaluation-forms');
    await user.click(within(table).getAllByRole('button', { name: 'แก้ไข' })[0]);
    expect(scores).toHaveProperty('value', '5454455545');
    await user.clear(scores);
    await user.type(scores, '3333333333{Enter}');
    await waitFor(async () => {
      const { forms, summary } = await core.call('evaluation-list', { seminarId: s.id });
      expect(forms.map((f) => [f.formNo, f.groupId, f.answers.overall ?? null])).toEqual([
        [1, s.groups[2].id, 3],
        [2, s.groups[2].id, null],
      ]);
      expect(summary.questions[0].mean).toBe(3.5);
    });
    expect(within(screen.getByTestId('evaluation-summary')).getAllByText('3.50').length).toBeGreaterThan(0);
  });
});
