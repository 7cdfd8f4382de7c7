import { Alert, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { ImportResult } from '@shared/api/spreadsheets';

const n = (x: number) => x.toLocaleString('th-TH');

function Figure({ label, value, color }: { label: string; value: number; color: string }) {
  return (
    <Stack gap={0} p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}>
      <Text c="dimmed" size="sm">{label}</Text>
      <Title order={3} c={color}>{n(value)}</Title>
    </Stack>
  );
}

interface Props {
  fileName: string;
  result: ImportResult;
  onDownloadErrors(): void;
  onAnother(): void;
  onDone(): void;
  busy: boolean;
}

/** What the commit did, and the rows left out to fix and import again. */
export function ResultStep({ fileName, result, onDownloadErrors, onAnother, onDone, busy }: Props) {
  return (
    <Stack>
      <Alert color="green" title="นำเข้าเสร็จแล้ว">
        นำเข้ารายชื่อจากไฟล์ {fileName} เรียบร้อย บันทึกประวัติการนำเข้าของแต่ละคนไว้แล้ว
      </Alert>
      <SimpleGrid cols={{ base: 2, sm: 4 }} maw={720} aria-label="ผลการนำเข้า">
        <Figure label="เพิ่มใหม่" value={result.inserted} color="green.8" />
        <Figure label="ปรับปรุงข้อมูล" value={result.updated} color="blue.8" />
        <Figure label="ข้าม (มีในทะเบียนแล้ว)" value={result.skipped} color="gray.7" />
        <Figure label="ไม่ได้นำเข้า (มีข้อผิดพลาด)" value={result.failed} color={result.failed ? 'red.8' : 'gray.7'} />
      </SimpleGrid>
      {result.failed > 0 && (
        <Text>แถวที่มีข้อผิดพลาด {n(result.failed)} แถวยังไม่ได้นำเข้า ดาวน์โหลดไปแก้ไขใน Excel แล้วนำเข้าอีกครั้ง</Text>
      )}
      <Group>
        {result.failed > 0 && (
          <Button leftSection={<IconDownload size={16} />} variant="light" color="red" onClick={onDownloadErrors} loading={busy}>
            ดาวน์โหลดแถวที่มีข้อผิดพลาด
          </Button>
        )}
        <Button variant="default" onClick={onAnother}>นำเข้าไฟล์อื่น</Button>
        <Button onClick={onDone} autoFocus>ไปที่ทะเบียนอาสาสมัคร</Button>
      </Group>
    </Stack>
  );
}
