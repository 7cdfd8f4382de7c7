import { Card, Group, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { COUNT_LABELS, type SeminarSummary } from '@shared/schemas/seminar';
import { formatBaht } from '@shared/thai';
import { percent } from './labels';

/** Planned against checked-in, per group and in total, and the budget planned against actual. */
export function SummaryCard({ summary }: { summary: SeminarSummary }) {
  return (
    <Card withBorder data-testid="seminar-summary">
      <Stack>
        <Title order={4}>สรุปผล</Title>
        {/* Side by side only on a wide screen: at 1366 and at 125 % scaling (1093 px) a half-width
            table squeezed a group's name until the browser split it inside a word (อาสา|สมัคร). */}
        <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="xl">
          <Stack gap="xs">
            <Table withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>กลุ่มเป้าหมาย</Table.Th>
                  <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>{COUNT_LABELS.planned}</Table.Th>
                  <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>{COUNT_LABELS.registered}</Table.Th>
                  <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>{COUNT_LABELS.attended}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {summary.groups.map((g) => (
                  <Table.Tr key={g.groupId} data-testid={`summary-group-${g.groupId}`}>
                    <Table.Td>{g.name}</Table.Td>
                    <Table.Td ta="right">{g.planned}</Table.Td>
                    <Table.Td ta="right">{g.registered}</Table.Td>
                    <Table.Td ta="right">{g.attended}</Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr fw={700}>
                  <Table.Td>รวม</Table.Td>
                  <Table.Td ta="right">{summary.planned}</Table.Td>
                  <Table.Td ta="right">{summary.registered}</Table.Td>
                  <Table.Td ta="right" data-testid="summary-attended">{summary.attended}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
            <Group justify="space-between">
              <Text>{COUNT_LABELS.attended}เทียบกับ{COUNT_LABELS.planned}</Text>
              <Text fw={700} data-testid="summary-rate">{percent(summary.attendanceRate)}</Text>
            </Group>
            <Progress value={(summary.attendanceRate ?? 0) * 100} />
          </Stack>
          <Stack gap="xs">
            <Table withTableBorder>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Td>งบประมาณตามแผน</Table.Td>
                  <Table.Td ta="right">{formatBaht(summary.budgetPlanned)} บาท</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Td>ใช้จ่ายจริง</Table.Td>
                  <Table.Td ta="right">{formatBaht(summary.budgetActual)} บาท</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Td>คงเหลือ</Table.Td>
                  <Table.Td ta="right">{formatBaht(summary.budgetPlanned - summary.budgetActual)} บาท</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Td>ค่าสมนาคุณวิทยากรตามอัตรา</Table.Td>
                  <Table.Td ta="right">{formatBaht(summary.speakerFees)} บาท</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Stack>
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
