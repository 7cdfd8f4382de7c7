import type { ReactNode } from 'react';
import { Alert, List, Switch, Text } from '@mantine/core';
import type { ImportPreview, ImportSheetPreview } from '@shared/api/spreadsheets';

const n = (x: number) => x.toLocaleString('th-TH');

/** What the import did on its own with the file, said once; `extra` is a kind of import's own notice. */
export function ImportNotices({ preview, extra }: { preview: ImportSheetPreview; extra?: ReactNode }) {
  const { summaryRows, unmapped } = preview;
  if (!summaryRows && !unmapped.length && !extra) return null;
  return (
    <section aria-label="สิ่งที่โปรแกรมจัดการให้">
      <Alert color="blue" title="โปรแกรมจัดการไฟล์นี้ให้ดังนี้">
        <List size="sm" spacing={6}>
          {extra}
          {summaryRows > 0 && <List.Item>ข้ามแถวสรุปยอด (รวม ทั้งหมด Total) {n(summaryRows)} แถว ไม่นับเป็นรายการ</List.Item>}
          {unmapped.length > 0 && (
            <List.Item>
              คอลัมน์ที่ไม่ได้นำเข้า: {unmapped.map((h) => `"${h}"`).join(', ')} — หากต้องการเก็บ ให้กลับไปเลือกในขั้นจับคู่คอลัมน์ (เช่น หมายเหตุ)
            </List.Item>
          )}
        </List>
      </Alert>
    </section>
  );
}

/** The register import's area rule, with the switch to undo it. */
export function AreaNotice({ area, onAreaFromAddress }: { area: NonNullable<ImportPreview['areaFromAddress']>; onAreaFromAddress(on: boolean): void }) {
  return (
    <List.Item>
      <Text size="sm" fw={600}>
        {area.applied ? `พื้นที่รับผิดชอบ: ใช้ตามที่อยู่ ${n(area.count)} คน` : `พื้นที่รับผิดชอบ: เว้นว่างไว้ (${n(area.count)} คนมีที่อยู่ที่ใช้แทนได้)`}
      </Text>
      <Text size="sm">ไฟล์นี้ไม่มีคอลัมน์พื้นที่รับผิดชอบ โปรแกรมจึงใช้ตำบล อำเภอ ตามที่อยู่ (จังหวัดของสำนักงานเมื่อไม่ได้ระบุจังหวัด) เพื่อให้นับรายอำเภอได้</Text>
      <Switch mt={6} label="ใช้ที่อยู่เป็นพื้นที่รับผิดชอบ" checked={area.applied} onChange={(e) => onAreaFromAddress(e.currentTarget.checked)} />
    </List.Item>
  );
}
