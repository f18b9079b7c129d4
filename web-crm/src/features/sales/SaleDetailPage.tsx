import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useClient, useMutation, useQuery } from 'urql';
import {
  ReprintSaleReceiptDocument,
  SaleDetailClientDocument,
  SaleDetailDocument,
  SaleDetailPractitionersDocument,
  SaleReceiptPdfLinkDocument,
  SalesTillsDocument,
  type ReceiptFormat,
} from '../../gql/graphql';
import { formatEuros } from '@serenaia/shared/format';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { useInstitute } from '../../shared/institute';
import { formatDateTime } from '../../shared/date-format';
import { LoadError, Page, PageHeader, PermissionGate } from '../../shared/page';
import { usePermissions } from '../../shared/permissions';
import { CreditNoteDialog } from './CreditNoteDialog';
import { SaleLinesCard } from './SaleLinesCard';
import { saleTitle } from './sale-labels';
import { SendReceiptDialog } from './SendReceiptDialog';

const big = { minHeight: 48 } as const;

/** `/caisse/ventes/:saleId`: a ticket or credit note in full, and what can be done with it. */
export function SaleDetailPage() {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  return (
    <Page maxWidth={1100} pageTitle={t('sales.detail.pageTitle')} institute={institute?.name}>
      <PermissionGate operation="sale" denied={t('sales.denied')}>
        <Detail />
      </PermissionGate>
    </Page>
  );
}

function Detail() {
  const { t } = useTranslation();
  const { saleId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const client = useClient();
  const { can } = usePermissions();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SaleDetailDocument,
    variables: { id: saleId },
  });
  const sale = data?.sale;
  const [tills] = useQuery({ query: SalesTillsDocument });
  const [practitioners] = useQuery({ query: SaleDetailPractitionersDocument, pause: !can('practitioners') });
  const [customer] = useQuery({
    query: SaleDetailClientDocument,
    variables: { id: sale?.clientId ?? '' },
    pause: !sale?.clientId || !can('client'),
  });
  const [reprint, doReprint] = useMutation(ReprintSaleReceiptDocument);
  const [dialog, setDialog] = useState<'credit' | null>(null);
  const [notice, setNotice] = useState<{ severity: 'success' | 'error'; message: string } | null>(null);
  const sending = params.get('envoyer') === '1';
  const closeSend = () => {
    const p = new URLSearchParams(params);
    p.delete('envoyer');
    setParams(p, { replace: true });
  };

  if (error)
    return (
      <LoadError
        message={t('sales.detail.loadError')}
        error={error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  if (sale === undefined) return fetching ? <Skeleton variant="rounded" height={420} /> : null;

  const completed = sale.status === 'COMPLETED';
  const tillName = tills.data?.tills.find((x) => x.id === sale.tillId)?.name ?? '';
  const names = new Map((practitioners.data?.practitioners ?? []).map((p) => [p.id, p.displayName]));
  const c = customer.data?.client;
  const fallbacks = { network: t('errors.network'), unexpected: t('errors.unexpected') };

  const downloadPdf = async (format: ReceiptFormat) => {
    const r = await client.query(
      SaleReceiptPdfLinkDocument,
      { saleId: sale.id, format },
      { requestPolicy: 'network-only' },
    );
    if (r.data) window.open(r.data.saleReceiptPdfLink.url, '_blank', 'noopener');
    else
      setNotice({
        severity: 'error',
        message: r.error ? errorMessage(r.error, fallbacks) : t('sales.detail.pdfError'),
      });
  };
  const reprintNow = async () => {
    const r = await doReprint({ input: { saleId: sale.id } });
    if (r.data) {
      void navigate(`/caisse/ventes/${sale.id}/recu?imprimer=1`, {
        state: { receipt: r.data.reprintSaleReceipt },
      });
    } else if (r.error) setNotice({ severity: 'error', message: errorMessage(r.error, fallbacks) });
  };

  return (
    <>
      <PageHeader
        title={saleTitle(t, sale)}
        subtitle={
          completed && sale.completedAt
            ? t('sales.detail.completedAt', { date: formatDateTime(sale.completedAt) }) + ` · ${tillName}`
            : t('sales.detail.createdAt', { date: formatDateTime(sale.createdAt) }) + ` · ${tillName}`
        }
        sx={{ flexWrap: 'wrap', alignItems: 'center' }}
        actions={
          <Button component={RouterLink} to="/caisse/ventes" variant="outlined" sx={big}>
            {t('sales.detail.back')}
          </Button>
        }
      />
      {notice ? (
        <Alert severity={notice.severity} onClose={() => setNotice(null)} sx={{ mb: 2 }} role="status">
          {notice.message}
        </Alert>
      ) : null}
      {completed ? (
        <Stack
          direction="row"
          aria-label={t('sales.detail.actions')}
          role="toolbar"
          sx={{ flexWrap: 'wrap', gap: 1, mb: 2 }}
        >
          {can('reprintSaleReceipt') ? (
            <Button
              variant="contained"
              sx={big}
              disabled={reprint.fetching}
              onClick={() => void reprintNow()}
            >
              {t('sales.detail.reprint')}
            </Button>
          ) : null}
          {can('sendSaleReceipt') ? (
            <Button
              variant="outlined"
              sx={big}
              onClick={() => setParams({ envoyer: '1' }, { replace: true })}
            >
              {t('sales.detail.email')}
            </Button>
          ) : null}
          <Button variant="outlined" sx={big} onClick={() => void downloadPdf('RECEIPT')}>
            {t('sales.detail.pdf')}
          </Button>
          <Button variant="outlined" sx={big} onClick={() => void downloadPdf('NOTE')}>
            {t('sales.detail.pdfNote')}
          </Button>
          <Button component={RouterLink} to={`/caisse/ventes/${sale.id}/recu`} sx={big}>
            {t('sales.detail.printView')}
          </Button>
          {sale.kind === 'SALE' && can('issueCreditNote') ? (
            <Button color="warning" variant="outlined" sx={big} onClick={() => setDialog('credit')}>
              {t('sales.detail.creditNote')}
            </Button>
          ) : null}
        </Stack>
      ) : null}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <Card sx={{ flex: 1 }}>
          <CardContent>
            <Typography variant="overline">{t('sales.detail.client')}</Typography>
            <Typography>
              {c ? `${c.firstName} ${c.lastName}` : sale.clientId ? '—' : t('sales.detail.noClient')}
            </Typography>
            {c?.email ? <Typography color="text.secondary">{c.email}</Typography> : null}
          </CardContent>
        </Card>
        <Card sx={{ flex: 1 }}>
          <CardContent>
            <Typography variant="overline">{t('sales.detail.journal')}</Typography>
            <Typography sx={{ fontFamily: 'monospace' }}>
              {sale.number !== null && sale.shortHash !== null
                ? t('sales.detail.journalLine', { number: sale.number, hash: sale.shortHash })
                : t('sales.detail.notInJournal')}
            </Typography>
            {sale.originalSaleId ? (
              <Link component={RouterLink} to={`/caisse/ventes/${sale.originalSaleId}`}>
                {t('sales.detail.seeOriginal')}
              </Link>
            ) : null}
            {sale.reason ? (
              <Typography>{t('sales.detail.reason', { reason: sale.reason })}</Typography>
            ) : null}
          </CardContent>
        </Card>
      </Stack>
      <SaleLinesCard sale={sale} practitionerName={(id) => (id ? (names.get(id) ?? '') : '')} />
      <Typography variant="h6" component="p" sx={{ mt: 2, textAlign: 'right' }}>
        {t('sales.detail.grandTotal')} : {formatEuros(sale.totalInclCents)}
      </Typography>
      {sending ? (
        <SendReceiptDialog
          saleId={sale.id}
          defaultEmail={c?.email ?? null}
          onClose={closeSend}
          onSent={(email) => {
            closeSend();
            setNotice({ severity: 'success', message: t('sales.send.sent', { email }) });
          }}
        />
      ) : null}
      {dialog === 'credit' ? (
        <CreditNoteDialog
          sale={sale}
          onClose={() => setDialog(null)}
          onIssued={(note) => {
            setDialog(null);
            void navigate(`/caisse/ventes/${note.id}`);
          }}
        />
      ) : null}
    </>
  );
}
