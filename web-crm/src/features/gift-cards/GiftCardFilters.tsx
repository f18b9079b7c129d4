import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useClient } from 'urql';
import { errorCode, errorMessage } from '@serenaia/shared/graphql-errors';
import { GiftCardByCodeDocument, type GiftCardCountsQuery } from '../../gql/graphql';
import { GIFT_CARD_VIEWS, parseSearch, viewCount, type GiftCardView } from './gift-card-filter';

/**
 * The list's filters: one chip per status (with its count) and a search box that takes the last four
 * symbols of a code (filters the list) or a whole code, typed or scanned (opens the card).
 */
export function GiftCardFilters({
  view,
  last4,
  counts,
  transfers,
  onView,
  onLast4,
}: {
  view: GiftCardView;
  last4: string | null;
  counts: GiftCardCountsQuery['giftCardCounts'] | undefined;
  /** The orders waiting for a transfer: their count (null while loading), or null when not allowed. */
  transfers: { count: number | null } | null;
  onView: (view: GiftCardView) => void;
  onLast4: (last4: string | null) => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const navigate = useNavigate();
  const [text, setText] = useState(last4 ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setText(last4 ?? ''), [last4]);

  const search = async () => {
    const parsed = parseSearch(text);
    setProblem(null);
    switch (parsed.kind) {
      case 'NONE':
        onLast4(null);
        return;
      case 'LAST4':
        onLast4(parsed.last4);
        return;
      case 'INVALID':
        setProblem(parsed.message);
        return;
      case 'CODE': {
        setBusy(true);
        const r = await client.query(
          GiftCardByCodeDocument,
          { code: parsed.code },
          { requestPolicy: 'network-only' },
        );
        setBusy(false);
        if (r.data) void navigate(`/cartes-cadeaux/${r.data.giftCard.id}`);
        else if (r.error)
          setProblem(
            errorCode(r.error) === 'NOT_FOUND'
              ? t('giftCards.notFound')
              : errorMessage(r.error, { network: t('errors.network'), unexpected: t('errors.unexpected') }),
          );
        return;
      }
    }
  };

  return (
    <Card component="section" aria-label={t('giftCards.filters')} sx={{ mb: 2 }}>
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Stack
          direction="row"
          role="group"
          aria-label={t('giftCards.viewsLabel')}
          sx={{ flexWrap: 'wrap', gap: 1, mb: 2 }}
        >
          {GIFT_CARD_VIEWS.filter((v) => v !== 'TRANSFERS' || transfers !== null).map((v) => {
            const count =
              v === 'TRANSFERS' ? (transfers?.count ?? null) : counts ? viewCount(v, counts) : null;
            const selected = v === view;
            return (
              <Chip
                key={v}
                label={count === null ? t(`giftCards.views.${v}`) : `${t(`giftCards.views.${v}`)} · ${count}`}
                color={selected ? 'primary' : 'default'}
                variant={selected ? 'filled' : 'outlined'}
                aria-pressed={selected}
                onClick={() => onView(v)}
                sx={{ minHeight: 40, borderRadius: 20 }}
              />
            );
          })}
        </Stack>
        <Box
          component="form"
          role="search"
          noValidate
          autoComplete="off"
          onSubmit={(e) => {
            e.preventDefault();
            void search();
          }}
          sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: { xs: 'wrap', sm: 'nowrap' } }}
        >
          <TextField
            size="small"
            label={t('giftCards.search')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={problem !== null}
            helperText={problem ?? t('giftCards.searchHelp')}
            slotProps={{ htmlInput: { autoCapitalize: 'characters', spellCheck: false, maxLength: 24 } }}
            sx={{ flex: '1 1 320px', maxWidth: { sm: 420 } }}
          />
          <Button type="submit" variant="contained" disabled={busy} sx={{ minHeight: 40 }}>
            {t('giftCards.searchSubmit')}
          </Button>
          {last4 !== null ? (
            <Button
              color="inherit"
              onClick={() => {
                setProblem(null);
                onLast4(null);
              }}
              sx={{ minHeight: 40 }}
            >
              {t('giftCards.searchClear')}
            </Button>
          ) : null}
        </Box>
      </CardContent>
    </Card>
  );
}
