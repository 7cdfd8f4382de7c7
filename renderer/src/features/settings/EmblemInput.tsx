import { Button, FileButton, Group, Image, Input, Text } from '@mantine/core';

interface Props {
  value: string | null;
  onChange(value: string | null): void;
  error?: React.ReactNode;
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** The office's emblem or logo, kept as a PNG/JPEG data URL for documents. */
export function EmblemInput({ value, onChange, error }: Props) {
  return (
    <Input.Wrapper label="ตราสัญลักษณ์ / โลโก้หน่วยงาน" description="ไฟล์ PNG หรือ JPEG ไม่เกิน 2 MB ใช้พิมพ์บนหัวเอกสาร" error={error}>
      <Group mt={6} align="center">
        {value ? <Image src={value} alt="ตราสัญลักษณ์" h={72} w={72} fit="contain" /> : <Text c="dimmed" size="sm">ยังไม่มีรูป</Text>}
        <FileButton accept="image/png,image/jpeg" onChange={async (f) => f && onChange(await readAsDataUrl(f))}>
          {(props) => <Button variant="default" {...props}>เลือกรูป…</Button>}
        </FileButton>
        {value && (
          <Button variant="subtle" color="red" onClick={() => onChange(null)}>
            ลบรูป
          </Button>
        )}
      </Group>
    </Input.Wrapper>
  );
}
