import Add from '@mui/icons-material/Add';
import Inventory2Outlined from '@mui/icons-material/Inventory2Outlined';
import LocalShippingOutlined from '@mui/icons-material/LocalShippingOutlined';
import StorefrontOutlined from '@mui/icons-material/StorefrontOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { useClient, useQuery, useSubscription } from 'urql';
import {
  StockChangedDocument,
  StockProductsDocument,
  type ProductKind,
  type StockProductFieldsFragment,
} from '../../gql/graphql';
import { formatEuros } from '@serenaia/shared/format';
import { useInstitute } from '../../shared/institute';
import { EmptyList, ListStatus, LoadError, Page, PageHeader } from '../../shared/page';
import { usePermissions } from '../../shared/permissions';
import { ProductDialog } from './ProductDialog';
import { ProductDrawer } from './ProductDrawer';
import { ProductRow } from './ProductRow';
import { looksLikeBarcode } from './stock-input';
import { ValuationCard } from './ValuationCard';

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
  const [params, setParams] = useSearchParams();
  /** The open product: `?produit=<id>` (a link from the supplier page, or the back button). */
  const openId = params.get('produit');
  const setOpenId = (id: string | null) =>
    setParams(
      (p) => {
        if (id === null) p.delete('produit');
        else p.set('produit', id);
        return p;
      },
      { replace: true },
    );
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
            <Button
              component={RouterLink}
              to="/stock/fournisseurs"
              variant="outlined"
              startIcon={<StorefrontOutlined />}
            >
              {t('stock.suppliersLink')}
            </Button>
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
