import { useEffect, useState } from 'react';
import { Button, Card, Center, Group, Image, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconPhotoPlus } from '@tabler/icons-react';
import { schemaResolver, useForm } from '@mantine/form';
import { outcomeInput, type SeminarDetail, type SeminarPhoto } from '@shared/schemas/seminar';
import { platform } from '../../api/client';
import { useCall, useCallMutation } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { submitForm } from '../../components/formSave';
import { RemoveIcon } from '../../components/RecordList';

function PhotoCard({ photo }: { photo: SeminarPhoto }) {
  // A missing file is answered NOT_FOUND at once: no point retrying, show the Thai note instead.
  const file = useCall('seminar-photo-get', { id: photo.id }, { staleTime: Infinity, retry: false });
  const remove = useCallMutation('seminar-photo-delete', ['seminar-get']);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!file.data) return;
    const u = URL.createObjectURL(new Blob([file.data.bytes as BlobPart], { type: photo.mime }));
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [file.data, photo.mime]);
  return (
    <Card withBorder padding="xs">
      {url && <Image src={url} h={140} fit="cover" alt={photo.caption || photo.fileName} />}
      {file.isError && (
        <Center h={140} bg="gray.1" px="xs">
          <Text size="sm" c="red" ta="center">{file.error.error.message}</Text>
        </Center>
      )}
      <Group justify="space-between" wrap="nowrap" mt={4}>
        <Text size="sm" lineClamp={1}>{photo.caption || photo.fileName}</Text>
        <RemoveIcon label={`ลบรูป ${photo.fileName}`} onClick={() => remove.mutateAsync({ id: photo.id }).catch(notifyError)} />
      </Group>
    </Card>
  );
}

/** What the result report needs after the event: outcomes, problems, suggestions and photos. */
export function OutcomePanel({ seminar }: { seminar: SeminarDetail }) {
  const form = useForm({
    mode: 'controlled',
    initialValues: { outcomes: seminar.outcomes, problems: seminar.problems, suggestions: seminar.suggestions },
    validate: schemaResolver(outcomeInput.omit({ id: true }), { sync: true }),
  });
  const [caption, setCaption] = useState('');
  const save = useCallMutation('seminar-save-outcome', ['seminar-get']);
  const submit = submitForm(form, async (text) => {
    await save.mutateAsync({ id: seminar.id, ...text });
    notifySuccess('บันทึกผลการดำเนินงานแล้ว');
  });
  const addPhoto = useCallMutation('seminar-photo-add', ['seminar-get']);

  const upload = async () => {
    const file = await platform.pickFile(['.jpg', '.jpeg', '.png']);
    if (!file) return;
    try {
      await addPhoto.mutateAsync({ seminarId: seminar.id, name: file.name, bytes: new Uint8Array(file.bytes), caption });
      setCaption('');
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Stack>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Textarea label="ผลการดำเนินงาน" autosize minRows={3} {...form.getInputProps('outcomes')} />
          <Textarea label="ปัญหาและอุปสรรค" autosize minRows={2} {...form.getInputProps('problems')} />
          <Textarea label="ข้อเสนอแนะ" autosize minRows={2} {...form.getInputProps('suggestions')} />
          <Button type="submit" w="fit-content" loading={save.isPending}>บันทึกผลการดำเนินงาน</Button>
        </Stack>
      </form>
      <Group align="flex-end">
        <TextInput label="คำบรรยายรูปภาพ" value={caption} onChange={(e) => setCaption(e.currentTarget.value)} w={320} />
        <Button variant="light" leftSection={<IconPhotoPlus size={16} />} onClick={upload} loading={addPhoto.isPending}>เพิ่มรูปภาพ</Button>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {seminar.photos.map((p) => <PhotoCard key={p.id} photo={p} />)}
      </SimpleGrid>
    </Stack>
  );
}
