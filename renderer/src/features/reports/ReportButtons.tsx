import { Button } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { VolunteerListQuery } from '@shared/api/volunteers';
import { reportsLink } from './documents';

/** On a seminar's page: its documents, the seminar already chosen. */
export function SeminarReportsButton({ seminarId }: { seminarId: number }) {
  return (
    <Button variant="light" component={Link} to={reportsLink('signin', { seminar: seminarId })} leftSection={<IconFileText size={16} />}>
      พิมพ์เอกสาร
    </Button>
  );
}

/** On the register list: the listing with the filters on screen. */
export function VolunteerListReportButton({ query }: { query: VolunteerListQuery }) {
  const to = reportsLink('volunteers', {
    q: query.q,
    district: query.district,
    subdistrict: query.subdistrict,
    level: query.level,
    status: query.status,
    termDays: query.termEndsWithinDays,
  });
  return (
    <Button variant="light" component={Link} to={to} leftSection={<IconFileText size={16} />}>
      พิมพ์รายชื่อ (PDF)
    </Button>
  );
}
