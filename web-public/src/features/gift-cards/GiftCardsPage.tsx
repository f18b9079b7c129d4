import CardGiftcardOutlined from '@mui/icons-material/CardGiftcardOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { formatPrice } from '@serenaia/shared/format';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { INSTITUTE_TIME_ZONE, localDateOf } from '@serenaia/shared/time';
import { GiftCardShopDocument, PurchaseGiftCardDocument } from '../../gql/graphql';
import { SitePage } from '../../shared/site';
import { GiftCardChoice } from './GiftCardChoice';
import { GiftCardPayment } from './GiftCardPayment';
import { GiftCardPeople } from './GiftCardPeople';
import {
  chosenValueCents,
  EMPTY_FORM,
  formProblems,
  giftCardOrderPath,
  toPurchaseInput,
  type GiftCardPurchase,
} from './gift-card-form';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 }, mb: 3, borderRadius: 3 }}>
      <Typography variant="h5" component="h2" sx={{ mb: 2 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/** `/cartes-cadeaux`: choose, personalise and pay a gift card (online or by bank transfer). */
export function GiftCardsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data, error }] = useQuery({ query: GiftCardShopDocument });
  const [{ fetching }, purchase] = useMutation(PurchaseGiftCardDocument);
  const [form, setForm] = useState(EMPTY_FORM);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  /** A typed delivery day that is not a date: the form holds no day, and is not sent. */
  const [badDeliverOn, setBadDeliverOn] = useState(false);
  const [bought, setBought] = useState<GiftCardPurchase | null>(null);
  const today = useMemo(() => localDateOf(Date.now(), INSTITUTE_TIME_ZONE), []);
  /** One key per submission: a double click (or a retry) finds the order the first click created. */
  const orderKey = useRef(crypto.randomUUID());
  /** Set synchronously: a second click before React re-renders the disabled button sends nothing. */
  const submitting = useRef(false);

  const shop = data?.giftCardShop;
  const services = data?.services ?? [];
  const methods = shop?.methods ?? [];
  const value = chosenValueCents(form, services);
  const change = (patch: Partial<typeof form>) => {
    // Another order from here on (a changed form is not a retry of the last one).
    orderKey.current = crypto.randomUUID();
    setForm((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch))
        delete next[key === 'choice' || key === 'freeAmount' ? 'amountCents' : key];
      return next;
    });
  };

  const submit = async () => {
    if (!shop) return;
    const problems = formProblems(form, shop);
    if (badDeliverOn) problems.deliverOn = t('giftCards.deliverOnInvalid');
    setErrors(problems);
    setFailure(null);
    if (Object.keys(problems).length > 0 || submitting.current) return;
    submitting.current = true;
    const result = await purchase({
      input: { ...toPurchaseInput(form), idempotencyKey: orderKey.current },
    }).finally(() => {
      submitting.current = false;
    });
    const done = result.data?.purchaseGiftCard;
    if (done) {
      if (done.order.method === 'BANK_TRANSFER') void navigate(giftCardOrderPath(done.order.id, done.token));
      else setBought(done);
      return;
    }
    if (result.error) {
      const byField = fieldErrors(result.error);
      setErrors(byField);
      setFailure(
        Object.keys(byField).length > 0
          ? t('giftCards.fixErrors')
          : errorMessage(result.error, {
              network: t('deposit.networkError'),
              unexpected: t('giftCards.loadError'),
            }),
      );
    }
  };

  return (
    <SitePage title={t('giftCards.title')}>
      <Box sx={{ bgcolor: 'secondary.light', py: { xs: 4, md: 6 }, textAlign: 'center' }}>
        <Container maxWidth="md">
          <CardGiftcardOutlined color="primary" sx={{ fontSize: 48 }} aria-hidden />
          <Typography variant="h2" component="h1" sx={{ fontSize: { xs: '2rem', md: '2.75rem' }, mb: 1 }}>
            {t('giftCards.heroTitle')}
          </Typography>
          <Typography color="text.secondary" sx={{ maxWidth: 560, mx: 'auto' }}>
            {t('giftCards.lead')}
          </Typography>
        </Container>
      </Box>
      <Container maxWidth="md" sx={{ py: { xs: 3, md: 5 } }}>
        {error ? (
          <Alert severity="error">{t('giftCards.loadError')}</Alert>
        ) : !shop ? (
          <Skeleton variant="rounded" height={420} />
        ) : !shop.onlineSaleEnabled ? (
          <Alert severity="info">{t('giftCards.closed')}</Alert>
        ) : bought ? (
          <GiftCardPayment
            purchase={bought}
            onPaid={() => void navigate(giftCardOrderPath(bought.order.id, bought.token))}
            onBack={() => {
              orderKey.current = crypto.randomUUID();
              setBought(null);
            }}
          />
        ) : (
          <Box
            component="form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <Section title={t('giftCards.choiceTitle')}>
              <GiftCardChoice
                form={form}
                presets={shop.presetAmountsCents}
                bounds={shop}
                services={services}
                error={errors.amountCents}
                onChange={change}
              />
            </Section>
            <Section title={t('giftCards.peopleTitle')}>
              <GiftCardPeople
                form={form}
                errors={errors}
                today={today}
                onChange={change}
                onDeliverOnValidity={(valid) => setBadDeliverOn(!valid)}
              />
            </Section>
            <Section title={t('giftCards.methodTitle')}>
              <RadioGroup
                aria-label={t('giftCards.methodTitle')}
                value={form.method}
                onChange={(event) => change({ method: event.target.value as typeof form.method })}
              >
                {methods.map((method) => (
                  <FormControlLabel
                    key={method}
                    value={method}
                    control={<Radio />}
                    label={t(`giftCards.methods.${method}`)}
                  />
                ))}
              </RadioGroup>
              {form.method === 'BANK_TRANSFER' ? (
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                  {t('giftCards.transferHelp', { days: Math.round(shop.transferOrderHours / 24) })}
                </Typography>
              ) : null}
              {errors.method ? (
                <Typography role="alert" color="error" variant="body2" sx={{ mt: 1 }}>
                  {errors.method}
                </Typography>
              ) : null}
            </Section>
            {failure ? (
              <Alert severity="error" sx={{ mb: 2 }}>
                {failure}
              </Alert>
            ) : null}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
              <Typography variant="h6" component="p" sx={{ flexGrow: 1 }}>
                {t('giftCards.total')} : {value === null ? '—' : formatPrice(value)}
              </Typography>
              <Button type="submit" variant="contained" size="large" disabled={fetching}>
                {fetching
                  ? t('giftCards.submitting')
                  : t('giftCards.submit', { amount: value === null ? '' : formatPrice(value) })}
              </Button>
            </Stack>
          </Box>
        )}
      </Container>
    </SitePage>
  );
}
