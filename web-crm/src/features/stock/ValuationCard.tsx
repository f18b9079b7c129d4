import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { StockExportDocument, StockValuationDocument, type StockExportFormat } from '../../gql/graphql';
import { formatEuros } from '@serenaia/shared/format';
import { FrenchDateField } from '@serenaia/shared/FrenchDateField';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { dayInterval, isLocalDate, localDateOf } from '@serenaia/shared/paris-time';
import { formatShortDate } from '../../shared/date-format';
import { base64Blob, downloadBlob } from '../../shared/download';

/** The last instant of a Paris calendar day, as the API wants it; null for a bad date. */
function endOfDay(day: string): string | null {
  return isLocalDate(day) ? new Date(dayInterval(day).end - 1).toISOString() : null;
}

/** Downloads the inventory (no `at`) or the valuation at `at`; returns a French error or null. */
function useStockExport() {
  const { t } = useTranslation();
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (format: StockExportFormat, at: string | null) => {
    setBusy(true);
    setProblem(null);
    const result = await client
      .query(StockExportDocument, { format, at }, { requestPolicy: 'network-only' })
      .toPromise();
    setBusy(false);
    const file = result.data?.stockExport;
    if (file) downloadBlob(base64Blob(file.contentBase64, file.mimeType), file.fileName);
    else if (result.error)
      setProblem(
        errorMessage(result.error, { network: t('errors.network'), unexpected: t('errors.unexpected') }),
      );
  };
  return { busy, problem, run };
}

function ExportButtons({
  busy,
  onExport,
  label,
}: {
  busy: boolean;
  onExport: (format: StockExportFormat) => void;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={1} role="group" aria-label={label}>
      {(['XLSX', 'CSV'] as const).map((format) => (
        <Button
          key={format}
          variant="outlined"
          size="small"
          disabled={busy}
          startIcon={<FileDownloadOutlined />}
          onClick={() => onExport(format)}
        >
          {t(`stock.exports.${format}`)}
        </Button>
      ))}
    </Stack>
  );
}

/** The stock's value at a chosen date, and the inventory / valuation downloads (Excel or CSV). */
export function ValuationCard() {
  const { t } = useTranslation();
  const [day, setDay] = useState(localDateOf(Date.now()));
  const [asked, setAsked] = useState<string | null>(null);
  const at = asked === null ? null : endOfDay(asked);
  const [{ data, error }] = useQuery({
    query: StockValuationDocument,
    variables: { at: at ?? '' },
    pause: at === null,
  });
  const exporter = useStockExport();
  const dayProblem = endOfDay(day) === null ? t('stock.exports.badDate') : null;
  return (
    <Card variant="outlined" sx={{ mt: 3 }}>
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          {t('stock.exports.inventoryTitle')}
        </Typography>
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={2}
          sx={{ alignItems: { sm: 'center' }, mb: 3 }}
        >
          <Typography color="text.secondary" sx={{ flexGrow: 1 }}>
            {t('stock.exports.inventoryHelp')}
          </Typography>
          <ExportButtons
            busy={exporter.busy}
            label={t('stock.exports.inventoryTitle')}
            onExport={(format) => void exporter.run(format, null)}
          />
        </Stack>
        <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
          {t('stock.valuation.title')}
        </Typography>
        <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 2 }}>
          <FrenchDateField
            size="medium"
            label={t('stock.valuation.date')}
            value={day || null}
            onChange={(next) => setDay(next ?? '')}
            error={dayProblem ?? undefined}
          />
          <Button variant="outlined" disabled={dayProblem !== null} onClick={() => setAsked(day)}>
            {t('stock.valuation.show')}
          </Button>
          <ExportButtons
            busy={exporter.busy || dayProblem !== null}
            label={t('stock.exports.valuationGroup')}
            onExport={(format) => void exporter.run(format, endOfDay(day))}
          />
        </Stack>
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {errorMessage(error, { network: t('errors.network'), unexpected: t('errors.unexpected') })}
          </Alert>
        )}
        {exporter.problem && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {exporter.problem}
          </Alert>
        )}
        {data && asked && (
          <Typography sx={{ mt: 2 }}>
            {t('stock.valuation.result', {
              date: formatShortDate(data.stockValuation.at),
              value: formatEuros(data.stockValuation.totalValueCents),
              count: data.stockValuation.lines.filter((l) => l.quantity > 0).length,
            })}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
