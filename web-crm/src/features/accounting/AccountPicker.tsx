import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';

export interface AccountOption {
  number: string;
  label: string;
}

/** An account by its number: one of the chart's (typed or picked), or any number typed. */
export function AccountPicker({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: AccountOption[];
  onChange: (number: string) => void;
}) {
  return (
    <Autocomplete
      freeSolo
      size="small"
      options={options}
      value={options.find((o) => o.number === value) ?? (value === '' ? null : value)}
      getOptionLabel={(option) =>
        typeof option === 'string' ? option : `${option.number} · ${option.label}`
      }
      isOptionEqualToValue={(option, current) =>
        typeof current !== 'string' && option.number === current.number
      }
      onChange={(_, picked) => {
        const number = picked === null ? '' : typeof picked === 'string' ? picked.trim() : picked.number;
        onChange(number.split(' ')[0] ?? '');
      }}
      renderInput={(params) => <TextField {...params} label={label} />}
      sx={{ minWidth: { md: 320 } }}
    />
  );
}
