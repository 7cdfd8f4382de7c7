import { Button } from '@mantine/core';
import { IconId } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { saveFile, useBusy } from '../../api/job';
import { notifications } from '@mantine/notifications';
import type { CardPhotoProblem } from '@shared/api/cards';

const PROBLEM: Record<CardPhotoProblem['problem'], string> = { missing: 'ไม่พบไฟล์รูป', damaged: 'ไฟล์รูปเสียหาย' };

/** Who got an empty photo frame, kept on screen until read: the clerk uploads their photos again. */
function notifyPhotoProblems(problems: CardPhotoProblem[]): void {
  if (!problems.length) return;
  notifications.show({
    color: 'orange',
    title: `บัตร ${problems.length.toLocaleString('th-TH')} ใบพิมพ์โดยเว้นช่องรูปว่างไว้`,
    message: `${problems.map((p) => `${p.name} (${PROBLEM[p.problem]})`).join(', ')} — กรุณาเพิ่มรูปถ่ายใหม่ที่หน้าข้อมูลอาสาสมัครของแต่ละคน แล้วพิมพ์บัตรอีกครั้ง หรือติดรูปลงในช่องว่าง`,
    autoClose: false,
  });
}

/** Prints ID cards for the people given (8 to an A4 sheet); each print is recorded as a new issue. */
export function CardPrintButton({ volunteerIds, label }: { volunteerIds: number[]; label: string }) {
  const { busy, run } = useBusy();
  const qc = useQueryClient();
  const print = () =>
    run(async () => {
      const sheet = await call('volunteer-card-print', { volunteerIds });
      await saveFile(sheet);
      notifyPhotoProblems(sheet.photoProblems);
      await qc.invalidateQueries({ queryKey: ['volunteer-card-info'] });
    });
  return (
    <Button variant="light" leftSection={<IconId size={16} />} loading={busy} disabled={volunteerIds.length === 0} onClick={() => void print()}>
      {label}
    </Button>
  );
}
