import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { SearchClientsDocument, type SearchClientsQuery } from '../../../gql/graphql';

export type ClientOption = SearchClientsQuery['clients']['items'][number];

/** Typing pauses this long before the search is sent. */
export const SEARCH_DEBOUNCE_MS = 300;
const MIN_SEARCH = 2;

export interface ClientPickerProps {
  value: ClientOption | null;
  onChange: (client: ClientOption | null) => void;
  error?: string;
}

/** An existing client, searched on the server by name, phone or e-mail as one types (debounced). */
export function ClientPicker({ value, onChange, error }: ClientPickerProps) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(input.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [input]);
  const [{ data, fetching }] = useQuery({
    query: SearchClientsDocument,
    variables: { search },
    pause: search.length < MIN_SEARCH,
    requestPolicy: 'cache-and-network',
  });
  const options = search.length < MIN_SEARCH ? [] : (data?.clients.items ?? []);

  return (
    <Autocomplete
      options={value !== null && !options.some((o) => o.id === value.id) ? [value, ...options] : options}
      value={value}
      inputValue={input}
      onInputChange={(_, next) => setInput(next)}
      onChange={(_, next) => onChange(next)}
      filterOptions={(all) => all}
      loading={fetching}
      getOptionLabel={(option) => `${option.firstName} ${option.lastName}`.trim()}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText={
        input.trim().length < MIN_SEARCH ? t('agenda.create.typeToSearch') : t('agenda.create.noClient')
      }
      renderOption={(props, option) => {
        const { key, ...rest } = props;
        return (
          <Box
            component="li"
            key={key}
            {...rest}
            sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start !important' }}
          >
            <Box component="span" sx={{ fontWeight: 600 }}>
              {option.firstName} {option.lastName}
            </Box>
            <Box component="span" sx={{ fontSize: '0.82rem', color: 'text.secondary' }}>
              {[option.phone, option.email].filter(Boolean).join(' · ')}
            </Box>
          </Box>
        );
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('agenda.create.searchClient')}
          error={error !== undefined}
          helperText={error ?? t('agenda.create.searchClientHelp')}
        />
      )}
    />
  );
}
