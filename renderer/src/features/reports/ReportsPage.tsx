import { useEffect, useState } from 'react';
import { Alert, Button, Card, Group, Loader, Radio, Stack, Text, Title } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { FilePayload } from '@shared/api';
import { VOLUNTEER_STATUSES, type VolunteerStatus } from '@shared/schemas/volunteer';
import { ApiError, call } from '../../api/client';
import { DOCUMENTS, docOf, generate, isDocKey, NO_FILTER, saveCertificates, NO_LETTER, WORD_DOCS, type ReportChoice } from './documents';
import { PdfPreview, type Issue } from './PdfPreview';
import { notifySuccess } from '../../app/notify';
import { ReportOptions } from './ReportOptions';

const positive = (v: string | null) => (v && Number(v) > 0 ? Number(v) : null);

/** What the link that opened the page chose (see reportsLink). */
function choiceFrom(params: URLSearchParams): ReportChoice {
  const doc = params.get('doc');
  const status = params.get('status') ?? '';
  return {
    doc: isDocKey(doc) ? doc : 'signin',
    seminarId: positive(params.get('seminar')),
    sessionId: positive(params.get('session')),
    groupId: positive(params.get('group')),
    grouped: params.get('grouped') !== '0',
    thaiDigits: false,
    font: 'sarabun',
    paymentKind: 'travel',
    certificateKind: 'completion',
    certificateGroupIds: null,
    certificateSpeakers: false,
    givenOn: null,
    certificateStartNo: null,
    fullIds: false,
    filter: {
      ...NO_FILTER,
      q: params.get('q') ?? '',
      district: params.get('district') ?? '',
      subdistrict: params.get('subdistrict') ?? '',
      level: params.get('level') ?? '',
      status: (VOLUNTEER_STATUSES as readonly string[]).includes(status) ? (status as VolunteerStatus) : '',
      termEndsWithinDays: positive(params.get('termDays')),
    },
    news: { headline: '', body: '' },
    newsCount: 'planned',
    newsPhotoIds: [],
    invitationMode: 'group',
    groupIds: [],
    memoKind: 'project',
    tagsPerPage: 8,
    letter: NO_LETTER,
  };
}

function ready(c: ReportChoice): string | null {
  if (docOf(c.doc).source === 'seminar' && c.seminarId === null) return 'เลือกโครงการก่อน';
  if (c.doc === 'news' && (!c.news.headline.trim() || !c.news.body.trim())) return 'กรอกหัวข่าวและเนื้อข่าวก่อน';
  return null;
}

/** Every document the office prints: pick one, set its options, look at it, then save it. */
export function ReportsPage() {
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<ReportChoice>(() => choiceFrom(params));
  const [file, setFile] = useState<FilePayload | null>(null);
  const [busy, setBusy] = useState(false);
  // `missing`: the data the document needs is not there yet (a notice), not a failure.
  const [error, setError] = useState<{ message: string; missing: boolean } | null>(null);
  const fail = (e: unknown, fallback: string) =>
    setError(e instanceof ApiError ? { message: e.error.message, missing: e.error.code === 'VALIDATION' } : { message: fallback, missing: false });

  // The preview always shows the options on screen: any change sets it aside.
  const change = (patch: Partial<ReportChoice>) => {
    setChoice((c) => ({ ...c, ...patch }));
    setFile(null);
    setError(null);
  };

  // A news item starts from the draft the core writes from the seminar; the user edits it.
  useEffect(() => {
    if (choice.doc !== 'news' || choice.seminarId === null) return;
    let live = true;
    call('report-news-draft', { seminarId: choice.seminarId, thaiDigits: choice.thaiDigits, count: choice.newsCount })
      .then((news) => live && setChoice((c) => ({ ...c, news })))
      .catch((e: unknown) => live && fail(e, 'สร้างร่างข่าวไม่สำเร็จ'));
    return () => {
      live = false;
    };
  }, [choice.doc, choice.seminarId, choice.thaiDigits, choice.newsCount]);

  const preview = async () => {
    setBusy(true);
    setError(null);
    try {
      setFile(await generate(choice));
    } catch (e) {
      fail(e, 'สร้างเอกสารไม่สำเร็จ กรุณาลองอีกครั้ง');
    } finally {
      setBusy(false);
    }
  };

  // Certificates are numbered when saved, never at preview: the save issues, then makes the file anew.
  const issue: Issue | undefined =
    choice.doc === 'certificates'
      ? {
          label: 'ออกเลขที่และบันทึกไฟล์ PDF',
          note: 'ผู้ที่ยังไม่มีเลขที่จะได้เลขตามตัวอย่างนี้เมื่อกด “ออกเลขที่และบันทึกไฟล์ PDF” ตัวอย่างที่ยังไม่ได้ออกเลขมีคำว่า “ตัวอย่าง” พาดทุกหน้า อย่าพิมพ์จากตัวอย่าง ให้พิมพ์จากไฟล์ที่บันทึก',
          save: async () => {
            const saved = await saveCertificates(choice, file!.name);
            if (!saved) return null;
            // The numbers are given: the start field goes on from the next free one.
            setChoice((c) => ({ ...c, certificateStartNo: null }));
            await queryClient.invalidateQueries({ queryKey: ['report-certificate-numbering'] });
            const { numbers } = saved;
            if (numbers.length) notifySuccess(`ออกเลขที่ ${numbers.length === 1 ? numbers[0] : `${numbers[0]} ถึง ${numbers[numbers.length - 1]}`} แล้ว`);
            return saved.path;
          },
        }
      : undefined;

  const notReady = ready(choice);
  return (
    <Stack>
      <Title order={2}>รายงานและเอกสาร</Title>
      <Group align="flex-start" wrap="nowrap" gap="lg">
        <Stack w={360} style={{ flexShrink: 0 }}>
          <Card withBorder>
            <Radio.Group label="เอกสาร" value={choice.doc} onChange={(v) => isDocKey(v) && change({ doc: v })}>
              <Stack gap={6} mt="xs">
                {DOCUMENTS.map((d) => <Radio key={d.key} value={d.key} label={d.label} />)}
              </Stack>
            </Radio.Group>
          </Card>
          <Card withBorder>
            <ReportOptions choice={choice} onChange={change} />
          </Card>
          <Button leftSection={<IconEye size={16} />} onClick={preview} loading={busy} disabled={!!notReady}>
            แสดงตัวอย่าง
          </Button>
          {notReady && <Text size="sm" c="dimmed">{notReady}</Text>}
        </Stack>
        {error && (
          <Alert color={error.missing ? 'yellow' : 'red'} title={error.missing ? 'ยังพิมพ์เอกสารนี้ไม่ได้' : 'สร้างเอกสารไม่ได้'} style={{ flex: 1 }}>
            {error.message}
          </Alert>
        )}
        {!error && busy && <Loader />}
        {!error && !busy && file && <PdfPreview file={file} word={WORD_DOCS.includes(choice.doc) ? () => generate(choice, 'docx') : undefined} issue={issue} />}
        {!error && !busy && !file && (
          <Text c="dimmed" style={{ flex: 1 }}>เลือกเอกสารและตัวเลือก แล้วกด “แสดงตัวอย่าง” เพื่อดูก่อนบันทึก</Text>
        )}
      </Group>
    </Stack>
  );
}
