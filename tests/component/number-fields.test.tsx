import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BudgetPanel } from '../../renderer/src/features/seminars/BudgetPanel';
import { useCall } from '../../renderer/src/api/hooks';
import { testCore } from '../helpers/core';
import { songkhlaSeminar } from '../helpers/seminar-fixtures';
import { connectCore, renderScreen } from './render';

function Budget({ id }: { id: number }) {
  const seminar = useCall('seminar-get', { id });
  return seminar.data ? <BudgetPanel seminar={seminar.data} /> : null;
}

describe('number fields read numbers as clerks type them', () => {
  it('the budget line form reads Thai digits and thousands commas ("1,200" is twelve hundred, not 1.2)', async () => {
    const core = testCore();
    connectCore(core);
    const s = await core.call('seminar-create', songkhlaSeminar);
    renderScreen(<Budget id={s.id} />);
    const user = userEvent.setup();
    const form = await screen.findByTestId('budget-line-new');
    const field = (label: string) => within(form).getByLabelText(label);

    await user.click(within(form).getByRole('combobox', { name: 'หมวด' }));
    await user.click(await screen.findByRole('option', { name: 'ค่าใช้จ่ายอื่น', hidden: true }));
    await user.type(field('รายการ'), 'กระดาษ');
    await user.clear(field('จำนวน'));
    await user.type(field('จำนวน'), '1,200');
    await user.clear(field('ครั้ง/วัน/มื้อ'));
    await user.type(field('ครั้ง/วัน/มื้อ'), '๒');
    await user.type(field('อัตรา (บาท)'), '๑,๒๕๐.๕๐');
    await user.click(within(form).getByRole('button', { name: 'เพิ่มรายการ' }));

    await waitFor(async () => expect((await core.call('seminar-get', { id: s.id })).budget).toHaveLength(1));
    const [line] = (await core.call('seminar-get', { id: s.id })).budget;
    expect([line.quantity, line.times, line.rate]).toEqual([1200, 2, 1250.5]);
  });

  it('a field that is still no number says so in Thai and nothing is saved', async () => {
    const core = testCore();
    connectCore(core);
    const s = await core.call('seminar-create', songkhlaSeminar);
    renderScreen(<Budget id={s.id} />);
    const user = userEvent.setup();
    const form = await screen.findByTestId('budget-line-new');

    await user.click(within(form).getByRole('combobox', { name: 'หมวด' }));
    await user.click(await screen.findByRole('option', { name: 'ค่าใช้จ่ายอื่น', hidden: true }));
    await user.type(within(form).getByLabelText('รายการ'), 'กระดาษ');
    await user.clear(within(form).getByLabelText('จำนวน'));
    await user.type(within(form).getByLabelText('จำนวน'), '12.5.0');
    await user.click(within(form).getByRole('button', { name: 'เพิ่มรายการ' }));

    expect(await within(form).findByText('ต้องเป็นตัวเลข')).toBeTruthy();
    expect((await core.call('seminar-get', { id: s.id })).budget).toHaveLength(0);
  });
});
