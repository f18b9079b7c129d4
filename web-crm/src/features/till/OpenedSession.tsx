import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  CloseCashSessionDocument,
  type CashDirection,
  type CashSessionFieldsFragment,
} from '../../gql/graphql';
import { formatEuros } from '@serenaia/shared/format';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { formatDateTime } from '../../shared/date-format';
import { CashMovementDialog } from './CashMovementDialog';
import { countErrors } from './count-errors';
import { DenominationGrid } from './DenominationGrid';
import { countInput, countTotal, type CashCount } from './denominations';
import { VarianceSummary } from './VarianceSummary';

/** The till's large touch buttons (the session screen and its open card share them). */
export const big = { minHeight: 56, px: 3, fontSize: '1.05rem', whiteSpace: 'nowrap' } as const;

type Mode = { kind: 'view' } | { kind: 'counting' } | { kind: 'review' };

export function OpenedSession({
  tillId,
  session,
  onNotice,
  refresh,
}: {
  tillId: string;
  session: CashSessionFieldsFragment;
  onNotice: (text: string | null) => void;
  refresh: () => void;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [movement, setMovement] = useState<CashDirection | null>(null);
  const [count, setCount] = useState<CashCount>({});
  const [sent, setSent] = useState<CashCount>({});
  const [state, close] = useMutation(CloseCashSessionDocument);
  const fields = fieldErrors(state.error);
  const expected = session.expectedCents ?? session.openingFloatCents;

  const confirmClose = async () => {
    setSent(count);
    const result = await close({ input: { tillId, counts: countInput(count) } });
    if (result.data) {
      const v = result.data.closeCashSession.varianceCents ?? 0;
      onNotice(t('till.closing.done', { variance: v > 0 ? `+${formatEuros(v)}` : formatEuros(v) }));
      refresh();
    } else if (result.error) setMode({ kind: 'counting' });
  };

  if (mode.kind !== 'view') {
    return (
      <Card component="section" aria-labelledby="till-closing-title">
        <CardContent sx={{ p: { xs: 2, md: 3 } }}>
          <Typography id="till-closing-title" variant="h5" component="h2" sx={{ mb: 2 }}>
            {t('till.closing.title')}
          </Typography>
          {state.error && Object.keys(fields).length === 0 ? (
            <Alert severity="error" sx={{ mb: 2 }}>
              {errorMessage(state.error, {
                network: t('errors.network'),
                unexpected: t('errors.unexpected'),
              })}
            </Alert>
          ) : null}
          {mode.kind === 'counting' ? (
            <>
              <DenominationGrid value={count} onChange={setCount} errors={countErrors(fields, sent)} />
              <Stack
                direction="row"
                spacing={2}
                sx={{ justifyContent: 'flex-end', mt: 2, flexWrap: 'wrap' }}
                useFlexGap
              >
                <Button sx={big} onClick={() => setMode({ kind: 'view' })}>
                  {t('till.closing.cancel')}
                </Button>
                <Button variant="contained" sx={big} onClick={() => setMode({ kind: 'review' })}>
                  {t('till.closing.review')}
                </Button>
              </Stack>
            </>
          ) : (
            <>
              <VarianceSummary expectedCents={expected} countedCents={countTotal(count)} />
              <Typography color="text.secondary" sx={{ mt: 2 }}>
                {t('till.closing.confirmText')}
              </Typography>
              <Stack
                direction="row"
                spacing={2}
                sx={{ justifyContent: 'flex-end', mt: 2, flexWrap: 'wrap' }}
                useFlexGap
              >
                <Button sx={big} disabled={state.fetching} onClick={() => setMode({ kind: 'counting' })}>
                  {t('till.closing.back')}
                </Button>
                <Button
                  variant="contained"
                  sx={big}
                  disabled={state.fetching}
                  onClick={() => void confirmClose()}
                >
                  {t('till.closing.confirm')}
                </Button>
              </Stack>
            </>
          )}
        </CardContent>
      </Card>
    );
  }

  return (
    <Card component="section" aria-labelledby="till-open-title">
      <CardContent sx={{ p: { xs: 2, md: 3 } }}>
        <Typography id="till-open-title" variant="h5" component="h2">
          {t('till.open.title')}
        </Typography>
        <Typography color="text.secondary">
          {t('till.open.since', { date: formatDateTime(session.openedAt) })}
        </Typography>
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(2, 220px)' },
            gap: 2,
            my: 2,
          }}
        >
          <Figure label={t('till.open.float')} value={formatEuros(session.openingFloatCents)} />
          <Figure label={t('till.open.expected')} value={formatEuros(expected)} />
        </Box>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} useFlexGap sx={{ mb: 3 }}>
          <Button
            variant="outlined"
            sx={big}
            onClick={() => {
              onNotice(null);
              setMovement('IN');
            }}
          >
            {t('till.open.cashIn')}
          </Button>
          <Button
            variant="outlined"
            sx={big}
            onClick={() => {
              onNotice(null);
              setMovement('OUT');
            }}
          >
            {t('till.open.cashOut')}
          </Button>
          <Box sx={{ flexGrow: 1 }} />
          <Button
            variant="contained"
            sx={big}
            onClick={() => {
              onNotice(null);
              setMode({ kind: 'counting' });
            }}
          >
            {t('till.open.close')}
          </Button>
        </Stack>
        <Typography variant="h6" component="h3">
          {t('till.open.movements')}
        </Typography>
        {session.movements.length === 0 ? (
          <Typography color="text.secondary">{t('till.open.noMovement')}</Typography>
        ) : (
          <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {session.movements.map((m) => (
              <Box
                component="li"
                key={m.id}
                sx={{
                  display: 'flex',
                  gap: 2,
                  py: 1,
                  borderBottom: 1,
                  borderColor: 'divider',
                  alignItems: 'baseline',
                }}
              >
                <Typography sx={{ minWidth: 120 }} color="text.secondary">
                  {formatDateTime(m.occurredAt).slice(11)}
                </Typography>
                <Typography sx={{ flexGrow: 1 }}>
                  {t(`till.movement.${m.direction}`)} · {m.reason}
                </Typography>
                <Typography
                  sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}
                  color={m.direction === 'OUT' ? 'error.main' : 'success.main'}
                >
                  {m.direction === 'OUT' ? '−' : '+'}
                  {formatEuros(m.amountCents)}
                </Typography>
              </Box>
            ))}
          </Box>
        )}
      </CardContent>
      {movement !== null ? (
        <CashMovementDialog
          tillId={tillId}
          direction={movement}
          onClose={() => setMovement(null)}
          onDone={(text) => {
            setMovement(null);
            onNotice(text);
            refresh();
          }}
        />
      ) : null}
    </Card>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Box sx={{ p: 2, borderRadius: 2, bgcolor: 'action.hover' }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h5" component="p" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Typography>
    </Box>
  );
}
