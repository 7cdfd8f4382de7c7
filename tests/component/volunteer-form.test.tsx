import { PHONE_MESSAGE } from '@shared/schemas/common';
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { defaultVolunteerRules, emptyVolunteer, type VolunteerInput } from '@shared/schemas/volunteer';
import { VolunteerForm } from '../../renderer/src/features/volunteers/VolunteerForm';
import { testCore } from '../helpers/core';
import { connectCore, renderScreen } from './render';

describe('volunteer form', () => {
  it('shows Thai messages beside each field and submits only valid data', async () => {
    const core = testCore();
    connectCore(core);
    await core.call('volunteer-create', { ...emptyVolunteer, title: 'นาย', firstName: 'สมชาย', lastName: 'ใจดี', nationalId: '1101700203450' });
    const onSubmit = vi.fn(async (_v: VolunteerInput) => {});
    renderScreen(<VolunteerForm initial={emptyVolunteer} rules={defaultVolunteerRules} onSubmit={onSubmit} onCancel={() => {}} />);
    const user = userEvent.setup();
    const save = () => user.click(screen.getByRole('button', { name: 'บันทึก' }));

    await save();
    expect(await screen.findByText('กรุณากรอกชื่อ')).toBeTruthy();
    expect(screen.getByText('กรุณากรอกนามสกุล')).toBeTruthy();
    expect(screen.getByText('กรุณากรอกเลขประจำตัวประชาชน')).toBeTruthy();

    await user.type(screen.getByRole('combobox', { name: /คำนำหน้าชื่อ/ }), 'นาง');
    await user.type(screen.getByRole('textbox', { name: /^ชื่อ\s*\*?$/ }), 'มาลี');
    await user.type(screen.getByRole('textbox', { name: /^นามสกุล\s*\*?$/ }), 'เกษมสุข');

    // A wrong check digit is said as soon as 13 digits are in, already grouped as on the card.
    const id = screen.getByRole('textbox', { name: /เลขประจำตัวประชาชน/ });
    await user.type(id, '3901100123455');
    expect((id as HTMLInputElement).value).toBe('3-9011-00123-45-5');
    expect(await screen.findByText(/เลขตรวจสอบหลักสุดท้ายไม่ตรง/)).toBeTruthy();

    // Someone already holds this one: the form names them.
    await user.clear(id);
    await user.type(id, '1101700203450');
    expect(await screen.findByText('เลขประจำตัวประชาชนนี้มีอยู่แล้วในทะเบียน (นายสมชาย ใจดี)')).toBeTruthy();
    await user.clear(id);
    await user.type(id, '3901100123454');

    await user.type(screen.getByRole('textbox', { name: 'วันเกิด' }), '1/1/2600');
    await user.type(screen.getByRole('textbox', { name: 'โทรศัพท์' }), '12');
    await user.type(screen.getByRole('textbox', { name: 'วันเริ่มวาระ' }), '1/10/2567');
    const end = screen.getByRole('textbox', { name: 'วันสิ้นสุดวาระ' });
    expect((end as HTMLInputElement).value).toBe('30/09/2570');
    await user.clear(end);
    await user.type(end, '1/1/2567');
    await save();
    expect(await screen.findByText('วันเกิดต้องไม่เป็นวันในอนาคต')).toBeTruthy();
    expect(screen.getByText(PHONE_MESSAGE)).toBeTruthy();
    expect(screen.getByText('วันสิ้นสุดวาระต้องอยู่หลังวันเริ่มวาระ')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();

    // Fixed: a young age is a warning, not an error.
    const birth = screen.getByRole('textbox', { name: 'วันเกิด' });
    await user.clear(birth);
    const youngBE = new Date().getFullYear() + 543 - 16;
    await user.type(birth, `1/1/${youngBE}`);
    expect(await screen.findByText(/ต่ำกว่าเกณฑ์ 18 ปี/)).toBeTruthy();
    await user.clear(screen.getByRole('textbox', { name: 'โทรศัพท์' }));
    await user.type(screen.getByRole('textbox', { name: 'โทรศัพท์' }), '0899998888');
    await user.clear(end);
    await user.type(end, '30/9/2570');
    await save();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0][0]).toMatchObject({
      title: 'นาง',
      firstName: 'มาลี',
      lastName: 'เกษมสุข',
      nationalId: '3-9011-00123-45-4',
      birthDate: `${youngBE - 543}-01-01`,
      termStart: '2024-10-01',
      termEnd: '2027-09-30',
    });
  });
});
