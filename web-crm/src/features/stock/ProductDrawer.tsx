import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Drawer from '@mui/material/Drawer';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { useQuery } from 'urql';
import { ProductMovementsDocument, type StockProductFieldsFragment } from '../../gql/graphql';
import { formatEuros } from '@serenaia/shared/format';
import { formatDateTime } from '../../shared/date-format';
import { MovementDialog, type ManualKind } from './MovementDialog';
import { QuantityText } from './ProductRow';
import { QuantityChart } from './QuantityChart';

type Product = StockProductFieldsFragment;

/** One product: figures, delivery / adjustment / loss, the quantity chart and the movement history. */
export function ProductDrawer({
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
  const [now] = useState(() => Date.now());
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
      // Above the desktop app bar (which sits above the navigation drawer).
      sx={(theme) => ({ zIndex: theme.zIndex.modal })}
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
            {product.supplier ? (
              <Link component={RouterLink} to={`/stock/fournisseurs/${product.supplier.id}`}>
                {product.supplier.name}
              </Link>
            ) : (
              '—'
            )}
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
        {data && data.stockMovements.items.length > 0 && (
          <>
            <Typography variant="h6" component="h3">
              {t('stock.chart.title')}
            </Typography>
            <QuantityChart
              movements={data.stockMovements.items}
              quantity={product.quantity}
              threshold={product.threshold}
              unit={product.unit}
              now={now}
              partial={data.stockMovements.total > data.stockMovements.items.length}
            />
          </>
        )}
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
