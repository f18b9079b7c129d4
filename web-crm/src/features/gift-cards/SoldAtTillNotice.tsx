import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';

/**
 * In place of « Annuler la carte » for an unspent card sold at the till: the server refuses to cancel it
 * alone, because only a credit note on its ticket also gives the buyer's money back in the books.
 */
export function SoldAtTillNotice({ card }: { card: { saleId: string; saleNumber?: number | null } }) {
  const { t } = useTranslation();
  const number = card.saleNumber ?? null;
  return (
    <Alert
      severity="info"
      sx={{ mb: 2 }}
      action={
        <Button color="inherit" size="small" component={RouterLink} to={`/caisse/ventes/${card.saleId}`}>
          {number === null
            ? t('giftCards.detail.openTicketNoNumber')
            : t('giftCards.detail.openTicket', { number })}
        </Button>
      }
    >
      {number === null
        ? t('giftCards.detail.soldAtTillNoNumber')
        : t('giftCards.detail.soldAtTill', { number })}
    </Alert>
  );
}
