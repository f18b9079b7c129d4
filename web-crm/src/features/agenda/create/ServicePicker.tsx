import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { BookableServicesDocument } from '../../../gql/graphql';
import { formatEuros } from '@serenaia/shared/format';

export interface ServiceOption {
  id: string;
  name: string;
  durationMinutes: number;
  priceCents: number;
  categoryName: string;
  color: string;
}

/** The services staff can book, by category, in the institute's order. */
export function useServiceOptions(): { options: ServiceOption[]; fetching: boolean } {
  const [{ data, fetching }] = useQuery({ query: BookableServicesDocument });
  const options = useMemo(
    () =>
      [...(data?.serviceCategories ?? [])]
        .sort((a, b) => a.position - b.position)
        .flatMap((category) =>
          [...category.services]
            .sort((a, b) => a.position - b.position)
            .map((s) => ({
              id: s.id,
              name: s.name,
              durationMinutes: s.durationMinutes,
              priceCents: s.priceCents,
              categoryName: category.name,
              color: category.color,
            })),
        ),
    [data],
  );
  return { options, fetching };
}

/** "1 h 15", "45 min". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}

const filter = createFilterOptions<ServiceOption>({
  ignoreAccents: true,
  ignoreCase: true,
  stringify: (option) => `${option.name} ${option.categoryName}`,
});

export interface ServicePickerProps {
  options: readonly ServiceOption[];
  /** Only these can be chosen (the practitioner's services); null: all. */
  allowed: ReadonlySet<string> | null;
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string;
  loading?: boolean;
}

/** Services booked back to back, in the order chosen; searchable, grouped by category. */
export function ServicePicker({ options, allowed, value, onChange, error, loading }: ServicePickerProps) {
  const { t } = useTranslation();
  const byId = useMemo(() => new Map(options.map((o) => [o.id, o])), [options]);
  const selected = value.map((id) => byId.get(id)).filter((o): o is ServiceOption => o !== undefined);
  const available =
    allowed === null ? options : options.filter((o) => allowed.has(o.id) || value.includes(o.id));
  return (
    <Autocomplete
      multiple
      options={available}
      value={selected}
      loading={loading}
      filterOptions={filter}
      groupBy={(option) => option.categoryName}
      getOptionLabel={(option) => option.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_, next) => onChange(next.map((o) => o.id))}
      noOptionsText={t('agenda.create.noService')}
      renderOption={(props, option) => {
        const { key, ...rest } = props;
        return (
          <Box component="li" key={key} {...rest} sx={{ display: 'flex', gap: 1.25, alignItems: 'center' }}>
            <Box
              component="span"
              aria-hidden
              sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: option.color, flexShrink: 0 }}
            />
            <Box component="span" sx={{ flexGrow: 1 }}>
              {option.name}
            </Box>
            <Box component="span" sx={{ color: 'text.secondary', fontSize: '0.85rem', whiteSpace: 'nowrap' }}>
              {formatDuration(option.durationMinutes)} · {formatEuros(option.priceCents)}
            </Box>
          </Box>
        );
      }}
      renderValue={(items, getItemProps) =>
        items.map((option, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return (
            <Chip
              key={key}
              {...itemProps}
              size="small"
              label={option.name}
              sx={{ bgcolor: `${option.color}2e`, borderLeft: `4px solid ${option.color}`, fontWeight: 600 }}
            />
          );
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('agenda.create.services')}
          placeholder={selected.length === 0 ? t('agenda.create.servicesPlaceholder') : undefined}
          error={error !== undefined}
          helperText={error}
        />
      )}
    />
  );
}
