import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { formatEuros } from '@serenaia/shared/format';
import { CheckoutCatalogDocument, CheckoutProductByBarcodeDocument } from '../../gql/graphql';
import { catalogItems, isBarcode, type CatalogFilter, type CatalogItem } from './catalog';
import type { CheckoutState } from './useCheckoutSale';

/** Services and products as large tiles, with category chips, a search and the barcode scanner. */
export function CatalogGrid({
  checkout,
  searchRef,
  disabled,
}: {
  checkout: CheckoutState;
  searchRef: RefObject<HTMLInputElement | null>;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const [{ data }] = useQuery({ query: CheckoutCatalogDocument });
  const [filter, setFilter] = useState<CatalogFilter>({ kind: 'ALL' });
  const [search, setSearch] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const items = useMemo(() => catalogItems(data, filter, search), [data, filter, search]);
  const categories = data?.serviceCategories.filter((c) => c.services.length > 0) ?? [];

  const add = (item: CatalogItem) =>
    item.kind === 'SERVICE'
      ? checkout.addLine({ kind: 'SERVICE', referenceId: item.id, quantity: 1 })
      : checkout.addLine({ kind: 'PRODUCT', productId: item.id, quantity: 1 });

  /** A keyboard-wedge scanner types the digits and Enter into this field. */
  const scan = async (code: string) => {
    const known = data?.products.items.find((p) => p.barcode === code);
    const found =
      known ??
      (
        await client.query(CheckoutProductByBarcodeDocument, { search: code }).toPromise()
      ).data?.products.items.find((p) => p.barcode === code);
    if (found === undefined) {
      setNotice(t('checkout.catalog.barcodeUnknown', { code }));
      return;
    }
    setSearch('');
    const added = await checkout.addLine({ kind: 'PRODUCT', productId: found.id, quantity: 1 });
    setNotice(added === null ? null : t('checkout.catalog.addedBarcode', { name: found.name }));
  };

  const chip = (key: string, label: string, value: CatalogFilter) => (
    <Chip
      key={key}
      label={label}
      clickable
      color={JSON.stringify(filter) === JSON.stringify(value) ? 'primary' : 'default'}
      onClick={() => setFilter(value)}
      sx={{ height: 44, fontSize: '1rem', px: 0.5 }}
    />
  );

  return (
    <Card component="section" aria-label={t('checkout.catalog.title')} variant="outlined">
      <CardContent>
        <TextField
          inputRef={searchRef}
          fullWidth
          label={t('checkout.catalog.search')}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setNotice(null);
          }}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            const code = search.trim();
            if (isBarcode(code)) void scan(code);
            else if (items.length === 1 && !disabled) void add(items[0]);
          }}
          slotProps={{ htmlInput: { 'aria-label': t('checkout.catalog.searchLabel'), inputMode: 'search' } }}
          sx={{ mb: 1.5, '& input': { minHeight: 32 } }}
        />
        {notice !== null ? (
          <Typography role="status" variant="body2" sx={{ mb: 1 }}>
            {notice}
          </Typography>
        ) : null}
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 1.5 }}>
          {chip('all', t('checkout.catalog.all'), { kind: 'ALL' })}
          {chip('services', t('checkout.catalog.services'), { kind: 'SERVICE' })}
          {chip('products', t('checkout.catalog.products'), { kind: 'PRODUCT' })}
          {categories.map((c) => chip(c.id, c.name, { kind: 'SERVICE', categoryId: c.id }))}
        </Box>
        {data !== undefined && items.length === 0 ? (
          <Typography color="text.secondary">{t('checkout.catalog.empty')}</Typography>
        ) : null}
        <Box
          role="list"
          sx={{
            display: 'grid',
            gap: 1,
            gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
            maxHeight: { xs: 420, md: 520 },
            overflowY: 'auto',
          }}
        >
          {items.map((item) => (
            <ButtonBase
              key={`${item.kind}-${item.id}`}
              role="listitem"
              aria-label={t('checkout.catalog.add', { name: item.name })}
              disabled={disabled || checkout.busy}
              onClick={() => void add(item)}
              sx={{
                minHeight: 84,
                p: 1.25,
                borderRadius: 2,
                border: 1,
                borderColor: 'divider',
                borderLeft: 6,
                borderLeftColor: item.kind === 'SERVICE' ? 'primary.main' : 'secondary.main',
                display: 'flex',
                flexDirection: 'column',
                alignItems: 'flex-start',
                justifyContent: 'space-between',
                textAlign: 'left',
                bgcolor: 'background.paper',
                '&.Mui-disabled': { opacity: 0.5 },
              }}
            >
              <Typography sx={{ fontWeight: 600, lineHeight: 1.25 }}>{item.name}</Typography>
              <Box sx={{ display: 'flex', width: '100%', justifyContent: 'space-between', mt: 0.5 }}>
                <Typography>{formatEuros(item.priceCents)}</Typography>
                {item.stock !== null ? (
                  <Typography variant="body2" color={item.stock > 0 ? 'text.secondary' : 'error'}>
                    {t('checkout.catalog.stock', { count: item.stock })}
                  </Typography>
                ) : null}
              </Box>
            </ButtonBase>
          ))}
        </Box>
      </CardContent>
    </Card>
  );
}
