import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
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
  // The link sits under the text, not in the Alert's action column, which a phone squeezes to one word a line.
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      {number === null
        ? t('giftCards.detail.soldAtTillNoNumber')
        : t('giftCards.detail.soldAtTill', { number })}
      <Box sx={{ mt: 1 }}>
        <Button
          color="inherit"
          size="small"
          variant="outlined"
          component={RouterLink}
          to={`/caisse/ventes/${card.saleId}`}
        >
          {number === null
            ? t('giftCards.detail.openTicketNoNumber')
            : t('giftCards.detail.openTicket', { number })}
        </Button>
      </Box>
    </Alert>
  );
}
