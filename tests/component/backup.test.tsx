import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BackupPage } from '../../renderer/src/features/backup/BackupPage';
import { testCore } from '../helpers/core';
import { connectCore, renderScreen } from './render';

describe('backup and restore screen', () => {
  it('backs up now, lists the copy and restores it only after a confirmation showing its counts', async () => {
    const core = testCore();
    await core.call('demo-load', {});
    const total = (await core.call('volunteer-summary', {})).total;
    connectCore(core);
    renderScreen(<BackupPage />);
    const user = userEvent.setup();

    expect(await screen.findByText('ยังไม่มีข้อมูลสำรอง')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'สำรองข้อมูลตอนนี้' }));
    const table = await screen.findByRole('table', { name: 'รายการข้อมูลสำรอง' });
    expect(within(table).getByText('สำรองเอง')).toBeTruthy();

    // A change made after the copy, which the restore must undo.
    const before = await core.call('settings-get', {});
    await core.call('settings-save', { ...before, officeName: 'ชื่อที่เปลี่ยนหลังสำรอง', province: 'สงขลา' });
    await user.click(within(table).getByRole('button', { name: 'กู้คืน' }));
    const dialog = await screen.findByRole('dialog', { name: 'ยืนยันการกู้คืนข้อมูล' });
    expect(within(dialog).getByText(`อาสาสมัคร ${total.toLocaleString('th-TH')} คน`)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'กู้คืนข้อมูลนี้' }));
    await waitFor(async () => expect((await core.call('backup-list', {})).some((b) => b.kind === 'pre-restore')).toBe(true));
    expect((await core.call('settings-get', {})).officeName).toBe(before.officeName);
  });
});
