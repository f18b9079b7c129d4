/** Printing a CRM page (a report): the page alone on white paper, without the app's frame or its controls. */
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import Button from '@mui/material/Button';
import GlobalStyles from '@mui/material/GlobalStyles';

const PRINT_STYLES = {
  '@media print': {
    'html, body': { background: '#fff !important' },
    '.MuiAppBar-root, .MuiDrawer-root, .no-print': { display: 'none !important' },
    'main > .MuiToolbar-root': { display: 'none !important' },
    main: { padding: '0 !important' },
    '.MuiPaper-root': { boxShadow: 'none !important' },
  },
} as const;

/** The print rules of a report page; render it once on the page. */
export function PrintStyles() {
  return <GlobalStyles styles={PRINT_STYLES} />;
}

/** « Imprimer »: the browser's print dialog, for the page as `PrintStyles` lays it out. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button
      className="no-print"
      variant="outlined"
      startIcon={<PrintOutlined />}
      onClick={() => window.print()}
    >
      {label}
    </Button>
  );
}
