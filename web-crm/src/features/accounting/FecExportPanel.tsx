import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import type { LocalDate } from '@serenaia/shared/paris-time';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { AccountingSettingsDocument, FecExportDocument } from '../../gql/graphql';
import { formatDateTime } from '../../shared/date-format';
import { PeriodFields } from '../../shared/PeriodFields';
import { useAccountingContext } from './AccountingPage';
import { FecReport } from './FecReport';
import { fiscalYearOf, frenchDay, isPeriod, type Period } from './periods';

const ENCODING_NAMES = { UTF_8: 'UTF-8', ISO_8859_15: 'ISO-8859-15' } as const;

/** The current fiscal year and the two before it, most recent first. */
function fiscalYears(today: LocalDate, startMonth: number): Period[] {
  const years: Period[] = [fiscalYearOf(today, startMonth)];
  for (let i = 1; i < 3; i++) {
    const before = years[i - 1].from;
    years.push(fiscalYearOf(`${Number(before.slice(0, 4)) - 1}${before.slice(4)}`, startMonth));
  }
  return years;
}

/** « Export FEC »: a fiscal year or a range, the file's encoding, the validator's report and the download. */
export function FecExportPanel() {
  const { t } = useTranslation();
  const { today } = useAccountingContext();
  const [settings] = useQuery({ query: AccountingSettingsDocument });
  const years = fiscalYears(today, settings.data?.accountingSettings.fiscalYearStartMonth ?? 1);
  const [mode, setMode] = useState<'year' | 'range'>('year');
  const [yearIndex, setYearIndex] = useState(0);
  const [range, setRange] = useState<{ from: LocalDate | null; to: LocalDate | null }>(years[0]);
  const [{ data, fetching, error }, exportFec] = useMutation(FecExportDocument);
  const period = mode === 'year' ? years[yearIndex] : range;
  const encoding = settings.data?.accountingSettings.fecEncoding;
  const run = () => {
    if (period.from !== null && period.to !== null && isPeriod(period.from, period.to))
      void exportFec({ input: { from: period.from, to: period.to } });
  };
  const result = data?.fecExport;
  return (
    <Box component="section" aria-label={t('accounting.fec.title')}>
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="h5" component="h2" sx={{ mb: 1 }}>
            {t('accounting.fec.title')}
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {t('accounting.fec.intro')}
          </Typography>
          <RadioGroup
            row
            aria-label={t('accounting.fec.mode')}
            value={mode}
            onChange={(e) => setMode(e.target.value as 'year' | 'range')}
            sx={{ mb: 2 }}
          >
            <FormControlLabel value="year" control={<Radio />} label={t('accounting.fec.fiscalYear')} />
            <FormControlLabel value="range" control={<Radio />} label={t('accounting.fec.range')} />
          </RadioGroup>
          {mode === 'year' ? (
            <TextField
              select
              size="small"
              label={t('accounting.fec.fiscalYear')}
              value={yearIndex}
              onChange={(e) => setYearIndex(Number(e.target.value))}
              sx={{ mb: 2, minWidth: 260 }}
            >
              {years.map((year, index) => (
                <MenuItem key={year.from} value={index}>
                  {frenchDay(year.from)} – {frenchDay(year.to)}
                </MenuItem>
              ))}
            </TextField>
          ) : (
            <PeriodFields
              from={range.from}
              to={range.to}
              onChange={setRange}
              labels={{ from: t('accounting.period.from'), to: t('accounting.period.to') }}
              invalid={
                range.from && range.to && range.from > range.to ? t('accounting.period.invalid') : undefined
              }
            />
          )}
          <Typography variant="body2" sx={{ mb: 0.5 }}>
            {t('accounting.fec.encoding', { encoding: encoding ? ENCODING_NAMES[encoding] : '…' })}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t('accounting.fec.encodingHelp')}
          </Typography>
          <Button
            variant="contained"
            onClick={run}
            disabled={fetching || !isPeriod(period.from, period.to)}
            sx={{ width: { xs: '100%', sm: 'auto' } }}
          >
            {fetching ? t('accounting.fec.exporting') : t('accounting.fec.export')}
          </Button>
        </CardContent>
      </Card>
      {error && !fetching ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {t('accounting.fec.error')}{' '}
          {errorMessage(error, { network: t('errors.network'), unexpected: t('errors.unexpected') })}
        </Alert>
      ) : null}
      {result && !fetching ? (
        <Box sx={{ display: 'grid', gap: 2 }}>
          <FecReport report={result.report} />
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
            <Button
              variant="outlined"
              component="a"
              href={result.url}
              download={result.fileName}
              startIcon={<DownloadOutlined />}
              sx={{ maxWidth: '100%', overflowWrap: 'anywhere' }}
            >
              {t('accounting.fec.download', { fileName: result.fileName })}
            </Button>
            <Typography variant="body2" color="text.secondary">
              {t('accounting.fec.expires', { time: formatDateTime(result.expiresAt) })}
            </Typography>
          </Box>
        </Box>
      ) : null}
    </Box>
  );
}
