import PrintOutlined from '@mui/icons-material/PrintOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import MenuItem from '@mui/material/MenuItem';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatEuros } from '@serenaia/shared/format';
import { localDateOf } from '@serenaia/shared/paris-time';
import { VatReportDocument, type VatReportQuery } from '../../gql/graphql';
import { EmptyList, FilterCard, LoadError, PageHeader, PermissionGate } from '../../shared/page';
import { useAccountingContext } from './AccountingPage';

type Report = VatReportQuery['vatReport'];
type Line = Report['ca3'][number];

export interface VatReportPageProps {
  /** The clock (tests pass a fixed one). */
  clock?: () => number;
}

/** "2026-03-01" → "01/03/2026". */
function frenchDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function rateText(rateBp: number): string {
  return `${String(rateBp / 100).replace('.', ',')} %`;
}

function monthName(month: number): string {
  const name = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('fr-FR', {
    month: 'long',
    timeZone: 'UTC',
  });
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The month before today's (Paris): what the accountant declares. */
function lastMonth(clock: () => number): { year: number; period: string } {
  const [y, m] = localDateOf(clock()).split('-').map(Number);
  return m === 1 ? { year: y - 1, period: 'M12' } : { year: y, period: `M${m - 1}` };
}

/** « TVA »: the VAT report of a month or a quarter (ACCOUNTANT and ADMIN), printable. */
export function VatReportView({ clock = Date.now }: VatReportPageProps) {
  const { t } = useTranslation();
  return (
    <PermissionGate operation="vatReport" denied={t('vatReport.denied')}>
      <VatReportContent clock={clock} />
    </PermissionGate>
  );
}

/** The « TVA » tab of `/comptabilite`: "last month" is the section's (its clock is the page's). */
export function VatReportPanel() {
  const { today } = useAccountingContext();
  const clock = useCallback(() => Date.parse(`${today}T12:00:00Z`), [today]);
  return <VatReportView clock={clock} />;
}

function VatReportContent({ clock }: { clock: () => number }) {
  const { t } = useTranslation();
  const initial = useMemo(() => lastMonth(clock), [clock]);
  const [year, setYear] = useState(initial.year);
  const [period, setPeriod] = useState(initial.period);
  const variables = useMemo(
    () => ({
      period: period.startsWith('M')
        ? { year, month: Number(period.slice(1)) }
        : { year, quarter: Number(period.slice(1)) },
    }),
    [year, period],
  );
  const [result, reexecute] = useQuery({ query: VatReportDocument, variables });
  const report = result.data?.vatReport;
  const years = Array.from({ length: 6 }, (_, i) => initial.year + 1 - i);
  return (
    <>
      <PageHeader
        title={t('vatReport.title')}
        subtitle={t('vatReport.subtitle')}
        actions={
          <Button
            variant="outlined"
            startIcon={<PrintOutlined />}
            onClick={() => window.print()}
            sx={{ whiteSpace: 'nowrap', alignSelf: 'flex-start' }}
          >
            {t('vatReport.print')}
          </Button>
        }
      />
      <FilterCard label={t('vatReport.filters')} columns="160px 240px">
        <TextField
          select
          size="small"
          label={t('vatReport.year')}
          value={year}
          onChange={(e) => setYear(Number(e.target.value))}
        >
          {years.map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('vatReport.period')}
          value={period}
          onChange={(e) => setPeriod(e.target.value)}
        >
          {Array.from({ length: 12 }, (_, i) => (
            <MenuItem key={`M${i + 1}`} value={`M${i + 1}`}>
              {monthName(i + 1)}
            </MenuItem>
          ))}
          {[1, 2, 3, 4].map((q) => (
            <MenuItem key={`Q${q}`} value={`Q${q}`}>
              {t('vatReport.quarter', { n: q })}
            </MenuItem>
          ))}
        </TextField>
      </FilterCard>
      {result.error ? (
        <LoadError
          message={t('vatReport.loadError')}
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : report === undefined ? (
        <Skeleton variant="rounded" height={320} />
      ) : (
        <ReportView report={report} />
      )}
    </>
  );
}

function ReportView({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography color="text.secondary" role="status">
        {t('vatReport.range', { from: frenchDate(report.from), to: frenchDate(report.to) })}
      </Typography>
      <DeclarationCard title={t('vatReport.ca3')} lines={report.ca3} />
      <DeclarationCard title={t('vatReport.ca12')} lines={report.ca12} />
      <Card component="section" aria-label={t('vatReport.sources')}>
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            {t('vatReport.sources')}
          </Typography>
          {report.sources.length === 0 ? (
            <EmptyList text={t('vatReport.empty')} />
          ) : (
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{t('vatReport.label')}</TableCell>
                  <TableCell>{t('vatReport.rate')}</TableCell>
                  <TableCell align="right">{t('vatReport.base')}</TableCell>
                  <TableCell align="right">{t('vatReport.vat')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {report.sources.map((s) => (
                  <TableRow key={`${s.source}-${s.rateBp}`}>
                    <TableCell>{t(`vatReport.sourceNames.${s.source}`)}</TableCell>
                    <TableCell>{rateText(s.rateBp)}</TableCell>
                    <TableCell align="right">{formatEuros(s.baseCents)}</TableCell>
                    <TableCell align="right">{formatEuros(s.vatCents)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
      <Card component="section" aria-label={t('vatReport.daily')}>
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            {t('vatReport.daily')}
          </Typography>
          {report.b2cDailySummary.length === 0 ? (
            <EmptyList text={t('vatReport.empty')} />
          ) : (
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{t('vatReport.date')}</TableCell>
                  <TableCell>{t('vatReport.category')}</TableCell>
                  <TableCell>{t('vatReport.rate')}</TableCell>
                  <TableCell align="right">{t('vatReport.base')}</TableCell>
                  <TableCell align="right">{t('vatReport.vat')}</TableCell>
                  <TableCell align="right">{t('vatReport.transactions')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {report.b2cDailySummary.flatMap((day) =>
                  day.lines.map((l, i) => (
                    <TableRow key={`${day.date}-${l.category}-${l.rateBp}`}>
                      <TableCell>{i === 0 ? frenchDate(day.date) : ''}</TableCell>
                      <TableCell>{t(`vatReport.categories.${l.category}`)}</TableCell>
                      <TableCell>{rateText(l.rateBp)}</TableCell>
                      <TableCell align="right">{formatEuros(l.baseCents)}</TableCell>
                      <TableCell align="right">{formatEuros(l.vatCents)}</TableCell>
                      <TableCell align="right">{i === 0 ? day.transactionCount : ''}</TableCell>
                    </TableRow>
                  )),
                )}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}

function DeclarationCard({ title, lines }: { title: string; lines: Line[] }) {
  const { t } = useTranslation();
  return (
    <Card component="section" aria-label={title}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {title}
        </Typography>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('vatReport.line')}</TableCell>
              <TableCell>{t('vatReport.label')}</TableCell>
              <TableCell align="right">{t('vatReport.base')}</TableCell>
              <TableCell align="right">{t('vatReport.vat')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {lines.map((l) => (
              <TableRow key={`${l.code}-${l.rateBp ?? ''}`}>
                <TableCell>{l.code}</TableCell>
                <TableCell>{l.label}</TableCell>
                <TableCell align="right">{l.baseCents === null ? '' : formatEuros(l.baseCents)}</TableCell>
                <TableCell align="right">{l.vatCents === null ? '' : formatEuros(l.vatCents)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
