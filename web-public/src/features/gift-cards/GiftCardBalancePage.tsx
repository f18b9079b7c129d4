import CardGiftcardOutlined from '@mui/icons-material/CardGiftcardOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Container from '@mui/material/Container';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { formatEuros, formatLongDate } from '@serenaia/shared/format';
import { CODE_LENGTH, formatTypedCode, parseCode } from '@serenaia/shared/gift-card-code';
import { GiftCardBalanceDocument } from '../../gql/graphql';
import { SitePage } from '../../shared/site';
import { balanceAnswer, type BalanceAnswer } from './balance-answer';

/**
 * `/cartes-cadeaux/solde`: anyone holding a card checks what is left on it and until when. The code is
 * checked here as the server checks it (a typo never costs one of the limited attempts); the server
 * answers only the balance and the expiry, and the same words for every code it will not tell about.
 */
export function GiftCardBalancePage() {
  const { t } = useTranslation();
  const client = useClient();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [answer, setAnswer] = useState<BalanceAnswer | null>(null);
  const [busy, setBusy] = useState(false);

  const check = async () => {
    const parsed = parseCode(code);
    setAnswer(null);
    if (!parsed.ok) {
      setProblem(code.trim() === '' ? t('giftCardBalance.required') : parsed.message);
      return;
    }
    setProblem(null);
    setBusy(true);
    const result = await client.query(
      GiftCardBalanceDocument,
      { code: parsed.code },
      { requestPolicy: 'network-only' },
    );
    setBusy(false);
    setAnswer(balanceAnswer(result, Date.now()));
  };

  return (
    <SitePage title={t('giftCardBalance.pageTitle')}>
      <Container maxWidth="sm" sx={{ py: { xs: 4, md: 7 } }}>
        <Box sx={{ textAlign: 'center', mb: 3 }}>
          <CardGiftcardOutlined color="primary" sx={{ fontSize: 48, mb: 1 }} aria-hidden />
          <Typography variant="h3" component="h1" sx={{ fontSize: { xs: '2rem', md: '2.6rem' }, mb: 1 }}>
            {t('giftCardBalance.title')}
          </Typography>
          <Typography color="text.secondary">{t('giftCardBalance.intro')}</Typography>
        </Box>
        <Card>
          <CardContent
            component="form"
            noValidate
            autoComplete="off"
            onSubmit={(e) => {
              e.preventDefault();
              void check();
            }}
            sx={{ display: 'flex', flexDirection: 'column', gap: 2, p: { xs: 2.5, sm: 3 } }}
          >
            <TextField
              label={t('giftCardBalance.code')}
              placeholder="ABCD-EFGH-JKLM-NPQR"
              value={code}
              onChange={(e) => {
                setCode(formatTypedCode(e.target.value));
                setProblem(null);
              }}
              error={problem !== null}
              helperText={problem ?? t('giftCardBalance.codeHelp')}
              fullWidth
              slotProps={{
                htmlInput: {
                  autoCapitalize: 'characters',
                  autoCorrect: 'off',
                  spellCheck: false,
                  // 16 symbols and their 3 dashes.
                  maxLength: CODE_LENGTH + 3,
                  style: { fontFamily: 'monospace', fontSize: '1.15rem', letterSpacing: '0.06em' },
                },
              }}
            />
            <Button type="submit" variant="contained" size="large" disabled={busy} sx={{ minHeight: 48 }}>
              {busy ? t('giftCardBalance.checking') : t('giftCardBalance.submit')}
            </Button>
          </CardContent>
        </Card>
        <Box aria-live="polite" sx={{ mt: 3 }}>
          {answer ? <Answer answer={answer} /> : null}
        </Box>
      </Container>
    </SitePage>
  );
}

function Answer({ answer }: { answer: BalanceAnswer }) {
  const { t } = useTranslation();
  switch (answer.kind) {
    case 'FOUND':
      return (
        <Card variant="outlined" sx={{ textAlign: 'center' }} role="status">
          <CardContent sx={{ py: 3 }}>
            <Typography color="text.secondary">{t('giftCardBalance.balance')}</Typography>
            <Typography variant="h3" component="p" sx={{ fontWeight: 600, my: 1 }}>
              {formatEuros(answer.balanceCents)}
            </Typography>
            <Typography color={answer.expired ? 'error' : 'text.secondary'}>
              {t(answer.expired ? 'giftCardBalance.expiredOn' : 'giftCardBalance.validUntil', {
                date: formatLongDate(answer.lastValidInstant),
              })}
            </Typography>
          </CardContent>
        </Card>
      );
    case 'NOT_FOUND':
      return (
        <Alert severity="warning" role="alert">
          {t('giftCardBalance.notFound')}
        </Alert>
      );
    case 'SLOW_DOWN':
      return (
        <Alert severity="info" role="alert">
          <AlertTitle>{t('giftCardBalance.slowDownTitle')}</AlertTitle>
          {t('giftCardBalance.slowDown', { delay: answer.retryIn })}
        </Alert>
      );
    case 'ERROR':
      return (
        <Alert severity="error" role="alert">
          {t('giftCardBalance.error')}
        </Alert>
      );
  }
}
