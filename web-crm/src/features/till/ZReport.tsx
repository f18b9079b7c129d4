import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import GlobalStyles from '@mui/material/GlobalStyles';
import { useTranslation } from 'react-i18next';
import { addressLines, formatEuros, formatSiret } from '@serenaia/shared/format';
import type { ClosureFieldsFragment } from '../../gql/graphql';
import type { InstituteIdentity } from '../../shared/institute';
import { formatDateTime } from '../../shared/date-format';
import { formatRate, periodLabel } from './closure-text';

/**
 * Only the report is printed, sized for an 80 mm thermal roll (72 mm printable); an A4 printer prints
 * the same narrow column. The rules apply while a report is on screen.
 */
const PRINT_STYLES = {
  '@media print': {
    '@page': { size: '80mm auto', margin: '4mm' },
    'body *': { visibility: 'hidden' },
    '.till-print, .till-print *': { visibility: 'visible' },
    // Fixed: placed against the paper, not against the dialog that holds it on screen.
    '.till-print': {
      position: 'fixed',
      left: 0,
      top: 0,
      margin: 0,
      maxWidth: 'none',
      width: '72mm',
      fontSize: '11px',
      color: '#000',
      background: '#fff',
    },
    '.till-no-print': { display: 'none !important' },
  },
} as const;

/** A closure as the law wants it read: a Z (or monthly/annual) report, on screen and on paper. */
export function ZReport({
  closure,
  tillName,
  institute,
}: {
  closure: ClosureFieldsFragment;
  tillName: string;
  institute: InstituteIdentity | undefined;
}) {
  const { t } = useTranslation();
  const title =
    closure.period === 'DAY'
      ? t('till.report.title', { number: closure.number })
      : t(`till.report.title${closure.period}`, { number: closure.number });
  const line = (label: string, value: string, strong = false) => (
    <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, fontWeight: strong ? 700 : 400 }}>
      <span>{label}</span>
      <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{value}</span>
    </Box>
  );
  const rule = <Box sx={{ borderTop: '1px dashed', borderColor: 'text.secondary', my: 1 }} />;
  return (
    <Box
      className="till-print"
      component="article"
      aria-label={title}
      sx={{
        fontFamily: 'ui-monospace, Menlo, Consolas, monospace',
        fontSize: '0.95rem',
        maxWidth: 420,
        mx: 'auto',
      }}
    >
      <GlobalStyles styles={PRINT_STYLES} />
      {institute !== undefined ? (
        <Box sx={{ textAlign: 'center', mb: 1 }}>
          <Typography sx={{ font: 'inherit', fontWeight: 700 }}>
            {institute.legalName || institute.name}
          </Typography>
          {addressLines(institute).map((l) => (
            <div key={l}>{l}</div>
          ))}
          {institute.siret ? (
            <div>{t('till.report.siret', { siret: formatSiret(institute.siret) })}</div>
          ) : null}
          {institute.vatNumber ? <div>{t('till.report.vat', { vat: institute.vatNumber })}</div> : null}
        </Box>
      ) : null}
      {rule}
      <Typography
        component="h2"
        sx={{ font: 'inherit', fontWeight: 700, fontSize: '1.1em', textAlign: 'center' }}
      >
        {title}
      </Typography>
      <Box sx={{ textAlign: 'center' }}>
        <div>{t('till.report.till', { name: tillName })}</div>
        <div>{periodLabel(closure.period, closure.firstDate)}</div>
        <div>{t('till.report.closedAt', { date: formatDateTime(closure.closedAt) })}</div>
        {closure.automatic ? <div>{t('till.report.automatic')}</div> : null}
      </Box>
      {rule}
      {line(t('till.report.tickets'), String(closure.ticketCount))}
      {line(t('till.report.creditNotes'), String(closure.creditNoteCount))}
      {rule}
      <Typography sx={{ font: 'inherit', fontWeight: 700 }}>{t('till.report.byRate')}</Typography>
      {closure.vatTotals.length === 0 ? (
        <div>{t('till.report.noSales')}</div>
      ) : (
        <Box
          component="table"
          sx={{
            width: '100%',
            borderCollapse: 'collapse',
            font: 'inherit',
            '& td, & th': { p: 0, textAlign: 'right' },
            '& th:first-of-type, & td:first-of-type': { textAlign: 'left' },
          }}
        >
          <thead>
            <tr>
              <th>{t('till.report.rate')}</th>
              <th>{t('till.report.base')}</th>
              <th>{t('till.report.vatAmount')}</th>
              <th>{t('till.report.incl')}</th>
            </tr>
          </thead>
          <tbody>
            {closure.vatTotals.map((v) => (
              <tr key={v.rateBp}>
                <td>{formatRate(v.rateBp)}</td>
                <td>{formatEuros(v.baseCents)}</td>
                <td>{formatEuros(v.vatCents)}</td>
                <td>{formatEuros(v.baseCents + v.vatCents)}</td>
              </tr>
            ))}
          </tbody>
        </Box>
      )}
      {rule}
      <Typography sx={{ font: 'inherit', fontWeight: 700 }}>{t('till.report.byTender')}</Typography>
      {closure.tenders.length === 0 ? <div>{t('till.report.noSales')}</div> : null}
      {closure.tenders.map((tender) =>
        line(
          t(`till.report.tenders.${tender.kind}`, { defaultValue: tender.kind }),
          formatEuros(tender.amountCents),
        ),
      )}
      {rule}
      {line(t('till.report.total'), formatEuros(closure.totalInclCents), true)}
      {line(t('till.report.absolute'), formatEuros(closure.absoluteTotalCents))}
      {line(t('till.report.perpetual'), formatEuros(closure.perpetualTotalCents), true)}
      {line(t('till.report.perpetualAbsolute'), formatEuros(closure.perpetualAbsoluteCents))}
      {rule}
      <Box sx={{ textAlign: 'center', wordBreak: 'break-all' }}>
        {t('till.report.hash', { hash: closure.shortHash })}
      </Box>
    </Box>
  );
}
