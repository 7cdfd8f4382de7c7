import { Button } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { Link } from 'react-router';

/** Opens the import wizard from the register. */
export function ImportButton() {
  return (
    <Button variant="light" component={Link} to="/volunteers/import" leftSection={<IconFileImport size={16} />}>
      นำเข้าจาก Excel
    </Button>
  );
}
