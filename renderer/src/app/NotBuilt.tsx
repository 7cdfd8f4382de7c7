import { Alert, Stack, Title } from '@mantine/core';

/** What a page that is not built yet says, so nobody mistakes it for a broken one. */
export function NotBuilt({ title }: { title: string }) {
  return (
    <Stack>
      <Title order={2}>{title}</Title>
      <Alert color="gray" title="ยังไม่พร้อมใช้งาน">
        ส่วนนี้อยู่ระหว่างการพัฒนา และจะเปิดให้ใช้ในรุ่นถัดไป
      </Alert>
    </Stack>
  );
}
