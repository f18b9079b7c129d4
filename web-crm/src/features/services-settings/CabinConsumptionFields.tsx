import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CabinConsumptionDocument } from '../../gql/graphql';
import type { ConsumptionLine } from './consumption-form';

/**
 * « Consommation en cabine »: the professional products a service uses, per booking item, in each
 * product's own unit. Completing a booking writes these as CABIN_USE stock movements (server side).
 * `lines` is null until the service's current list has loaded (nothing to save then).
 */
export function CabinConsumptionFields({
  serviceId,
  lines,
  errors,
  onLoad,
  onChange,
}: {
  serviceId: string | undefined;
  lines: ConsumptionLine[] | null;
  errors: Record<number, string>;
  /** The service's list as saved (empty for a new service). */
  onLoad: (lines: ConsumptionLine[]) => void;
  onChange: (lines: ConsumptionLine[]) => void;
}) {
  const { t } = useTranslation();
  const [{ data, error }] = useQuery({
    query: CabinConsumptionDocument,
    variables: { serviceId: serviceId ?? '', withService: serviceId !== undefined },
  });
  const products = (data?.products.items ?? []).filter((p) => p.kind !== 'RETAIL');
  const loaded = data?.serviceConsumption;
  useEffect(() => {
    if (lines !== null || data === undefined) return;
    onLoad((loaded ?? []).map((c) => ({ productId: c.product.id, quantity: String(c.quantity) })));
  }, [data, loaded, lines, onLoad]);

  const c = 'servicesSettings.consumption';
  const update = (index: number, change: Partial<ConsumptionLine>) =>
    onChange((lines ?? []).map((line, i) => (i === index ? { ...line, ...change } : line)));
  const unitOf = (productId: string) => {
    const unit = products.find((p) => p.id === productId)?.unit;
    return unit === undefined ? '' : t(`stock.units.${unit}`);
  };

  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0, display: 'grid', gap: 1.5 }}>
      <Typography component="legend" variant="subtitle2" sx={{ mb: 0.5 }}>
        {t(`${c}.title`)}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t(`${c}.help`)}
      </Typography>
      {error && <Typography color="error">{t(`${c}.loadError`)}</Typography>}
      {(lines ?? []).map((line, index) => (
        <Box key={index} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
          <TextField
            select
            label={t(`${c}.product`)}
            value={line.productId}
            onChange={(e) => update(index, { productId: e.target.value })}
            sx={{ flex: 1, minWidth: 0 }}
          >
            {products.map((p) => (
              <MenuItem key={p.id} value={p.id}>
                {p.brand ? `${p.name} · ${p.brand}` : p.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t(`${c}.quantity`)}
            value={line.quantity}
            onChange={(e) => update(index, { quantity: e.target.value })}
            inputMode="numeric"
            error={errors[index] !== undefined}
            helperText={errors[index]}
            slotProps={{ input: { endAdornment: unitOf(line.productId) } }}
            sx={{ width: 130 }}
          />
          <IconButton
            aria-label={t(`${c}.remove`)}
            onClick={() => onChange((lines ?? []).filter((_, i) => i !== index))}
            sx={{ mt: 1 }}
          >
            <DeleteOutline />
          </IconButton>
        </Box>
      ))}
      <Box>
        <Button
          disabled={lines === null || products.length === 0}
          onClick={() => onChange([...(lines ?? []), { productId: products[0]?.id ?? '', quantity: '' }])}
        >
          {t(`${c}.add`)}
        </Button>
      </Box>
    </Box>
  );
}
