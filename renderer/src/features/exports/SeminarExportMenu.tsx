import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconTableExport } from '@tabler/icons-react';
import { call } from '../../api/client';
import { saveFile, useBusy } from '../../api/job';

/** The seminar's spreadsheets for the ministry: participants with attendance, and the budget. */
export function SeminarExportMenu({ seminarId }: { seminarId: number }) {
  const { busy, run: make } = useBusy();
  const run = (method: 'seminar-attendance-xlsx' | 'seminar-budget-xlsx') => () => make(async () => saveFile(await call(method, { seminarId })));
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="light" leftSection={<IconTableExport size={16} />} rightSection={<IconChevronDown size={14} />} loading={busy}>
          ส่งออก Excel
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={run('seminar-attendance-xlsx')}>รายชื่อผู้เข้าร่วมและการเข้าร่วม</Menu.Item>
        <Menu.Item onClick={run('seminar-budget-xlsx')}>งบประมาณ (ประมาณการและใช้จริง)</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
