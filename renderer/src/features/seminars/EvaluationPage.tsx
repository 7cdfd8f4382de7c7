import { useRef, useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Card, Group, Loader, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { EVALUATION_QUESTIONS, type EvaluationForm, type EvaluationKey } from '@shared/schemas/evaluation';
import { typedDigits } from '@shared/thai';
import { ApiError } from '../../api/client';
import { useCall, useCallMutation } from '../../api/hooks';
import { notifyError } from '../../app/notify';
import { EditDeleteButtons } from '../../components/RecordList';

const COUNT = EVALUATION_QUESTIONS.length;

/**
 * `5443...`: one digit per question in the form's order, 0 or - for a question left blank. Thai
 * digits and the Thai keyboard layout's number row (ถภ--...) are read as the other inputs read them.
 */
export function parseScores(typed: string): { answers: Partial<Record<EvaluationKey, number | null>>; error: string | null } {
  const digits = typedDigits(typed).replace(/\s/g, '');
  if (/[^0-5-]/.test(digits)) return { answers: {}, error: 'พิมพ์ได้เฉพาะเลข 1–5 (0 หรือ - คือข้อที่ไม่ได้ตอบ)' };
  if (digits.length > COUNT) return { answers: {}, error: `แบบประเมินมี ${COUNT} ข้อ แต่พิมพ์มา ${digits.length} ตัว` };
  const answers = Object.fromEntries(EVALUATION_QUESTIONS.map((q, i) => [q.key, /[1-5]/.test(digits[i] ?? '') ? Number(digits[i]) : null]));
  return { answers, error: digits.length < COUNT ? `พิมพ์แล้ว ${digits.length} จาก ${COUNT} ข้อ` : null };
}

const scoresOf = (f: EvaluationForm) => EVALUATION_QUESTIONS.map((q) => f.answers[q.key] ?? '-').join('');

/**
 * Typing in the returned satisfaction forms, one after another, from the keyboard: the form's
 * number, the group's number, the ten scores as ten digits, a suggestion, Enter. The next number
 * is ready and the cursor back on the scores.
 */
export function EvaluationPage() {
  const seminarId = Number(useParams().id);
  const seminar = useCall('seminar-get', { id: seminarId });
  const list = useCall('evaluation-list', { seminarId });
  const save = useCallMutation('evaluation-save', ['evaluation-list']);
  const remove = useCallMutation('evaluation-delete', ['evaluation-list']);
  const [editing, setEditing] = useState<number | null>(null);
  const [formNo, setFormNo] = useState('');
  const [group, setGroup] = useState('');
  const [scores, setScores] = useState('');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const scoresInput = useRef<HTMLInputElement>(null);

  if (seminar.isPending || list.isPending) return <Loader />;
  if (!seminar.data || !list.data) return <Alert color="red">{seminar.error?.message ?? list.error?.message ?? 'เปิดหน้านี้ไม่ได้'}</Alert>;
  const groups = seminar.data.groups;
  const forms = list.data.forms;
  const nextNo = String(Math.max(0, ...forms.map((f) => f.formNo)) + 1);
  const parsed = parseScores(scores);
  const groupIndex = group.trim() ? Number(typedDigits(group.trim())) : null;
  const groupError = groupIndex !== null && !(groupIndex >= 1 && groupIndex <= groups.length) ? `กลุ่มมีเลข 1–${groups.length}` : null;

  const reset = (no: string) => {
    setEditing(null);
    setFormNo(no);
    setScores('');
    setComment('');
    setError(null);
    requestAnimationFrame(() => scoresInput.current?.focus());
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (groupError) return setError(groupError);
    const no = Number(typedDigits(formNo || nextNo));
    try {
      await save.mutateAsync({
        id: editing ?? undefined,
        seminarId,
        formNo: no,
        groupId: groupIndex ? groups[groupIndex - 1].id : null,
        answers: parsed.answers,
        comment,
      });
      reset(String(Math.max(no, ...forms.map((f) => f.formNo)) + 1));
    } catch (err) {
      setError(err instanceof ApiError ? err.error.message : 'บันทึกไม่สำเร็จ');
    }
  };

  const edit = (f: EvaluationForm) => {
    setEditing(f.id);
    setFormNo(String(f.formNo));
    setGroup(f.groupId ? String(groups.findIndex((g) => g.id === f.groupId) + 1) : '');
    setScores(scoresOf(f).replaceAll('-', '0'));
    setComment(f.comment);
    scoresInput.current?.focus();
  };

  const groupName = (id: number | null) => groups.find((g) => g.id === id)?.name ?? 'ไม่ระบุ';
  const s = list.data.summary;
  return (
    <Stack>
      <Stack gap={0}>
        <Anchor component={Link} to={`/seminars/${seminarId}`} size="sm">← {seminar.data.title}</Anchor>
        <Title order={2}>บันทึกแบบประเมินความพึงพอใจ</Title>
        <Text c="dimmed">บันทึกแล้ว {forms.length} ฉบับ{s.overallMean !== null && ` · ความพึงพอใจเฉลี่ย ${s.overallMean.toFixed(2)} (${s.overallLevel})`}</Text>
      </Stack>
      <Card withBorder component="form" onSubmit={submit}>
        <SimpleGrid cols={{ base: 1, md: 4 }}>
          <TextInput label="เลขที่แบบประเมิน" value={formNo} placeholder={nextNo} onChange={(e) => setFormNo(e.currentTarget.value)} />
          <TextInput
            label="กลุ่ม (พิมพ์เลข)"
            description={groups.map((g, i) => `${i + 1} = ${g.name}`).join(' · ')}
            placeholder="ไม่ระบุ"
            value={group}
            error={groupError}
            onChange={(e) => setGroup(e.currentTarget.value)}
          />
          <TextInput
            ref={scoresInput}
            autoFocus
            label={`คะแนน ${COUNT} ข้อ เรียงตามแบบ`}
            description="เช่น 5454455545 · 0 = ไม่ตอบ"
            value={scores}
            error={scores && parsed.error?.startsWith('พิมพ์ได้') ? parsed.error : undefined}
            styles={{ input: { fontFamily: 'monospace', letterSpacing: 4, fontSize: 20 } }}
            onChange={(e) => setScores(e.currentTarget.value)}
          />
          <TextInput label="ข้อเสนอแนะ (ถ้ามี)" value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
        </SimpleGrid>
        <Group mt="sm" justify="space-between">
          <Text size="sm" c="dimmed">{scores ? parsed.error ?? `ครบ ${COUNT} ข้อ กด Enter เพื่อบันทึก` : 'กด Enter เพื่อบันทึกแล้วกรอกฉบับถัดไป'}</Text>
          <Group gap="xs">
            {editing !== null && <Button variant="default" onClick={() => reset(nextNo)}>ยกเลิกการแก้ไข</Button>}
            <Button type="submit" loading={save.isPending} disabled={!!parsed.error?.startsWith('พิมพ์ได้') || !!parsed.error?.startsWith('แบบประเมินมี')}>
              {editing !== null ? 'บันทึกการแก้ไข' : 'บันทึก'}
            </Button>
          </Group>
        </Group>
        {error && <Alert color="red" mt="sm" role="alert">{error}</Alert>}
      </Card>
      <Table striped data-testid="evaluation-forms">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>เลขที่</Table.Th>
            <Table.Th>กลุ่ม</Table.Th>
            <Table.Th>คะแนน (ข้อ 1–{COUNT})</Table.Th>
            <Table.Th>ข้อเสนอแนะ</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {forms.map((f) => (
            <Table.Tr key={f.id}>
              <Table.Td>{f.formNo}</Table.Td>
              <Table.Td>{groupName(f.groupId)}</Table.Td>
              <Table.Td ff="monospace">{scoresOf(f)}</Table.Td>
              <Table.Td>{f.comment}</Table.Td>
              <Table.Td>
                <EditDeleteButtons onEdit={() => edit(f)} onDelete={() => remove.mutateAsync({ id: f.id }).catch(notifyError)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {s.forms > 0 && (
        <Table data-testid="evaluation-summary">
          <Table.Thead>
            <Table.Tr><Table.Th>ข้อ</Table.Th><Table.Th>รายการ</Table.Th><Table.Th>ตอบ</Table.Th><Table.Th>ค่าเฉลี่ย</Table.Th><Table.Th>ระดับ</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {s.questions.map((q, i) => (
              <Table.Tr key={q.key}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>{q.text}</Table.Td>
                <Table.Td>{q.answered}</Table.Td>
                <Table.Td>{q.mean === null ? '-' : q.mean.toFixed(2)}</Table.Td>
                <Table.Td>{q.level}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
