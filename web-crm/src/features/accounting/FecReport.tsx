import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import { formatEuros } from '@serenaia/shared/format';
import { useTranslation } from 'react-i18next';
import type { FecExportMutation } from '../../gql/graphql';

type Report = FecExportMutation['fecExport']['report'];

/** The validator's report on a FEC: « Aucune anomalie » in green, or the findings line by line. */
export function FecReport({ report }: { report: Report }) {
  const { t } = useTranslation();
  const summary = t('accounting.fec.summary', {
    lines: t('accounting.fec.lineCount', { count: report.lineCount }),
    entries: t('accounting.fec.entryCount', { count: report.entryCount }),
    debit: formatEuros(report.debitCents),
    credit: formatEuros(report.creditCents),
  });
  if (report.ok) {
    return (
      <Alert severity="success" role="status" aria-label={t('accounting.fec.report')}>
        <AlertTitle>{t('accounting.fec.ok')}</AlertTitle>
        {summary}
      </Alert>
    );
  }
  return (
    <Alert severity="warning" role="status" aria-label={t('accounting.fec.report')}>
      <AlertTitle>{t('accounting.fec.findings', { count: report.findingCount })}</AlertTitle>
      {summary}
      <List dense disablePadding>
        {report.findings.map((finding, index) => (
          <ListItem key={`${finding.line}-${finding.code}-${index}`} disableGutters>
            <ListItemText
              primary={finding.message}
              secondary={`${t('accounting.fec.findingLine', { line: finding.line })} · ${finding.code}`}
            />
          </ListItem>
        ))}
      </List>
    </Alert>
  );
}
