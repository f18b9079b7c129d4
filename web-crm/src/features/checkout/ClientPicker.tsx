import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useDeferredValue, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import {
  CheckoutClientDocument,
  CheckoutClientsDocument,
  CheckoutLoyaltyCardClientDocument,
} from '../../gql/graphql';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { ClientLoyalty } from './ClientLoyalty';
import type { CheckoutState } from './useCheckoutSale';

/** What a loyalty card's QR code carries (scanned: the reader types it, then Enter). */
const CARD_TOKEN = /^[0-9a-f]{32}$/i;

/** The ticket's client: shown when attached, else searched (name, phone, e-mail) and attached. */
export function ClientPicker({
  checkout,
  inputRef,
}: {
  checkout: CheckoutState;
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useTranslation();
  const clientId = checkout.sale?.clientId ?? null;
  const [{ data: attached }] = useQuery({
    query: CheckoutClientDocument,
    variables: { id: clientId ?? '' },
    pause: clientId === null,
  });
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const [{ data: found }] = useQuery({
    query: CheckoutClientsDocument,
    variables: { search: deferred },
    pause: deferred.length < 2,
  });
  const options = deferred.length < 2 || CARD_TOKEN.test(deferred) ? [] : (found?.clients.items ?? []);
  const urql = useClient();
  const [cardError, setCardError] = useState<string | null>(null);

  /** A scanned or typed loyalty card: its client is attached to the ticket. */
  const attachCard = async (token: string) => {
    setCardError(null);
    const result = await urql.query(CheckoutLoyaltyCardClientDocument, { token }).toPromise();
    const card = result.data?.loyaltyCardClient;
    if (result.error !== undefined) {
      setCardError(
        errorMessage(result.error, { network: t('checkout.network'), unexpected: t('checkout.unexpected') }),
      );
      return;
    }
    if (!card) return;
    if ((await checkout.setClient(card.clientId)) !== null) setSearch('');
  };

  if (clientId !== null) {
    const client = attached?.client;
    return (
      <>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
          <Typography sx={{ flexGrow: 1 }} aria-label={t('checkout.client.label')}>
            {client ? `${client.firstName} ${client.lastName}` : '…'}
          </Typography>
          <Button
            sx={{ minHeight: 48 }}
            disabled={checkout.busy}
            onClick={() => void checkout.setClient(null)}
          >
            {t('checkout.client.detach')}
          </Button>
        </Box>
        <ClientLoyalty clientId={clientId} checkout={checkout} />
      </>
    );
  }
  return (
    <Autocomplete
      options={options}
      filterOptions={(o) => o}
      getOptionLabel={(c) => `${c.firstName} ${c.lastName}`}
      noOptionsText={t('checkout.client.noResult')}
      inputValue={search}
      onInputChange={(_, value) => {
        setSearch(value);
        setCardError(null);
        if (CARD_TOKEN.test(value.trim())) void attachCard(value.trim());
      }}
      onChange={(_, client) => {
        if (client) void checkout.setClient(client.id).then(() => setSearch(''));
      }}
      renderOption={(props, c) => (
        <li {...props} key={c.id} style={{ minHeight: 48 }}>
          <Box>
            <Typography>{`${c.firstName} ${c.lastName}`}</Typography>
            <Typography variant="body2" color="text.secondary">
              {[c.phone, c.email].filter(Boolean).join(' · ')}
            </Typography>
          </Box>
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={inputRef}
          label={t('checkout.client.search')}
          error={cardError !== null}
          helperText={cardError ?? undefined}
        />
      )}
      sx={{ mb: 1 }}
    />
  );
}
