import ArrowBack from '@mui/icons-material/ArrowBack';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import {
  CreatePurchaseOrderDocument,
  PurchaseOrdersDocument,
  ReorderSuggestionsDocument,
  SendPurchaseOrderDocument,
  type PurchaseOrderFieldsFragment,
  type PurchaseOrderStatus,
  type ReorderSuggestionsQuery,
} from '../../gql/graphql';
import { formatEuros } from '@serenaia/shared/format';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { useInstitute } from '../institute';
import { formatShortDate } from '../../shared/date-format';
import { usePermissions } from '../../shared/permissions';
import { EmptyList, LoadError, Page, PageHeader, PermissionGate } from '../../shared/page';
import { ReceiveDialog } from './ReceiveDialog';
import { parseQuantity } from './stock-input';

type Suggestion = ReorderSuggestionsQuery['reorderSuggestions'][number];
type Order = PurchaseOrderFieldsFragment;

interface SupplierGroup {
  supplier: { id: string; name: string; email?: string | null } | null;
  suggestions: Suggestion[];
}

/** Reorder suggestions grouped by supplier (one group, one purchase order). Products without a supplier last. */
export function groupBySupplier(suggestions: readonly Suggestion[]): SupplierGroup[] {
  const groups = new Map<string, SupplierGroup>();
  for (const s of suggestions) {
    const key = s.product.supplier?.id ?? '';
    const group = groups.get(key) ?? { supplier: s.product.supplier ?? null, suggestions: [] };
    group.suggestions.push(s);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) =>
    a.supplier === null ? 1 : b.supplier === null ? -1 : a.supplier.name.localeCompare(b.supplier.name, 'fr'),
  );
}

const STATUS_COLOR: Record<PurchaseOrderStatus, 'default' | 'info' | 'warning' | 'success'> = {
  DRAFT: 'default',
  SENT: 'info',
  PARTLY_RECEIVED: 'warning',
  RECEIVED: 'success',
  CANCELLED: 'default',
};

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
            onSent={() => {
              setNotice(t('stock.orders.sent', { reference: o.reference }));
              reloadOrders({ requestPolicy: 'network-only' });
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

function SuggestionGroup({
  group,
  onCreated,
}: {
  group: SupplierGroup;
  onCreated: (reference: string) => void;
}) {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const [quantities, setQuantities] = useState<Record<string, string>>(() =>
    Object.fromEntries(group.suggestions.map((s) => [s.product.id, String(s.suggestedQuantity)])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [state, create] = useMutation(CreatePurchaseOrderDocument);
  const supplier = group.supplier;
  const title = supplier?.name ?? t('stock.orders.noSupplier');

  const submit = async () => {
    if (supplier === null) return;
    const local: Record<string, string> = {};
    const lines: { productId: string; quantity: number }[] = [];
    for (const s of group.suggestions) {
      const text = (quantities[s.product.id] ?? '').trim();
      if (text === '' || text === '0') continue;
      const q = parseQuantity(text);
      if (q === null || q < 1) local[s.product.id] = t('stock.orders.badQuantity');
      else lines.push({ productId: s.product.id, quantity: q });
    }
    setErrors(local);
    if (Object.keys(local).length > 0) return setProblem(null);
    if (lines.length === 0) return setProblem(t('stock.orders.nothingToOrder'));
    setProblem(null);
    const result = await create({ input: { supplierId: supplier.id, lines } });
    if (result.error) {
      const byField = fieldErrors(result.error);
      const onLines: Record<string, string> = {};
      lines.forEach((l, i) => {
        const message = byField[`lines.${i}.quantity`] ?? byField[`lines.${i}.productId`];
        if (message !== undefined) onLines[l.productId] = message;
      });
      setErrors(onLines);
      if (Object.keys(onLines).length === 0)
        setProblem(
          errorMessage(result.error, { network: t('errors.network'), unexpected: t('errors.unexpected') }),
        );
      return;
    }
    if (result.data) onCreated(result.data.createPurchaseOrder.reference);
  };

  return (
    <Card component="section" variant="outlined" aria-label={title}>
      <CardContent>
        <Stack
          direction="row"
          sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 1, mb: 1 }}
        >
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            {title}
          </Typography>
          {supplier?.email && (
            <Typography variant="body2" color="text.secondary">
              {supplier.email}
            </Typography>
          )}
        </Stack>
        {supplier === null && (
          <Alert severity="info" sx={{ mb: 1 }}>
            {t('stock.orders.noSupplierHelp')}
          </Alert>
        )}
        {problem && (
          <Alert severity="error" sx={{ mb: 1 }}>
            {problem}
          </Alert>
        )}
        <Stack spacing={1.5}>
          {group.suggestions.map((s) => (
            <Stack
              key={s.product.id}
              direction={{ xs: 'column', sm: 'row' }}
              spacing={{ xs: 1, sm: 2 }}
              sx={{ alignItems: { sm: 'center' } }}
            >
              <Box sx={{ flexGrow: 1, minWidth: 0 }}>
                <Typography sx={{ fontWeight: 600 }}>{s.product.name}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {t('stock.orders.suggestionLine', {
                    quantity: s.product.quantity,
                    onOrder: s.onOrder,
                    target: s.target,
                  })}
                </Typography>
              </Box>
              {supplier !== null && can('createPurchaseOrder') ? (
                <TextField
                  label={t('stock.orders.quantity')}
                  value={quantities[s.product.id] ?? ''}
                  onChange={(e) => setQuantities((q) => ({ ...q, [s.product.id]: e.target.value }))}
                  error={errors[s.product.id] !== undefined}
                  helperText={errors[s.product.id]}
                  slotProps={{
                    htmlInput: {
                      inputMode: 'numeric',
                      'aria-label': t('stock.orders.quantityFor', { name: s.product.name }),
                    },
                  }}
                  sx={{ width: { xs: '100%', sm: 140 } }}
                  size="small"
                />
              ) : (
                <Typography>{t('stock.orders.suggested', { count: s.suggestedQuantity })}</Typography>
              )}
            </Stack>
          ))}
        </Stack>
        {supplier !== null && can('createPurchaseOrder') && (
          <Stack direction="row" sx={{ justifyContent: 'flex-end', mt: 2 }}>
            <Button variant="contained" disabled={state.fetching} onClick={() => void submit()}>
              {t('stock.orders.create')}
            </Button>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}

function OrderRow({ order, onSent, onReceive }: { order: Order; onSent: () => void; onReceive: () => void }) {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const [problem, setProblem] = useState<string | null>(null);
  const [state, send] = useMutation(SendPurchaseOrderDocument);
  const ordered = order.lines.reduce((s, l) => s + l.quantityOrdered, 0);
  const received = order.lines.reduce((s, l) => s + l.quantityReceived, 0);
  const receivable =
    order.status === 'DRAFT' || order.status === 'SENT' || order.status === 'PARTLY_RECEIVED';
  const doSend = async () => {
    setProblem(null);
    const result = await send({ id: order.id });
    if (result.error)
      return setProblem(
        errorMessage(result.error, { network: t('errors.network'), unexpected: t('errors.unexpected') }),
      );
    onSent();
  };
  return (
    <Card component="li" variant="outlined" aria-label={order.reference} sx={{ listStyle: 'none' }}>
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={1}
          sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' } }}
        >
          <Box sx={{ minWidth: 0 }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
              <Typography sx={{ fontWeight: 600 }}>{order.reference}</Typography>
              <Chip
                size="small"
                color={STATUS_COLOR[order.status]}
                label={t(`stock.orders.status.${order.status}`)}
              />
            </Stack>
            <Typography variant="body2" color="text.secondary">
              {[
                order.supplier.name,
                formatEuros(order.totalCents),
                t('stock.orders.receivedOf', { received, ordered }),
                order.sentAt
                  ? t('stock.orders.sentOn', { date: formatShortDate(order.sentAt) })
                  : t('stock.orders.createdOn', { date: formatShortDate(order.createdAt) }),
              ].join(' · ')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {order.lines.map((l) => `${l.product.name} × ${l.quantityOrdered}`).join(', ')}
            </Typography>
          </Box>
          <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
            {order.status === 'DRAFT' && can('sendPurchaseOrder') && (
              <Button variant="outlined" disabled={state.fetching} onClick={() => void doSend()}>
                {t('stock.orders.send')}
              </Button>
            )}
            {receivable && can('receivePurchaseOrder') && (
              <Button variant="contained" onClick={onReceive}>
                {t('stock.orders.receive')}
              </Button>
            )}
          </Stack>
        </Stack>
        {problem && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {problem}
          </Alert>
        )}
      </CardContent>
    </Card>
  );
}
