import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BackupPage } from '../../renderer/src/features/backup/BackupPage';
import { OutcomePanel } from '../../renderer/src/features/seminars/OutcomePanel';
import { testCore } from '../helpers/core';
import { songkhlaSeminar } from '../helpers/seminar-fixtures';
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

  it('shows how many photos a backup holds, and warns when some photo files are gone', async () => {
    const core = testCore();
    const s = await core.call('seminar-create', songkhlaSeminar);
    const png = new Uint8Array(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
    for (const name of ['เปิดงาน.png', 'กลุ่ม.png']) await core.call('seminar-photo-add', { seminarId: s.id, name, bytes: png, caption: '' });
    await core.call('backup-create', {});
    // One photo file goes missing from the data folder after the copy was taken.
    const folder = path.join(core.dataDir, 'photos', `seminar-${s.id}`);
    fs.rmSync(path.join(folder, fs.readdirSync(folder)[0]));
    connectCore(core);
    renderScreen(<BackupPage />);
    const user = userEvent.setup();

    expect(await screen.findByText(/รวมทะเบียนและรูปภาพกิจกรรมทั้งหมด/)).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'รายการข้อมูลสำรอง' });
    expect(within(table).getByRole('columnheader', { name: 'รูปภาพ' })).toBeTruthy();
    expect(within(table).getByText('1 จาก 2')).toBeTruthy();
    await user.click(within(table).getByRole('button', { name: 'กู้คืน' }));
    const dialog = await screen.findByRole('dialog', { name: 'ยืนยันการกู้คืนข้อมูล' });
    expect(within(dialog).getByText('รูปภาพ 2 รูป (มีไฟล์ 1 รูป ไม่พบ 1 รูป)')).toBeTruthy();
    expect(within(dialog).getByText('รูปภาพบางรูปไม่อยู่ในข้อมูลสำรองนี้')).toBeTruthy();
  });

  it('the seminar page shows a Thai note in place of a photo whose file is missing', async () => {
    const core = testCore();
    const s = await core.call('seminar-create', songkhlaSeminar);
    const png = new Uint8Array(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
    await core.call('seminar-photo-add', { seminarId: s.id, name: 'เปิดงาน.png', bytes: png, caption: 'พิธีเปิด' });
    fs.rmSync(path.join(core.dataDir, 'photos'), { recursive: true });
    connectCore(core);
    renderScreen(<OutcomePanel seminar={await core.call('seminar-get', { id: s.id })} />);
    expect(await screen.findByText('ไม่พบไฟล์รูปภาพในโฟลเดอร์ข้อมูล อาจถูกย้ายหรือลบออกไป')).toBeTruthy();
    expect(screen.getByText('พิธีเปิด')).toBeTruthy();
  });
});
