import { useState } from 'react';
import { Button } from '@mantine/core';
import { IconId } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { saveFile } from '../../api/job';
import { notifyError } from '../../app/notify';

/** Prints ID cards for the people given (8 to an A4 sheet); each print is recorded as a new issue. */
export function CardPrintButton({ volunteerIds, label }: { volunteerIds: number[]; label: string }) {
  const [busy, setBusy] = useState(false);
  const qc = useQueryClient();
  const print = async () => {
    setBusy(true);
    try {
      await saveFile(await call('volunteer-card-print', { volunteerIds }));
      await qc.invalidateQueries({ queryKey: ['volunteer-card-info'] });
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="light" leftSection={<IconId size={16} />} loading={busy} disabled={volunteerIds.length === 0} onClick={() => void print()}>
      {label}
    </Button>
  );
}
