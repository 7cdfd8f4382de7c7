import { useEffect, useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy, IconFileTypeDocx, IconFolderOpen } from '@tabler/icons-react';
import type { FilePayload } from '@shared/api';
import { platform } from '../../api/client';
import { notifyError, notifySuccess } from '../../app/notify';

/** The browser's own PDF viewer shows the bytes, in Electron and in browser mode alike. */
function useBlobUrl(file: FilePayload | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!file) {
      setUrl(null);
      return;
    }
    const u = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: 'application/pdf' }));
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [file]);
  return url;
}

/**
 * A document whose saving gives something for good (certificate numbers): `save` asks where,
 * then makes the file to save (not the preview on screen, which `note` says) and saves it; the
 * path, or null when the clerk cancelled.
 */
export interface Issue {
  label: string;
  note: string;
  save(): Promise<string | null>;
}

/** The generated document before it is saved, with Save and (in Electron) the folder it went to. */
export function PdfPreview({ file, word, issue }: { file: FilePayload; word?: () => Promise<FilePayload>; issue?: Issue }) {
  const url = useBlobUrl(file);
  const [savedTo, setSavedTo] = useState<string | null>(null);
  const [making, setMaking] = useState(false);
  useEffect(() => setSavedTo(null), [file]);

  /** `put` saves and says where and under which name, or null when the user cancelled the dialog. */
  const save = async (put: () => Promise<{ where: string; name: string } | null>) => {
    try {
      setMaking(true);
      const saved = await put().finally(() => setMaking(false));
      if (!saved) return;
      setSavedTo(saved.where);
      notifySuccess(saved.where ? `บันทึก ${saved.name} แล้ว` : `ดาวน์โหลด ${saved.name} แล้ว`);
    } catch (e) {
      notifyError(e);
    }
  };
  /** `make` gives the file to save: the PDF on screen, or its Word copy made on demand. */
  const saveMade = (make: () => Promise<FilePayload>) =>
    save(async () => {
      const out = await make();
      const where = await platform.saveFile(out);
      return where === null ? null : { where, name: out.name };
    });
  const saveIssued = (i: Issue) =>
    save(async () => {
      const where = await i.save();
      return where === null ? null : { where, name: file.name };
    });

  return (
    <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
      <Group justify="space-between">
        <Text fw={500} truncate>{file.name}</Text>
        <Group gap="xs">
          {word && (
            <Button variant="light" leftSection={<IconFileTypeDocx size={16} />} loading={making} onClick={() => saveMade(word)}>
              บันทึกเป็นไฟล์ Word (.docx)
            </Button>
          )}
          <Button leftSection={<IconDeviceFloppy size={16} />} loading={!!issue && making} onClick={() => (issue ? saveIssued(issue) : saveMade(async () => file))}>
            {issue?.label ?? 'บันทึกไฟล์ PDF'}
          </Button>
        </Group>
      </Group>
      {issue && !savedTo && <Alert color="yellow" title="ยังไม่ได้ออกเลขที่">{issue.note}</Alert>}
      {savedTo && (
        <Alert color="green" title="บันทึกแล้ว">
          <Group justify="space-between">
            <Text size="sm" style={{ wordBreak: 'break-all' }}>{savedTo}</Text>
            <Button size="xs" variant="light" leftSection={<IconFolderOpen size={14} />} onClick={() => platform.showInFolder(savedTo).catch(notifyError)}>
              เปิดโฟลเดอร์ที่เก็บไฟล์
            </Button>
          </Group>
        </Alert>
      )}
      <Paper withBorder style={{ flex: 1, overflow: 'hidden' }}>
        {url && <iframe title="ตัวอย่างเอกสาร" src={url} style={{ width: '100%', height: '75vh', border: 0, display: 'block' }} />}
      </Paper>
    </Stack>
  );
}
