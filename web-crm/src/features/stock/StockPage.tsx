import Add from '@mui/icons-material/Add';
import Inventory2Outlined from '@mui/icons-material/Inventory2Outlined';
import LocalShippingOutlined from '@mui/icons-material/LocalShippingOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Drawer from '@mui/material/Drawer';
import FormControlLabel from '@mui/material/FormControlLabel';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { useClient, useQuery, useSubscription } from 'urql';
import {
  ProductMovementsDocument,
  StockChangedDocument,
  StockProductsDocument,
  StockValuationDocument,
  type ProductKind,
  type StockProductFieldsFragment,
} from '../../gql/graphql';
import { formatEuros } from '@serenaia/shared/format';
import { dayInterval, isLocalDate, localDateOf } from '@serenaia/shared/paris-time';
import { useInstitute } from '../institute';
import { formatDateTime, formatShortDate } from '../../shared/date-format';
import { EmptyList, ListStatus, LoadError, Page, PageHeader } from '../../shared/page';
import { usePermissions } from '../../shared/permissions';
import { MovementDialog, type ManualKind } from './MovementDialog';
import { ProductDialog } from './ProductDialog';
import { looksLikeBarcode } from './stock-input';

type Product = StockProductFieldsFragment;

/** The stock list: search (a scanned barcode opens the product), filters, value, and the product drawer. */
export function StockPage() {
  const { t } = useTranslation();
  const institute = useInstitute();
  const client = useClient();
  const { can } = usePermissions();
  const [search, setSearch] = useState('');
  const [lowOnly, setLowOnly] = useState(false);
  const [kind, setKind] = useState<ProductKind | ''>('');
  const [openId, setOpenId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** The product dialog: 'new', a product being edited, or closed. */
  const [editing, setEditing] = useState<'new' | Product | null>(null);
  const filter = useMemo(
    () => ({
      search: search.trim() === '' || looksLikeBarcode(search) ? null : search.trim(),
      lowStock: lowOnly || null,
      kind: kind === '' ? null : kind,
    }),
    [search, lowOnly, kind],
  );
  const [{ data, error, fetching }, reload] = useQuery({
    query: StockProductsDocument,
    variables: { filter, page: { limit: 200 } },
  });
  useSubscription({ query: StockChangedDocument });
  const products = data?.products.items ?? [];
  const open = products.find((p) => p.id === openId) ?? null;
  const total = products.reduce((s, p) => s + p.stockValueCents, 0);

  /** A scanner types the code and Enter: open the product it names. */
  const onSearchKey = async (key: string) => {
    if (key !== 'Enter' || !looksLikeBarcode(search)) return;
    const result = await client
      .query(StockProductsDocument, { filter: { search: search.trim() }, page: { limit: 1 } })
      .toPromise();
    const found = result.data?.products.items[0];
    if (found) {
      setOpenId(found.id);
      setSearch('');
    } else setNotice(t('stock.unknownBarcode', { code: search.trim() }));
  };

  return (
    <Page maxWidth={1100} pageTitle={t('stock.pageTitle')} institute={institute.institute?.name}>
      <PageHeader
        title={t('stock.title')}
        subtitle={t('stock.subtitle')}
        actions={
          <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
            {can('upsertProduct') && (
              <Button variant="contained" startIcon={<Add />} onClick={() => setEditing('new')}>
                {t('stock.product.new')}
              </Button>
            )}
            {can('purchaseOrders') && (
              <Button
                component={RouterLink}
                to="/stock/commandes"
                variant="outlined"
                startIcon={<LocalShippingOutlined />}
              >
                {t('stock.ordersLink')}
              </Button>
            )}
            {can('importProducts') && (
              <Button
                component={RouterLink}
                to="/stock/import"
                variant="outlined"
                startIcon={<UploadFileOutlined />}
              >
                {t('stock.importLink')}
              </Button>
            )}
            <Button
              component={RouterLink}
              to="/stock/inventaire"
              variant="outlined"
              startIcon={<Inventory2Outlined />}
            >
              {t('stock.counting.open')}
            </Button>
          </Stack>
        }
        sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}
      />
      <Card component="section" aria-label={t('stock.search')} sx={{ mb: 2 }}>
        <CardContent>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
            <TextField
              label={t('stock.search')}
              helperText={t('stock.searchHelp')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              onKeyDown={(e) => void onSearchKey(e.key)}
              sx={{ flexGrow: 1 }}
              type="search"
            />
            <TextField
              select
              label={t('stock.kind')}
              value={kind}
              onChange={(e) => setKind(e.target.value as ProductKind | '')}
              sx={{ minWidth: 170 }}
            >
              <MenuItem value="">{t('stock.allKinds')}</MenuItem>
              {(['RETAIL', 'PROFESSIONAL', 'BOTH'] as const).map((k) => (
                <MenuItem key={k} value={k}>
                  {t(`stock.kinds.${k}`)}
                </MenuItem>
              ))}
            </TextField>
            <FormControlLabel
              control={<Switch checked={lowOnly} onChange={(e) => setLowOnly(e.target.checked)} />}
              label={t('stock.lowOnly')}
            />
          </Stack>
        </CardContent>
      </Card>
      {error && (
        <LoadError
          message={t('errors.unexpected')}
          error={error}
          onRetry={() => reload({ requestPolicy: 'network-only' })}
        />
      )}
      <Stack
        direction="row"
        sx={{ justifyContent: 'space-between', alignItems: 'center', my: 1, flexWrap: 'wrap', gap: 1 }}
      >
        <ListStatus count={t('stock.count', { count: data?.products.total ?? 0 })} refreshing={fetching} />
        <Typography sx={{ fontWeight: 600 }}>
          {t('stock.totalValue', { value: formatEuros(total) })}
        </Typography>
      </Stack>
      {data && products.length === 0 && <EmptyList text={t('stock.empty')} />}
      <Stack spacing={1}>
        {products.map((p) => (
          <ProductRow key={p.id} product={p} onOpen={() => setOpenId(p.id)} />
        ))}
      </Stack>
      <ValuationCard />
      {open && (
        <ProductDrawer
          product={open}
          onEdit={can('upsertProduct') ? () => setEditing(open) : undefined}
          onClose={() => setOpenId(null)}
          onSaved={() => {
            setNotice(t('stock.form.saved'));
            reload({ requestPolicy: 'network-only' });
          }}
        />
      )}
      {editing && (
        <ProductDialog
          product={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setNotice(t('stock.product.saved'));
            setOpenId(saved.id);
            reload({ requestPolicy: 'network-only' });
          }}
        />
      )}
      <Snackbar
        open={notice !== null}
        autoHideDuration={5000}
        onClose={() => setNotice(null)}
        message={notice ?? ''}
      />
    </Page>
  );
}

function QuantityText({ product }: { product: Product }) {
  const { t } = useTranslation();
  return (
    <Typography
      component="span"
      sx={{
        fontWeight: 700,
        fontSize: '1.15rem',
        color: product.quantity < 0 ? 'error.main' : 'text.primary',
      }}
      aria-label={product.quantity < 0 ? t('stock.negative') : undefined}
    >
      {product.quantity} {t(`stock.units.${product.unit}`)}
    </Typography>
  );
}

function ProductRow({ product, onOpen }: { product: Product; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <Card variant="outlined">
      <CardContent
        component="button"
        onClick={onOpen}
        sx={{
          width: '100%',
          textAlign: 'left',
          border: 0,
          background: 'none',
          cursor: 'pointer',
          font: 'inherit',
          display: 'flex',
          gap: 2,
          alignItems: 'center',
          '&:last-child': { pb: 2 },
        }}
      >
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Typography sx={{ fontWeight: 600 }}>{product.name}</Typography>
          <Typography variant="body2" color="text.secondary">
            {[product.brand, product.content, t(`stock.kinds.${product.kind}`)].filter(Boolean).join(' · ')}
          </Typography>
        </Box>
        {product.lowStock && <Chip size="small" color="warning" label={t('stock.lowChip')} />}
        <Box sx={{ textAlign: 'right', flexShrink: 0 }}>
          <QuantityText product={product} />
          <Typography variant="body2" color="text.secondary">
            {formatEuros(product.stockValueCents)}
          </Typography>
        </Box>
      </CardContent>
    </Card>
  );
}

function ProductDrawer({
  product,
  onEdit,
  onClose,
  onSaved,
}: {
  product: Product;
  /** Absent: the role may not edit the catalogue. */
  onEdit?: () => void;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<ManualKind | null>(null);
  const [{ data }, reload] = useQuery({
    query: ProductMovementsDocument,
    variables: { filter: { productId: product.id } },
    requestPolicy: 'cache-and-network',
  });
  return (
    <Drawer
      anchor="right"
      open
      onClose={onClose}
      slotProps={{ paper: { sx: { width: { xs: '100%', sm: 460 }, p: 3 } } }}
    >
      <Stack spacing={2}>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start' }}>
          <Box>
            <Typography variant="h5" component="h2">
              {product.name}
            </Typography>
            <Typography color="text.secondary">
              {[product.brand, product.content].filter(Boolean).join(' · ')}
            </Typography>
          </Box>
          <Stack direction="row" spacing={1}>
            {onEdit && <Button onClick={onEdit}>{t('stock.product.edit')}</Button>}
            <Button onClick={onClose}>{t('stock.drawer.close')}</Button>
          </Stack>
        </Stack>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <QuantityText product={product} />
          {product.lowStock && <Chip size="small" color="warning" label={t('stock.lowChip')} />}
          <Typography color="text.secondary">{formatEuros(product.stockValueCents)}</Typography>
        </Stack>
        <Box
          component="dl"
          sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.5 }}
        >
          <Typography component="dt" color="text.secondary">
            {t('stock.drawer.barcode')}
          </Typography>
          <Typography component="dd" sx={{ m: 0 }}>
            {product.barcode ?? '—'}
          </Typography>
          <Typography component="dt" color="text.secondary">
            {t('stock.drawer.supplier')}
          </Typography>
          <Typography component="dd" sx={{ m: 0 }}>
            {product.supplier?.name ?? '—'}
          </Typography>
          <Typography component="dt" color="text.secondary">
            {t('stock.drawer.threshold')}
          </Typography>
          <Typography component="dd" sx={{ m: 0 }}>
            {product.threshold ?? '—'}
          </Typography>
          <Typography component="dt" color="text.secondary">
            {t('stock.drawer.averageCost')}
          </Typography>
          <Typography component="dd" sx={{ m: 0 }}>
            {formatEuros(product.averageCostCents)}
          </Typography>
        </Box>
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1 }}>
          <Button variant="contained" onClick={() => setForm('RECEIPT')}>
            {t('stock.drawer.delivery')}
          </Button>
          <Button variant="outlined" onClick={() => setForm('ADJUSTMENT')}>
            {t('stock.drawer.adjustment')}
          </Button>
          <Button variant="outlined" color="warning" onClick={() => setForm('LOSS')}>
            {t('stock.drawer.loss')}
          </Button>
        </Stack>
        <Typography variant="h6" component="h3">
          {t('stock.drawer.history')}
        </Typography>
        {data?.stockMovements.items.length === 0 && (
          <Typography color="text.secondary">{t('stock.drawer.noHistory')}</Typography>
        )}
        <List dense disablePadding>
          {data?.stockMovements.items.map((m) => (
            <ListItem key={m.id} disableGutters divider>
              <ListItemText
                primary={`${t(`stock.movement.${m.kind}`)} ${m.quantity > 0 ? '+' : ''}${m.quantity} → ${m.quantityAfter}`}
                secondary={[formatDateTime(m.occurredAt), m.reason].filter(Boolean).join(' · ')}
              />
            </ListItem>
          ))}
        </List>
      </Stack>
      {form && (
        <MovementDialog
          product={product}
          kind={form}
          onClose={() => setForm(null)}
          onSaved={() => {
            setForm(null);
            reload({ requestPolicy: 'network-only' });
            onSaved();
          }}
        />
      )}
    </Drawer>
  );
}

function ValuationCard() {
  const { t } = useTranslation();
  const [day, setDay] = useState(localDateOf(Date.now()));
  const [asked, setAsked] = useState<string | null>(null);
  const at = asked !== null && isLocalDate(asked) ? new Date(dayInterval(asked).end - 1).toISOString() : null;
  const [{ data, error }] = useQuery({
    query: StockValuationDocument,
    variables: { at: at ?? '' },
    pause: at === null,
  });
  return (
    <Card variant="outlined" sx={{ mt: 3 }}>
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
          {t('stock.valuation.title')}
        </Typography>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 2 }}>
          <TextField
            type="date"
            label={t('stock.valuation.date')}
            value={day}
            onChange={(e) => setDay(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <Button variant="outlined" onClick={() => setAsked(day)}>
            {t('stock.valuation.show')}
          </Button>
        </Stack>
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error.message}
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
