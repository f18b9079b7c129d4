import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { StockProductFieldsFragment } from '../../gql/graphql';
import { formatEuros } from '@serenaia/shared/format';

type Product = StockProductFieldsFragment;

/** "12 u.", in red when negative. */
export function QuantityText({ product }: { product: Pick<Product, 'quantity' | 'unit'> }) {
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

export function ProductRow({ product, onOpen }: { product: Product; onOpen: () => void }) {
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
