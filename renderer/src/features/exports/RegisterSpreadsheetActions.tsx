import { ImportButton } from '../import/ImportButton';
import { DistrictSummaryButton } from './DistrictSummaryButton';
import { VolunteerExportButton, type RegisterQuery } from './VolunteerExportButton';

/** The register page's spreadsheet buttons: import a list, export the filtered list, the district summary. */
export function RegisterSpreadsheetActions({ query }: { query: RegisterQuery }) {
  return (
    <>
      <ImportButton />
      <VolunteerExportButton query={query} />
      <DistrictSummaryButton />
    </>
  );
}
