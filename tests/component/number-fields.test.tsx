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

/** The budget tab of a new seminar, its new-line form filled up to the amounts: ค่าใช้จ่ายอื่น, กระดาษ. */
async function budgetForm() {
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
  /** Replaces what a field holds with `typed`, key by key. */
  const retype = async (label: string, typed: string) => {
    await user.clear(field(label));
    await user.type(field(label), typed);
  };
  const add = () => user.click(within(form).getByRole('button', { name: 'เพิ่มรายการ' }));
  const lines = async () => (await core.call('seminar-get', { id: s.id })).budget;
  return { form, retype, add, lines };
}

describe('number fields read numbers as clerks type them', () => {
  it('the budget line form reads Thai digits and thousands commas ("1,200" is twelve hundred, not 1.2)', async () => {
    const { retype, add, lines } = await budgetForm();
    await retype('จำนวน', '1,200');
    await retype('ครั้ง/วัน/มื้อ', '๒');
    await retype('อัตรา (บาท)', '๑,๒๕๐.๕๐');
    await add();

    await waitFor(async () => expect(await lines()).toHaveLength(1));
    const [line] = await lines();
    expect([line.quantity, line.times, line.rate]).toEqual([1200, 2, 1250.5]);
  });

  it('a field that is still no number says so in Thai and nothing is saved', async () => {
    const { form, retype, add, lines } = await budgetForm();
    await retype('จำนวน', '12.5.0');
    await add();

    expect(await within(form).findByText('ต้องเป็นตัวเลข')).toBeTruthy();
    expect(await lines()).toHaveLength(0);
  });
});
