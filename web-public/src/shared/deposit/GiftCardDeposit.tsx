import CardGiftcardOutlined from '@mui/icons-material/CardGiftcardOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { formatPrice } from '@serenaia/shared/format';
import { CODE_LENGTH, formatTypedCode, parseCode } from '@serenaia/shared/gift-card-code';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { PayDepositWithGiftCardDocument } from '../../gql/graphql';

export interface GiftCardDepositProps {
  /** The booking's manage token. */
  token: string;
  /** The card was debited: what is left to pay online (0: the deposit is paid). */
  onApplied: (remainingCents: number) => void;
}

/**
 * « J’ai une carte cadeau » on the deposit step: the code is checked here with the shared rule (a typo
 * costs no attempt of the limited budget), then the card pays what it can of the deposit at once; the
 * rest, if any, is paid with the usual provider.
 */
export function GiftCardDeposit({ token, onApplied }: GiftCardDepositProps) {
  const { t } = useTranslation();
  const client = useClient();
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [applied, setApplied] = useState<{ covered: number; balance: number; remaining: number } | null>(
    null,
  );

  const apply = async () => {
    const parsed = parseCode(code);
    if (!parsed.ok) {
      setProblem(code.trim() === '' ? t('deposit.giftCard.required') : parsed.message);
      return;
    }
    setProblem(null);
    setBusy(true);
    const result = await client
      .mutation(PayDepositWithGiftCardDocument, { input: { token, code: parsed.code } })
      .toPromise();
    setBusy(false);
    const paid = result.data?.payDepositWithGiftCard;
    if (!paid) {
      setProblem(
        result.error
          ? errorMessage(result.error, {
              network: t('deposit.networkError'),
              unexpected: t('deposit.giftCard.error'),
            })
          : t('deposit.giftCard.error'),
      );
      return;
    }
    setApplied({
      covered: paid.coveredCents,
      balance: paid.cardBalanceCents,
      remaining: paid.remainingCents,
    });
    setCode('');
    setOpen(false);
    onApplied(paid.remainingCents);
  };

  return (
    <Box sx={{ mb: 2.5 }}>
      {applied ? (
        <Alert severity="success" icon={<CardGiftcardOutlined />} sx={{ mb: 2 }} role="status">
          {t('deposit.giftCard.applied', {
            covered: formatPrice(applied.covered),
            balance: formatPrice(applied.balance),
          })}
          {applied.remaining > 0
            ? ` ${t('deposit.giftCard.rest', { amount: formatPrice(applied.remaining) })}`
            : null}
        </Alert>
      ) : null}
      {open ? (
        <Box
          component="form"
          noValidate
          autoComplete="off"
          aria-label={t('deposit.giftCard.formLabel')}
          onSubmit={(e) => {
            e.preventDefault();
            void apply();
          }}
          sx={{
            display: 'flex',
            flexDirection: { xs: 'column', sm: 'row' },
            gap: 1.5,
            alignItems: 'flex-start',
          }}
        >
          <TextField
            label={t('deposit.giftCard.code')}
            placeholder="ABCD-EFGH-JKLM-NPQR"
            value={code}
            onChange={(e) => {
              setCode(formatTypedCode(e.target.value));
              setProblem(null);
            }}
            error={problem !== null}
            helperText={problem ?? t('deposit.giftCard.help')}
            fullWidth
            autoFocus
            slotProps={{
              htmlInput: {
                autoCapitalize: 'characters',
                autoCorrect: 'off',
                spellCheck: false,
                maxLength: CODE_LENGTH + 3,
                style: { fontFamily: 'monospace', letterSpacing: '0.06em' },
              },
            }}
          />
          <Button
            type="submit"
            variant="outlined"
            disabled={busy}
            sx={{ minHeight: 56, whiteSpace: 'nowrap', flexShrink: 0, width: { xs: '100%', sm: 'auto' } }}
          >
            {busy ? t('deposit.giftCard.applying') : t('deposit.giftCard.apply')}
          </Button>
        </Box>
      ) : (
        <Button startIcon={<CardGiftcardOutlined />} onClick={() => setOpen(true)} sx={{ minHeight: 44 }}>
          {t(applied ? 'deposit.giftCard.another' : 'deposit.giftCard.open')}
        </Button>
      )}
    </Box>
  );
}
