import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { PageFallback } from '@serenaia/shared/PageFallback';
import { CashSessionDocument } from '../../gql/graphql';
import { DocumentTitle, LoadError } from '../../shared/page';
import { usePermissions } from '../../shared/permissions';
import { useTill } from '../../shared/useTill';
import { useInstitute } from '../../shared/institute';
import { CartPanel } from './CartPanel';
import { CatalogGrid } from './CatalogGrid';
import { CheckoutHeader } from './CheckoutHeader';
import { DueAppointments } from './DueAppointments';
import { ParkedTickets } from './ParkedTickets';
import { ReceiptChoice } from './ReceiptChoice';
import { TenderPanel } from './TenderPanel';
import { useCheckoutSale } from './useCheckoutSale';
import { useShortcuts } from './useShortcuts';

/**
 * `/caisse`: the touch checkout. Today's appointments to collect, the catalogue, the ticket and the
 * tenders; the open ticket's id stays in the URL (`?vente=`). Whoever only reads the till (the
 * accountant) goes to its closures.
 */
export function CheckoutPage() {
  const { t } = useTranslation();
  const { can, ready } = usePermissions();
  const { institute } = useInstitute();
  if (!ready) return <PageFallback />;
  if (!can('openSale'))
    return <Navigate to={can('cashSession') ? '/caisse/session' : '/caisse/clotures'} replace />;
  return (
    <Box sx={{ maxWidth: 1600, mx: 'auto', pt: { xs: 2, md: 3 } }}>
      <DocumentTitle page={t('checkout.pageTitle')} institute={institute?.name} />
      <CheckoutScreen />
    </Box>
  );
}

function CheckoutScreen() {
  const { t } = useTranslation();
  const choice = useTill(false);
  const tillId = choice.till?.id;
  const [session] = useQuery({
    query: CashSessionDocument,
    variables: { tillId: tillId ?? '' },
    pause: tillId === undefined,
    requestPolicy: 'cache-and-network',
  });
  const checkout = useCheckoutSale(tillId);
  const searchRef = useRef<HTMLInputElement>(null);
  const tenderRef = useRef<{ payExactCash: () => void; payTyped: () => void } | null>(null);
  const clientRef = useRef<HTMLInputElement>(null);
  useShortcuts({
    F2: () => searchRef.current?.focus(),
    F4: () => clientRef.current?.focus(),
    F8: () => tenderRef.current?.payExactCash(),
    F9: () => tenderRef.current?.payTyped(),
  });

  if (choice.error)
    return <LoadError message={t('checkout.loadError')} error={choice.error} onRetry={choice.retry} />;
  if (choice.till === undefined) {
    return choice.fetching ? (
      <Skeleton variant="rounded" height={320} />
    ) : (
      <Alert severity="info">{t('till.noTill')}</Alert>
    );
  }
  const cashSession = session.data?.cashSession ?? null;
  const open = cashSession !== null && cashSession.closedAt === null;
  const sale = checkout.sale;
  return (
    <>
      <CheckoutHeader
        till={choice.till}
        tills={choice.tills}
        onChoose={choice.choose}
        open={open}
        known={session.data !== undefined}
      />
      {checkout.error !== null ? (
        <Alert severity="error" onClose={checkout.dismissError} sx={{ mb: 2 }} role="alert">
          {checkout.error}
        </Alert>
      ) : null}
      {sale !== null && sale.status === 'COMPLETED' ? (
        <ReceiptChoice sale={sale} onNext={checkout.clear} />
      ) : (
        <>
          {open ? <DueAppointments checkout={checkout} /> : null}
          <Box
            sx={{
              display: 'grid',
              gap: 2,
              alignItems: 'start',
              gridTemplateColumns: {
                xs: '1fr',
                md: 'minmax(0, 1fr) minmax(0, 1fr)',
                lg: 'minmax(0, 1.25fr) minmax(0, 2fr)',
              },
            }}
          >
            <Box sx={{ display: 'grid', gap: 2, minWidth: 0 }}>
              <CatalogGrid checkout={checkout} searchRef={searchRef} disabled={!open} />
              <ParkedTickets tillId={choice.till.id} checkout={checkout} />
            </Box>
            {/* The ticket and its payment stay in view while the catalogue scrolls (tablet and wider):
                one column of their own, scrolled by itself when taller than the screen. */}
            <Box
              data-checkout-side
              sx={{
                minWidth: 0,
                display: 'grid',
                gap: 2,
                alignItems: 'start',
                gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 1fr)' },
                position: { md: 'sticky' },
                top: { md: 72 },
                maxHeight: { md: 'calc(100vh - 88px)' },
                overflowY: { md: 'auto' },
                overscrollBehavior: 'contain',
              }}
            >
              <CartPanel checkout={checkout} clientRef={clientRef} />
              <TenderPanel checkout={checkout} handle={tenderRef} />
            </Box>
          </Box>
        </>
      )}
    </>
  );
}
