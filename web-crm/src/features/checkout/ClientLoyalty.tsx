import CardGiftcardOutlined from '@mui/icons-material/CardGiftcardOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatEuros } from '@serenaia/shared/format';
import { CheckoutLoyaltyDocument, type LoyaltyRewardKind } from '../../gql/graphql';
import type { CheckoutState } from './useCheckoutSale';

interface Reward {
  code: string;
  name: string;
  points: number;
  kind: LoyaltyRewardKind;
  amountCents?: number | null;
}

/**
 * An amount off larger than the ticket: the server refuses it (never a negative total, never points
 * spent for part of a reward), so the till does not offer it and says why. A service offered is
 * checked by the server, which knows its price.
 */
function aboveTicket(reward: Reward, totalCents: number): boolean {
  return reward.kind === 'AMOUNT_OFF' && (reward.amountCents ?? 0) > totalCents;
}

/**
 * The attached client's points at the till and the rewards they pay for: a reward goes on the ticket
 * only once the client's consent is ticked in the confirmation, and only when the ticket holds at
 * least its value.
 */
export function ClientLoyalty({ clientId, checkout }: { clientId: string; checkout: CheckoutState }) {
  const { t } = useTranslation();
  const [{ data }, refetch] = useQuery({
    query: CheckoutLoyaltyDocument,
    variables: { clientId },
    requestPolicy: 'cache-and-network',
  });
  const [chosen, setChosen] = useState<Reward | null>(null);
  const [consent, setConsent] = useState(false);
  const account = data?.loyaltyAccount;
  if (!account) return null;
  const totalCents = checkout.sale?.totalInclCents ?? 0;
  const tooBig = account.availableRewards.find((r) => aboveTicket(r, totalCents));
  const close = () => {
    setChosen(null);
    setConsent(false);
  };
  const confirm = async () => {
    if (chosen === null) return;
    const done = await checkout.redeemReward(chosen.code);
    close();
    if (done !== null) refetch({ requestPolicy: 'network-only' });
  };

  return (
    <Box
      sx={{ mb: 1.5, p: 1.5, borderRadius: 1, bgcolor: 'action.hover' }}
      aria-label={t('checkout.loyalty.label')}
    >
      <Typography variant="body2">
        {t('checkout.loyalty.balance', { count: account.balance, tier: account.tierName })}
      </Typography>
      {account.availableRewards.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('checkout.loyalty.none')}
        </Typography>
      ) : (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 }}>
          {account.availableRewards.map((r) => (
            <Button
              key={r.code}
              variant="outlined"
              size="small"
              startIcon={<CardGiftcardOutlined />}
              sx={{ minHeight: 48 }}
              disabled={checkout.busy || checkout.sale === null || aboveTicket(r, totalCents)}
              aria-describedby={aboveTicket(r, totalCents) ? 'loyalty-ticket-too-small' : undefined}
              onClick={() => setChosen(r)}
            >
              {t('checkout.loyalty.use', { reward: r.name, points: r.points })}
            </Button>
          ))}
        </Box>
      )}
      {tooBig ? (
        <Typography id="loyalty-ticket-too-small" variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('checkout.loyalty.ticketTooSmall', {
            reward: tooBig.name,
            amount: formatEuros(tooBig.amountCents ?? 0),
          })}
        </Typography>
      ) : null}
      <Dialog open={chosen !== null} onClose={close} maxWidth="xs" fullWidth>
        <DialogTitle>{t('checkout.loyalty.confirmTitle')}</DialogTitle>
        <DialogContent>
          <Typography sx={{ mb: 1 }}>
            {chosen
              ? t('checkout.loyalty.confirmBody', { reward: chosen.name, points: chosen.points })
              : null}
          </Typography>
          <FormControlLabel
            control={<Checkbox checked={consent} onChange={(e) => setConsent(e.target.checked)} />}
            label={t('checkout.loyalty.consent')}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={close} sx={{ minHeight: 48 }}>
            {t('checkout.loyalty.cancel')}
          </Button>
          <Button
            variant="contained"
            sx={{ minHeight: 48 }}
            disabled={!consent || checkout.busy}
            onClick={() => void confirm()}
          >
            {t('checkout.loyalty.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
