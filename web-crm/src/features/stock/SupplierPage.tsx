import ArrowBack from '@mui/icons-material/ArrowBack';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { PurchaseOrdersDocument, SupplierProductsDocument, SuppliersDocument } from '../../gql/graphql';
import { formatEuros } from '@serenaia/shared/format';
import { useInstitute } from '../../shared/institute';
import { EmptyList, LoadError, Page, PageHeader, PermissionGate } from '../../shared/page';
import { usePermissions } from '../../shared/permissions';
import { OrderRow } from './OrderRow';
import { SupplierContact } from './SupplierContact';
import { SupplierDialog } from './SupplierDialog';

/** `/stock/fournisseurs/:id`: one supplier's contact details, its products and its purchase orders. */
export function SupplierPage() {
  const { t } = useTranslation();
  const institute = useInstitute();
  const { id = '' } = useParams();
  const [{ data }] = useQuery({ query: SuppliersDocument });
  const supplier = data?.suppliers.find((s) => s.id === id);
  return (
    <Page
      maxWidth={1100}
      pageTitle={supplier?.name ?? t('stock.suppliers.pageTitle')}
      institute={institute.institute?.name}
    >
      <PageHeader
        title={supplier?.name ?? t('stock.suppliers.title')}
        subtitle={t('stock.suppliers.detailSubtitle')}
        actions={
          <Button component={RouterLink} to="/stock/fournisseurs" startIcon={<ArrowBack />}>
            {t('stock.suppliers.back')}
          </Button>
        }
        sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}
      />
      <PermissionGate operation="suppliers" denied={t('stock.suppliers.denied')}>
        {data && !supplier && <Alert severity="warning">{t('stock.suppliers.notFound')}</Alert>}
        {supplier && <SupplierContent supplierId={supplier.id} />}
      </PermissionGate>
    </Page>
  );
}

function SupplierContent({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [suppliers] = useQuery({ query: SuppliersDocument });
  const supplier = suppliers.data?.suppliers.find((s) => s.id === supplierId);
  const [products, reloadProducts] = useQuery({ query: SupplierProductsDocument, variables: { supplierId } });
  const [orders, reloadOrders] = useQuery({ query: PurchaseOrdersDocument, variables: { supplierId } });
  if (!supplier) return null;
  return (
    <Stack spacing={3}>
      <Card variant="outlined" component="section" aria-label={t('stock.suppliers.contact')}>
        <CardContent>
          <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start', gap: 1 }}>
            <Box>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
                <Typography variant="h6" component="h2">
                  {t('stock.suppliers.contact')}
                </Typography>
                {!supplier.active && <Chip size="small" label={t('stock.suppliers.inactive')} />}
              </Stack>
              <SupplierContact supplier={supplier} />
              {!supplier.contactName && !supplier.email && !supplier.phone && (
                <Typography variant="body2" color="text.secondary">
                  {t('stock.suppliers.noContact')}
                </Typography>
              )}
              {!supplier.email && (
                <Typography variant="body2" color="warning.main" sx={{ mt: 1 }}>
                  {t('stock.suppliers.noEmailHelp')}
                </Typography>
              )}
              {supplier.notes && (
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1, whiteSpace: 'pre-line' }}>
                  {supplier.notes}
                </Typography>
              )}
            </Box>
            {can('upsertSupplier') && (
              <Button variant="outlined" onClick={() => setEditing(true)}>
                {t('stock.product.edit')}
              </Button>
            )}
          </Stack>
        </CardContent>
      </Card>

      <Box component="section" aria-label={t('stock.suppliers.products')}>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          {t('stock.suppliers.products')}
        </Typography>
        {products.error && (
          <LoadError
            message={t('errors.unexpected')}
            error={products.error}
            onRetry={() => reloadProducts({ requestPolicy: 'network-only' })}
          />
        )}
        {products.data?.products.items.length === 0 && <EmptyList text={t('stock.suppliers.noProduct')} />}
        <Card variant="outlined">
          <List disablePadding>
            {products.data?.products.items.map((p, i) => (
              <ListItem key={p.id} divider={i < (products.data?.products.items.length ?? 0) - 1}>
                <ListItemText
                  primary={
                    <Link component={RouterLink} to={`/stock?produit=${p.id}`}>
                      {p.name}
                    </Link>
                  }
                  secondary={[p.brand, p.content, p.active ? null : t('stock.suppliers.inactiveProduct')]
                    .filter(Boolean)
                    .join(' · ')}
                />
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexShrink: 0 }}>
                  {p.lowStock && <Chip size="small" color="warning" label={t('stock.lowChip')} />}
                  <Box sx={{ textAlign: 'right' }}>
                    <Typography sx={{ fontWeight: 600, color: p.quantity < 0 ? 'error.main' : undefined }}>
                      {p.quantity} {t(`stock.units.${p.unit}`)}
                    </Typography>
                    <Typography variant="body2" color="text.secondary">
                      {formatEuros(p.stockValueCents)}
                    </Typography>
                  </Box>
                </Stack>
              </ListItem>
            ))}
          </List>
        </Card>
      </Box>

      <Box component="section" aria-label={t('stock.suppliers.orders')}>
        <Stack
          direction="row"
          sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 1, mb: 1 }}
        >
          <Typography variant="h6" component="h2">
            {t('stock.suppliers.orders')}
          </Typography>
          <Button component={RouterLink} to="/stock/commandes" size="small">
            {t('stock.ordersLink')}
          </Button>
        </Stack>
        {orders.error && (
          <LoadError
            message={t('errors.unexpected')}
            error={orders.error}
            onRetry={() => reloadOrders({ requestPolicy: 'network-only' })}
          />
        )}
        {orders.data?.purchaseOrders.length === 0 && <EmptyList text={t('stock.orders.noOrder')} />}
        <Stack component="ul" aria-label={t('stock.orders.list')} spacing={1} sx={{ p: 0, m: 0 }}>
          {orders.data?.purchaseOrders.map((o) => (
            <OrderRow
              key={o.id}
              order={o}
              showSupplier={false}
              onChanged={(event) => {
                setNotice(t(`stock.orders.${event}`, { reference: o.reference }));
                reloadOrders({ requestPolicy: 'network-only' });
              }}
            />
          ))}
        </Stack>
      </Box>
      {editing && (
        <SupplierDialog
          supplier={supplier}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setNotice(t('stock.suppliers.saved'));
          }}
        />
      )}
      <Snackbar
        open={notice !== null}
        autoHideDuration={5000}
        onClose={() => setNotice(null)}
        message={notice ?? ''}
      />
    </Stack>
  );
}
