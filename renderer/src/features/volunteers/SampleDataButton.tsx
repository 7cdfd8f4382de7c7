import { Button } from '@mantine/core';
import { useCall, useCallMutation } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';

/**
 * Loads the clearly marked sample register (Songkhla) so a new user sees a working app. Shown only
 * while the register is empty; the core refuses it otherwise.
 */
export function SampleDataButton() {
  const summary = useCall('volunteer-summary', {});
  const demo = useCallMutation('demo-load');
  if (summary.data?.total !== 0) return null;
  return (
    <Button
      variant="light"
      w="fit-content"
      loading={demo.isPending}
      onClick={async () => {
        try {
          const r = await demo.mutateAsync({});
          notifySuccess(`โหลดข้อมูลตัวอย่าง ${r.added} รายการแล้ว`);
        } catch (e) {
          notifyError(e);
        }
      }}
    >
      โหลดข้อมูลตัวอย่าง (จังหวัดสงขลา)
    </Button>
  );
}
