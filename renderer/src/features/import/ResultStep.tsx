import type { ReactNode } from 'react';
import { Alert, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { WholeWords } from '../../components/WholeWords';

const n = (x: number) => x.toLocaleString('th-TH');

/** One number of the result, coloured as what it counts. */
export interface ResultFigure {
  label: string;
  value: number;
  color: string;
}

function Figure({ label, value, color }: ResultFigure) {
  return (
    <Stack gap={0} p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}>
      <Text c="dimmed" size="sm"><WholeWords text={label} /></Text>
      <Title order={3} c={color}>{n(value)}</Title>
    </Stack>
  );
}

/** What one import's commit did, in its own words and figures. */
export interface ImportOutcome {
  message: ReactNode;
  figures: ResultFigure[];
  /** Rows left out for their errors. */
  failed: number;
}

interface Props extends ImportOutcome {
  onDownloadErrors(): void;
  onAnother(): void;
  onDone(): void;
  doneLabel: string;
  busy: boolean;
}

/** What the commit did, and the rows left out to fix and import again. */
export function ResultStep({ message, figures, failed, onDownloadErrors, onAnother, onDone, doneLabel, busy }: Props) {
  return (
    <Stack>
      <Alert color="green" title="นำเข้าเสร็จแล้ว">{message}</Alert>
      {/* One row of figures on a laptop screen, however many this import counts. */}
      <SimpleGrid cols={{ base: 2, sm: figures.length + 1 }} maw={180 * (figures.length + 1)} aria-label="ผลการนำเข้า">
        {figures.map((f) => <Figure key={f.label} {...f} />)}
        <Figure label="ไม่ได้นำเข้า (มีข้อผิดพลาด)" value={failed} color={failed ? 'red.8' : 'gray.7'} />
      </SimpleGrid>
      {failed > 0 && <Text>แถวที่มีข้อผิดพลาด {n(failed)} แถวยังไม่ได้นำเข้า ดาวน์โหลดไปแก้ไขใน Excel แล้วนำเข้าอีกครั้ง</Text>}
      <Group>
        {failed > 0 && (
          <Button leftSection={<IconDownload size={16} />} variant="light" color="red" onClick={onDownloadErrors} loading={busy}>
            ดาวน์โหลดแถวที่มีข้อผิดพลาด
          </Button>
        )}
        <Button variant="default" onClick={onAnother}>นำเข้าไฟล์อื่น</Button>
        <Button onClick={onDone} autoFocus>{doneLabel}</Button>
      </Group>
    </Stack>
  );
}
