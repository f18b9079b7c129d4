import TimerOutlined from '@mui/icons-material/TimerOutlined';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { CreateDepositPaymentDocument, DepositStatusDocument } from '../../gql/graphql';
import { formatDateTime, formatPrice } from '@serenaia/shared/format';
import { errorCode, errorMessage } from '@serenaia/shared/graphql-errors';
import { AmountRow, MethodChoice } from './DepositParts';
import { DepositPhaseBody } from './DepositPhaseBody';
import { GiftCardDeposit } from './GiftCardDeposit';
import {
  checkoutMethod,
  confirmationOutcome,
  depositReducer,
  formatCountdown,
  holdCounts,
  holdRemainingMs,
  methodChoices,
  SLOW_CONFIRMATION_POLLS,
  type DepositPhase,
  type OnlineMethod,
} from './deposit-phase';
import { useNow } from './useNow';

const POLL_MS = 1_000;
const SLOW_POLL_MS = 5_000;
/** Under this, the countdown turns red. */
const HURRY_MS = 2 * 60_000;

export interface DepositPaymentProps {
  /** The booking's manage token: the key of every call. */
  token: string;
  depositCents: number;
  totalCents: number;
  holdExpiresAt: string | null;
  /** Where "Choisir un nouveau créneau" leads once the slot is lost. */
  rebookPath: string;
  institutePhone?: string | null;
  /** Open the payment at once (the booking flow) or on the client's request (the manage page). */
  autoStart?: boolean;
  /** Back from a provider's redirect: its verdict (Stripe's `redirect_status`). */
  resume?: 'succeeded' | 'failed' | null;
  /** The booking is confirmed; what was paid for it online (`depositPaidCents`, 0 if nothing). */
  onConfirmed: (paidCents: number) => void;
}

function initialPhase(
  autoStart: boolean,
  resume: DepositPaymentProps['resume'],
  failed: string,
): DepositPhase {
  if (resume === 'succeeded') return { kind: 'confirming' };
  if (resume === 'failed') return { kind: 'failed', reason: failed };
  return autoStart ? { kind: 'starting' } : { kind: 'idle' };
}

/**
 * The deposit step: the amounts, the hold's countdown, the provider's form, then the wait for the
 * booking's confirmation (polled every second) — or a refusal with a retry, or the hold's end.
 */
export function DepositPayment({
  token,
  depositCents,
  totalCents,
  holdExpiresAt,
  rebookPath,
  institutePhone,
  autoStart = true,
  resume = null,
  onConfirmed,
}: DepositPaymentProps) {
  const { t } = useTranslation();
  const client = useClient();
  const titleId = useId();
  const [phase, dispatch] = useReducer(depositReducer, null, (): DepositPhase =>
    initialPhase(autoStart, resume, t('deposit.redirectFailed')),
  );
  const [slow, setSlow] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  /** The method the client chose; null until they choose (the server then picks). */
  const [method, setMethod] = useState<OnlineMethod | null>(null);
  /** What the last opened checkout offered, and with which method it was opened. */
  const [offer, setOffer] = useState<{ methods: OnlineMethod[]; opened: OnlineMethod } | null>(null);
  const counting = holdCounts(phase);
  const now = useNow(counting);
  const holdUntil = (phase.kind === 'ready' ? phase.checkout.holdExpiresAt : null) ?? holdExpiresAt;
  const remaining = holdRemainingMs(holdUntil, now);

  // The hold runs out while the client has not paid: the slot is lost (unless a payment is on its way).
  useEffect(() => {
    if (counting && remaining === 0 && !submitting) dispatch({ type: 'holdOver' });
  }, [counting, remaining, submitting]);

  // Opening (or resuming) the payment. If it cannot be opened, the booking says why.
  useEffect(() => {
    if (phase.kind !== 'starting') return;
    let stopped = false;
    void (async () => {
      const result = await client
        .mutation(CreateDepositPaymentDocument, { input: method === null ? { token } : { token, method } })
        .toPromise();
      if (stopped) return;
      const checkout = result.data?.createDepositPayment;
      if (checkout) {
        setOffer({ methods: methodChoices(checkout.availableMethods), opened: checkoutMethod(checkout) });
        dispatch({ type: 'opened', checkout });
        return;
      }
      const status = await client
        .query(DepositStatusDocument, { token }, { requestPolicy: 'network-only' })
        .toPromise();
      if (stopped) return;
      const booking = status.data?.bookingByToken;
      if (booking && booking.depositPaidCents > 0 && errorCode(result.error) === 'CONFLICT') {
        // Already paid (another tab, an earlier attempt): confirmed, or about to be.
        if (booking.status === 'CONFIRMED')
          dispatch({ type: 'bookingConfirmed', paidCents: booking.depositPaidCents });
        else dispatch({ type: 'alreadyPaid' });
      } else if (
        booking?.status === 'CANCELLED' ||
        holdRemainingMs(booking?.holdExpiresAt, Date.now()) === 0
      ) {
        dispatch({ type: 'bookingReleased' });
      } else {
        dispatch({
          type: 'openFailed',
          message: result.error
            ? errorMessage(result.error, {
                network: t('deposit.networkError'),
                unexpected: t('deposit.errorGeneric'),
              })
            : t('deposit.errorGeneric'),
        });
      }
    })();
    return () => {
      stopped = true;
    };
  }, [phase.kind, client, token, method, t]);

  // Paid: the booking is confirmed by a background job within a second or two.
  useEffect(() => {
    if (phase.kind !== 'confirming') return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let polls = 0;
    let cancelledChecks = 0;
    const check = async () => {
      const result = await client
        .query(DepositStatusDocument, { token }, { requestPolicy: 'network-only' })
        .toPromise();
      if (stopped) return;
      polls += 1;
      const booking = result.data?.bookingByToken;
      const status = booking?.status;
      const outcome = confirmationOutcome(status, cancelledChecks);
      if (status === 'CANCELLED') cancelledChecks += 1;
      if (outcome === 'confirmed')
        dispatch({ type: 'bookingConfirmed', paidCents: booking?.depositPaidCents ?? 0 });
      else if (outcome === 'released') dispatch({ type: 'bookingReleased' });
      else {
        if (polls >= SLOW_CONFIRMATION_POLLS) setSlow(true);
        timer = setTimeout(() => void check(), polls >= SLOW_CONFIRMATION_POLLS ? SLOW_POLL_MS : POLL_MS);
      }
    };
    void check();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [phase.kind, client, token]);

  const announced = useRef(false);
  const paidCents = phase.kind === 'confirmed' ? phase.paidCents : null;
  useEffect(() => {
    if (paidCents === null || announced.current) return;
    announced.current = true;
    onConfirmed(paidCents);
  }, [paidCents, onConfirmed]);

  const amount = formatPrice(depositCents);
  // What gift cards already paid of it (known once a checkout is open), and what is left to pay now.
  const giftCardCents = phase.kind === 'ready' ? phase.checkout.giftCardCents : 0;
  const rest = Math.max(0, totalCents - depositCents);
  const showAmounts = counting || phase.kind === 'confirming';
  return (
    <Card
      component="section"
      aria-labelledby={titleId}
      sx={{ mb: 3, border: 2, borderColor: counting ? 'primary.light' : 'divider' }}
    >
      <CardContent sx={{ p: { xs: 2.5, md: 3.5 } }}>
        <Box
          sx={{
            display: 'flex',
            flexWrap: 'wrap',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 1,
            mb: 1,
          }}
        >
          <Typography id={titleId} variant="h6" component="h2">
            {t('deposit.title')}
          </Typography>
          {counting && remaining !== null ? (
            <Chip
              role="timer"
              icon={<TimerOutlined />}
              label={t('deposit.holdCountdown', { time: formatCountdown(remaining) })}
              color={remaining < HURRY_MS ? 'error' : 'warning'}
              variant="outlined"
              sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}
            />
          ) : null}
        </Box>
        {counting && holdUntil ? (
          <Typography color="text.secondary" sx={{ mb: 1.5 }}>
            {t('deposit.intro', { until: formatDateTime(holdUntil), amount })}
          </Typography>
        ) : null}
        {showAmounts ? (
          <>
            <Box component="dl" sx={{ m: 0, mb: 2 }}>
              {giftCardCents > 0 ? (
                <AmountRow label={t('deposit.giftCard.paidRow')} amount={`− ${formatPrice(giftCardCents)}`} />
              ) : null}
              <AmountRow
                label={t('deposit.dueNow')}
                amount={formatPrice(depositCents - giftCardCents)}
                strong
              />
              {rest > 0 ? <AmountRow label={t('deposit.dueLater')} amount={formatPrice(rest)} /> : null}
            </Box>
            <Divider sx={{ mb: 2.5 }} />
          </>
        ) : null}
        {offer !== null && offer.methods.length > 0 && counting && phase.kind !== 'idle' ? (
          <MethodChoice
            methods={offer.methods}
            value={method ?? offer.opened}
            onChange={(chosen) => {
              setMethod(chosen);
              dispatch({ type: 'changeMethod' });
            }}
          />
        ) : null}
        {/* Kept while the checkout for the rest opens, so that what the card paid stays said. */}
        {phase.kind === 'ready' || phase.kind === 'starting' ? (
          <GiftCardDeposit
            token={token}
            onApplied={(remainingCents) => dispatch({ type: remainingCents === 0 ? 'paid' : 'changeMethod' })}
          />
        ) : null}
        <DepositPhaseBody
          phase={phase}
          dispatch={dispatch}
          token={token}
          amount={amount}
          holdUntil={holdUntil}
          slow={slow}
          rebookPath={rebookPath}
          institutePhone={institutePhone}
          onSubmitting={setSubmitting}
        />
      </CardContent>
    </Card>
  );
}
