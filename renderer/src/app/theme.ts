import { Badge, createTheme } from '@mantine/core';

/** Sarabun, bundled: the office's documents are set in it, and the UI should read the same. */
export const theme = createTheme({
  fontFamily: 'Sarabun, "TH Sarabun New", Tahoma, sans-serif',
  headings: { fontFamily: 'Sarabun, "TH Sarabun New", Tahoma, sans-serif', fontWeight: '600' },
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  fontSizes: { xs: '13px', sm: '15px', md: '16px', lg: '18px', xl: '21px' },
  components: {
    // A badge is as wide as its words: in a narrow table column Mantine's badge shrank and cut the
    // status ("ปฏิบัติหน้...", "เสร็..."); now the column makes room for it.
    Badge: Badge.extend({ styles: { root: { minWidth: 'max-content' } } }),
  },
});
