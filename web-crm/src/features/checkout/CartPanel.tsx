import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CheckoutCatalogDocument, type DiscountKind } from '../../gql/graphql';
import { CartLine } from './CartLine';
import { CartTotals } from './CartTotals';
import { ClientPicker } from './ClientPicker';
import { DiscountDialog } from './DiscountDialog';
import { discountText } from './discount-text';
import type { CheckoutState } from './useCheckoutSale';

/** The ticket: its client, its lines, the ticket discount, the totals; park it or start a new one. */
export function CartPanel({
  checkout,
  clientRef,
}: {
  checkout: CheckoutState;
  clientRef: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: CheckoutCatalogDocument });
  const practitioners = data?.practitioners ?? [];
  // The line discounted, or 'ticket'.
  const [discounting, setDiscounting] = useState<string | null>(null);
  const sale = checkout.sale;
  const lines = sale?.lines ?? [];
  const target = discounting === 'ticket' ? null : lines.find((l) => l.id === discounting);

  const apply = async (kind: DiscountKind, value: number, reason: string) =>
    (await checkout.discount({ lineId: target?.id ?? null, kind, value, reason })) !== null;

  return (
    <Card component="section" aria-label={t('checkout.cart.title')} variant="outlined">
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
          <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
            {t('checkout.cart.title')}
          </Typography>
          {sale !== null ? (
            <>
              <Button
                sx={{ minHeight: 48 }}
                disabled={checkout.busy || sale.pendingCents > 0}
                onClick={() => void checkout.park()}
              >
                {t('checkout.cart.park')}
              </Button>
            </>
          ) : null}
        </Box>
        <ClientPicker checkout={checkout} inputRef={clientRef} />
        {lines.length === 0 ? (
          <Typography color="text.secondary" sx={{ py: 2 }}>
            {t('checkout.cart.empty')}
          </Typography>
        ) : (
          <Box component="ul" sx={{ m: 0, p: 0 }} aria-label={t('checkout.cart.title')}>
            {lines.map((line) => (
              <CartLine
                key={line.id}
                line={line}
                practitioners={practitioners}
                busy={checkout.busy}
                onQuantity={(quantity) => void checkout.updateLine({ lineId: line.id, quantity })}
                onPractitioner={(practitionerId) =>
                  void checkout.updateLine({ lineId: line.id, practitionerId })
                }
                onDiscount={() => {
                  checkout.dismissError();
                  setDiscounting(line.id);
                }}
                onRemove={() => void checkout.removeLine(line.id)}
              />
            ))}
          </Box>
        )}
        {sale !== null && lines.length > 0 ? (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, my: 1 }}>
            <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
              {sale.ticketDiscount
                ? `${t('checkout.cart.ticketDiscount')} ${discountText(sale.ticketDiscount)}`
                : ''}
            </Typography>
            <Button
              variant="outlined"
              sx={{ minHeight: 48 }}
              disabled={checkout.busy}
              onClick={() => {
                checkout.dismissError();
                setDiscounting('ticket');
              }}
            >
              {t('checkout.cart.ticketDiscount')}
            </Button>
          </Box>
        ) : null}
        {sale !== null ? <CartTotals sale={sale} /> : null}
      </CardContent>
      {discounting !== null && (discounting === 'ticket' || target !== undefined) ? (
        <DiscountDialog
          title={
            target
              ? t('checkout.cart.lineDiscount', { label: target.label })
              : t('checkout.cart.ticketDiscount')
          }
          hasDiscount={
            target ? target.discount !== null && target.discount !== undefined : !!sale?.ticketDiscount
          }
          error={checkout.error}
          onApply={apply}
          onClose={() => setDiscounting(null)}
        />
      ) : null}
    </Card>
  );
}
