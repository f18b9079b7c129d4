import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { SaveClientFilterDocument, SavedClientFiltersDocument } from '../../gql/graphql';
import { apiFilter, filtersFromSaved, hasFilter, type ClientFilters } from './clients-filter';

interface Props {
  filters: ClientFilters;
  /** A saved filter was picked: the list shows it. */
  onApply: (filters: ClientFilters) => void;
  onReset: () => void;
}

/** The saved filters: pick one, save the current one under a name, reset (two cells of the filter grid). */
export function SavedClientFilters({ filters, onApply, onReset }: Props) {
  const { t } = useTranslation();
  const [{ data: saved }, reloadSaved] = useQuery({ query: SavedClientFiltersDocument });
  const [, saveFilter] = useMutation(SaveClientFilterDocument);
  const saveCurrent = async () => {
    const name = window.prompt(t('clients.filterName'));
    if (!name?.trim()) return;
    await saveFilter({ input: { name: name.trim(), filter: apiFilter(filters) } });
    reloadSaved({ requestPolicy: 'network-only' });
  };
  return (
    <>
      <TextField
        select
        size="small"
        label={t('clients.savedFilters')}
        value=""
        onChange={(e) => {
          const chosen = saved?.savedClientFilters.find((f) => f.id === e.target.value);
          if (chosen) onApply(filtersFromSaved(chosen.filterJson));
        }}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">—</MenuItem>
        {(saved?.savedClientFilters ?? []).map((f) => (
          <MenuItem key={f.id} value={f.id}>
            {f.name}
          </MenuItem>
        ))}
      </TextField>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button size="small" disabled={!hasFilter(filters)} onClick={() => void saveCurrent()}>
          {t('clients.saveFilter')}
        </Button>
        <Button size="small" color="inherit" disabled={!hasFilter(filters)} onClick={onReset}>
          {t('clients.reset')}
        </Button>
      </Box>
    </>
  );
}
