import { useState } from 'react';
import { Button, Switch } from '@mantine/core';
import { IconFileText, IconFileTypeDocx } from '@tabler/icons-react';
import type { ReportFormat } from '@shared/api/reports';
import { call } from '../../api/client';
import { notifyError } from '../../app/notify';
import { saveFile } from '../../api/job';

/**
 * The order as PDF to sign, or as a Word file for a last change; a cancelled one as a PDF marked
 * ยกเลิก only. Placed in the page's own row of buttons, which wraps them with the others.
 */
export function OrderDocumentButtons({ id, cancelled }: { id: number; cancelled: boolean }) {
  const [thaiDigits, setThaiDigits] = useState(false);
  const [busy, setBusy] = useState<ReportFormat | null>(null);
  const save = async (format: ReportFormat) => {
    setBusy(format);
    try {
      await saveFile(await call('order-document', { id, format, thaiDigits }));
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <Switch label="ใช้เลขไทย" checked={thaiDigits} onChange={(e) => setThaiDigits(e.currentTarget.checked)} />
      <Button leftSection={<IconFileText size={16} />} loading={busy === 'pdf'} onClick={() => void save('pdf')}>
        {cancelled ? 'พิมพ์คำสั่ง (PDF มีตรายกเลิก)' : 'พิมพ์คำสั่ง (PDF)'}
      </Button>
      {!cancelled && (
        <Button variant="light" leftSection={<IconFileTypeDocx size={16} />} loading={busy === 'docx'} onClick={() => void save('docx')}>
          ไฟล์ Word
        </Button>
      )}
    </>
  );
}
