import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';

/** « Brouillon » or « Validée » (with its number). */
export function EntryStatusChip({ validated, entryNum }: { validated: boolean; entryNum: number | null }) {
  const { t } = useTranslation();
  return validated ? (
    <Chip
      size="small"
      color="success"
      variant="outlined"
      label={
        entryNum === null
          ? t('accounting.entries.validated')
          : `${t('accounting.entries.validated')} · n° ${entryNum}`
      }
    />
  ) : (
    <Chip size="small" variant="outlined" label={t('accounting.entries.draft')} />
  );
}
