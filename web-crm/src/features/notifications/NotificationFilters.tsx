import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { FilterCard } from '../../shared/page';
import { FrenchDateField } from '@serenaia/shared/FrenchDateField';
import {
  hasFilter,
  NO_FILTERS,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_STATUSES,
  NOTIFICATION_TEMPLATES,
  type LogFilters,
} from './notifications-filter';

/** The log's filters: channel, status, template and period (kept in the URL by the page). */
export function NotificationFilters({
  filters,
  badPeriod,
  onChange,
}: {
  filters: LogFilters;
  badPeriod: boolean;
  onChange: (changes: Partial<LogFilters>) => void;
}) {
  const { t } = useTranslation();
  return (
    <FilterCard label={t('notifications.list.filters')} columns="repeat(5, minmax(0, 1fr)) auto">
      <TextField
        select
        size="small"
        label={t('notifications.list.channel')}
        value={filters.channel ?? ''}
        onChange={(e) =>
          onChange({ channel: NOTIFICATION_CHANNELS.find((c) => c === e.target.value) ?? null })
        }
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{t('notifications.list.all')}</MenuItem>
        {NOTIFICATION_CHANNELS.map((c) => (
          <MenuItem key={c} value={c}>
            {t(`notifications.channel.${c}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('notifications.list.status')}
        value={filters.status ?? ''}
        onChange={(e) =>
          onChange({ status: NOTIFICATION_STATUSES.find((s) => s === e.target.value) ?? null })
        }
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{t('notifications.list.all')}</MenuItem>
        {NOTIFICATION_STATUSES.map((s) => (
          <MenuItem key={s} value={s}>
            {t(`notifications.status.${s}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('notifications.list.template')}
        value={filters.template ?? ''}
        onChange={(e) =>
          onChange({ template: NOTIFICATION_TEMPLATES.find((x) => x === e.target.value) ?? null })
        }
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        sx={{ gridColumn: { xs: '1 / -1', md: 'auto' } }}
      >
        <MenuItem value="">{t('notifications.list.all')}</MenuItem>
        {NOTIFICATION_TEMPLATES.map((x) => (
          <MenuItem key={x} value={x}>
            {t(`notifications.template.${x}`)}
          </MenuItem>
        ))}
      </TextField>
      <FrenchDateField
        label={t('notifications.list.from')}
        value={filters.from}
        onChange={(from) => onChange({ from })}
      />
      <FrenchDateField
        label={t('notifications.list.to')}
        value={filters.to}
        onChange={(to) => onChange({ to })}
        error={badPeriod ? t('notifications.list.periodError') : undefined}
      />
      <Button
        color="inherit"
        disabled={!hasFilter(filters)}
        onClick={() => onChange(NO_FILTERS)}
        sx={{ gridColumn: { xs: '1 / -1', md: 'auto' }, justifySelf: { xs: 'start', md: 'auto' } }}
      >
        {t('notifications.list.reset')}
      </Button>
    </FilterCard>
  );
}
