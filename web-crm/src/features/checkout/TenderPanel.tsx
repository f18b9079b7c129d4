import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '@serenaia/shared/format';
import { formatTypedCode, parseCode } from '@serenaia/shared/gift-card-code';
import { changeFor, pressKey, quickCashAmounts } from './cash';
import { CashKeypad } from './CashKeypad';
import { ReaderTender } from './ReaderTender';
import { TenderList } from './TenderList';
import { TENDER_CHOICES, TENDER_LABEL_KEYS, type TenderChoice } from './tender-kinds';
import type { CheckoutState } from './useCheckoutSale';

export interface TenderHandle {
  payExactCash: () => void;
  payTyped: () => void;
}

const big = { minHeight: 60, fontSize: '1.1rem' } as const;

/**
 * Paying the ticket: one tender at a time (cash with the keypad and quick amounts, the card reader,
 * another terminal, cheque, transfer, the booking's deposit). What is left to pay is always shown; a
 * declined card leaves the other tenders as they are.
 */
export function TenderPanel({
  checkout,
  handle,
}: {
  checkout: CheckoutState;
  handle: RefObject<TenderHandle | null>;
}) {
  const { t } = useTranslation();
  const sale = checkout.sale;
  const left = sale?.leftToPayCents ?? 0;
  const [kind, setKind] = useState<TenderChoice>('CASH');
  // The typed amount; null: what is left to pay (or the deposit available).
  const [typed, setTyped] = useState<number | null>(null);
  const [reference, setReference] = useState('');
  // A gift card's code problem, found in the browser before the server is asked (a typo, a length).
  const [codeProblem, setCodeProblem] = useState<string | null>(null);
  const depositAvailable = sale?.depositAvailableCents ?? 0;
  const suggested = kind === 'DEPOSIT' ? Math.min(left, depositAvailable) : left;
  const amount = typed ?? suggested;
  const canPay = sale !== null && sale.lines.length > 0 && left > 0 && !checkout.busy;

  // A new ticket or a new amount left starts from what is left.
  useEffect(() => setTyped(null), [sale?.id, left, kind]);

  const pay = async (tenderKind: TenderChoice, amountCents: number, readerId?: string) => {
    if (!canPay || amountCents <= 0) return;
    if (tenderKind === 'GIFT_CARD') {
      const parsed = parseCode(reference);
      setCodeProblem(parsed.ok ? null : parsed.message);
      if (!parsed.ok) return;
    }
    const done = await checkout.pay({
      kind: tenderKind,
      amountCents,
      readerId: readerId ?? null,
      reference: reference.trim() || null,
    });
    if (done !== null) {
      setTyped(null);
      setReference('');
      setCodeProblem(null);
    }
  };

  useEffect(() => {
    handle.current = {
      payExactCash: () => void pay('CASH', left),
      payTyped: () => {
        if (kind !== 'CARD_TERMINAL') void pay(kind, amount);
      },
    };
  });

  const choices = TENDER_CHOICES.filter((k) => k !== 'DEPOSIT' || depositAvailable > 0);
  return (
    <Card component="section" aria-label={t('checkout.tender.title')} variant="outlined">
      <CardContent sx={{ display: 'grid', gap: 1.5 }}>
        <Typography variant="h6" component="h2">
          {t('checkout.tender.title')}
        </Typography>
        <Box
          sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}
          data-testid="tender-left"
        >
          <Typography sx={{ fontWeight: 700, fontSize: '1.2rem' }}>{t('checkout.cart.left')}</Typography>
          <Typography sx={{ fontWeight: 700, fontSize: '1.6rem' }}>{formatEuros(left)}</Typography>
        </Box>
        <ToggleButtonGroup
          exclusive
          color="primary"
          value={kind}
          onChange={(_, k: TenderChoice | null) => k && setKind(k)}
          sx={{
            display: 'grid',
            gridTemplateColumns: 'repeat(3, 1fr)',
            gap: 0.5,
            '& .MuiToggleButton-root': { border: 1, borderColor: 'divider', borderRadius: 1 },
          }}
        >
          {choices.map((k) => (
            <ToggleButton key={k} value={k} sx={{ minHeight: 52, minWidth: 0, lineHeight: 1.2, px: 0.5 }}>
              {t(TENDER_LABEL_KEYS[k])}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        {sale !== null ? <TenderList sale={sale} /> : null}
        {kind === 'CARD_TERMINAL' && sale !== null ? (
          <ReaderTender
            sale={sale}
            amountCents={amount}
            canSend={canPay}
            busy={checkout.busy}
            onSend={(readerId) => void pay('CARD_TERMINAL', amount, readerId)}
            onCancel={(tenderId) => void checkout.cancelTender(tenderId)}
          />
        ) : null}
        {kind !== 'CARD_TERMINAL' ? (
          <>
            <TextField
              label={kind === 'CASH' ? t('checkout.tender.given') : t('checkout.tender.amount')}
              value={formatEuros(amount)}
              slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'tender-amount' } }}
              sx={{ '& input': { fontSize: '1.4rem', textAlign: 'right' } }}
            />
            {kind === 'CASH' ? (
              <>
                <Box
                  role="group"
                  aria-label={t('checkout.tender.quick')}
                  sx={{ display: 'flex', gap: 0.75, flexWrap: 'wrap' }}
                >
                  {quickCashAmounts(left).map((cents) => (
                    <Button
                      key={cents}
                      variant="outlined"
                      sx={{ minHeight: 48, flex: '1 0 auto' }}
                      disabled={!canPay}
                      onClick={() => setTyped(cents)}
                    >
                      {cents === left ? t('checkout.tender.exact') : formatEuros(cents)}
                    </Button>
                  ))}
                </Box>
                <Typography role="status" sx={{ fontSize: '1.15rem' }}>
                  {t('checkout.tender.changeToGive', { amount: formatEuros(changeFor(left, amount)) })}
                </Typography>
              </>
            ) : null}
            {kind === 'GIFT_CARD' ? (
              <TextField
                label={t('checkout.tender.giftCardCode')}
                value={reference}
                onChange={(e) => {
                  setReference(formatTypedCode(e.target.value));
                  setCodeProblem(null);
                }}
                error={codeProblem !== null}
                helperText={codeProblem ?? t('checkout.tender.giftCardCodeHelp')}
                slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false, inputMode: 'text' } }}
              />
            ) : null}
            {kind === 'CHEQUE' || kind === 'TRANSFER' || kind === 'CARD_OTHER' ? (
              <TextField
                label={t('checkout.tender.reference')}
                value={reference}
                onChange={(e) => setReference(e.target.value)}
              />
            ) : null}
            <CashKeypad disabled={!canPay} onKey={(key) => setTyped(pressKey(typed ?? 0, key))} />
            <Button
              variant="contained"
              sx={big}
              disabled={!canPay || amount <= 0}
              onClick={() => void pay(kind, amount)}
            >
              {checkout.busy
                ? t('checkout.tender.paying')
                : kind === 'CASH'
                  ? t('checkout.tender.payCash', { amount: formatEuros(amount) })
                  : t('checkout.tender.pay', { amount: formatEuros(amount) })}
            </Button>
          </>
        ) : null}
      </CardContent>
    </Card>
  );
}
