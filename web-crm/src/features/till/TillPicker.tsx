import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useTranslation } from 'react-i18next';
import type { TillSummary } from './useTill';

/** Which till this screen works on: shown only when the institute has several. */
export function TillPicker({
  tills,
  value,
  onChange,
}: {
  tills: TillSummary[];
  value: string | undefined;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  if (tills.length < 2) return null;
  return (
    <ToggleButtonGroup
      exclusive
      color="primary"
      value={value ?? null}
      onChange={(_, id: string | null) => id !== null && onChange(id)}
      aria-label={t('till.chooseTill')}
      sx={{ mb: 2, flexWrap: 'wrap' }}
    >
      {tills.map((till) => (
        <ToggleButton key={till.id} value={till.id} sx={{ minHeight: 48, px: 3 }}>
          {till.name}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
