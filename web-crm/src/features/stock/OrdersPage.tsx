import ArrowBack from '@mui/icons-material/ArrowBack';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { useQuery } from 'urql';
import {
  PurchaseOrdersDocument,
  ReorderSuggestionsDocument,
  type PurchaseOrderFieldsFragment,
} from '../../gql/graphql';
import { useInstitute } from '../../shared/institute';
import { EmptyList, LoadError, Page, PageHeader, PermissionGate } from '../../shared/page';
import { OrderRow } from './OrderRow';
import { ReceiveDialog } from './ReceiveDialog';
import { groupBySupplier, SuggestionGroup } from './SuggestionGroup';

type Order = PurchaseOrderFieldsFragment;

/** `/stock/commandes`: what to reorder, per supplier, and the purchase orders (send, receive). */
export function OrdersPage() {
  const { t } = useTranslation();
  const institute = useInstitute();
  return (
    <Page maxWidth={1100} pageTitle={t('stock.orders.pageTitle')} institute={institute.institute?.name}>
      <PageHeader
        title={t('stock.orders.title')}
        subtitle={t('stock.orders.subtitle')}
        actions={
          <Button component={RouterLink} to="/stock" startIcon={<ArrowBack />}>
            {t('stock.orders.back')}
          </Button>
        }
        sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}
      />
      <PermissionGate operation="purchaseOrders" denied={t('stock.orders.denied')}>
        <OrdersContent />
      </PermissionGate>
    </Page>
  );
}

function OrdersContent() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const [suggestions, reloadSuggestions] = useQuery({ query: ReorderSuggestionsDocument });
  const [orders, reloadOrders] = useQuery({ query: PurchaseOrdersDocument });
  const [receiving, setReceiving] = useState<Order | null>(null);
  const groups = useMemo(
    () => groupBySupplier(suggestions.data?.reorderSuggestions ?? []),
    [suggestions.data],
  );
  const refresh = () => {
    reloadSuggestions({ requestPolicy: 'network-only' });
    reloadOrders({ requestPolicy: 'network-only' });
  };
  return (
    <>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {t('stock.orders.suggestions')}
      </Typography>
      {suggestions.error && (
        <LoadError
          message={t('errors.unexpected')}
          error={suggestions.error}
          onRetry={() => reloadSuggestions({ requestPolicy: 'network-only' })}
        />
      )}
      {suggestions.data && groups.length === 0 && <EmptyList text={t('stock.orders.noSuggestion')} />}
      <Stack spacing={2}>
        {groups.map((g) => (
          <SuggestionGroup
            key={g.supplier?.id ?? ''}
            group={g}
            onCreated={(reference) => {
              setNotice(t('stock.orders.created', { reference }));
              refresh();
            }}
          />
        ))}
      </Stack>
      <Typography variant="h6" component="h2" sx={{ mt: 4, mb: 1 }}>
        {t('stock.orders.list')}
      </Typography>
      {orders.error && (
        <LoadError
          message={t('errors.unexpected')}
          error={orders.error}
          onRetry={() => reloadOrders({ requestPolicy: 'network-only' })}
        />
      )}
      {orders.data && orders.data.purchaseOrders.length === 0 && (
        <EmptyList text={t('stock.orders.noOrder')} />
      )}
      <Stack component="ul" aria-label={t('stock.orders.list')} spacing={1} sx={{ p: 0, m: 0 }}>
        {orders.data?.purchaseOrders.map((o) => (
          <OrderRow
            key={o.id}
            order={o}
            onChanged={(event) => {
              setNotice(t(`stock.orders.${event}`, { reference: o.reference }));
              refresh();
            }}
            onReceive={() => setReceiving(o)}
          />
        ))}
      </Stack>
      {receiving && (
        <ReceiveDialog
          order={receiving}
          onClose={() => setReceiving(null)}
          onReceived={(order) => {
            setReceiving(null);
            setNotice(t('stock.orders.received', { reference: order.reference }));
            refresh();
          }}
        />
      )}
      <Snackbar
        open={notice !== null}
        autoHideDuration={5000}
        onClose={() => setNotice(null)}
        message={notice ?? ''}
      />
    </>
  );
}
