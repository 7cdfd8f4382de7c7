import { PHONE_MESSAGE } from '@shared/schemas/common';
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SettingsPage } from '../../renderer/src/features/settings/SettingsPage';
import { testCore } from '../helpers/core';
import { connectCore, renderScreen } from './render';

describe('settings form', () => {
  it('shows Thai messages beside the fields and saves nothing until they are fixed', async () => {
    const core = testCore();
    connectCore(core);
    renderScreen(<SettingsPage />);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'บันทึก' }));
    expect(await screen.findByText('กรุณากรอกชื่อหน่วยงาน')).toBeTruthy();
    expect(screen.getByText('กรุณากรอกจังหวัด')).toBeTruthy();

    await user.type(screen.getByLabelText(/ชื่อหน่วยงาน/), 'สำนักงานแรงงานจังหวัดสงขลา');
    await user.type(screen.getByRole('combobox', { name: /จังหวัด/ }), 'สงขลา');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(screen.getByRole('combobox', { name: /จังหวัด/ })).toHaveProperty('value', 'สงขลา');
    await user.type(screen.getByLabelText('โทรศัพท์'), '12');
    await user.click(screen.getByRole('button', { name: 'บันทึก' }));
    expect(await screen.findByText(PHONE_MESSAGE)).toBeTruthy();
    expect((await core.call('settings-get', {})).officeName).toBe('');

    await user.clear(screen.getByLabelText('โทรศัพท์'));
    await user.type(screen.getByLabelText('โทรศัพท์'), '074311047');
    await user.click(screen.getByRole('button', { name: 'บันทึก' }));
    await waitFor(async () => expect((await core.call('settings-get', {})).officeName).toBe('สำนักงานแรงงานจังหวัดสงขลา'));
  });
});
