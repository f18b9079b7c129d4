import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { RealtimeStatus } from '../../shared/realtime';
import { LiveStatus } from './LiveStatus';
import type { AgendaPractitioner } from './data/agenda-state';

/** "AGENDA" over the day (or week) shown, and the live link's status. */
export function AgendaHeading({
  title,
  realtime,
  updatedAt,
  phone,
}: {
  title: string;
  /** The live link's status; null when the view is not live (the month, loaded at each visit). */
  realtime: RealtimeStatus | null;
  /** When a change made elsewhere last arrived. */
  updatedAt: number | null;
  phone: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
      <Box sx={{ minWidth: 0, flexGrow: 1 }}>
        <Typography
          variant="overline"
          component="h1"
          color="primary"
          sx={{ display: 'block', lineHeight: 1.4, fontSize: { xs: '0.68rem', sm: '0.75rem' } }}
        >
          {t('agenda.title')}
        </Typography>
        <Typography
          variant="h4"
          component="p"
          aria-live="polite"
          sx={{ fontSize: { xs: '1.35rem', sm: '1.9rem' }, lineHeight: 1.15 }}
          noWrap
        >
          {title}
        </Typography>
      </Box>
      {realtime === null ? null : <LiveStatus status={realtime} updatedAt={updatedAt} compact={phone} />}
    </Box>
  );
}

/** One tab per practitioner (the week's practitioner, or the phone's column); nothing when empty. */
export function PractitionerTabs({
  practitioners,
  value,
  onChange,
}: {
  practitioners: readonly AgendaPractitioner[];
  value: number;
  onChange: (index: number) => void;
}) {
  const { t } = useTranslation();
  if (practitioners.length === 0) return null;
  return (
    <Tabs
      value={value}
      onChange={(_, index: number) => onChange(index)}
      variant="scrollable"
      scrollButtons={false}
      aria-label={t('agenda.practitionerTabs')}
      sx={{
        minHeight: 40,
        '& .MuiTab-root': { minHeight: 40, py: 0.5, textTransform: 'none', fontWeight: 600 },
      }}
    >
      {practitioners.map((p) => (
        <Tab
          key={p.id}
          label={p.displayName}
          icon={
            <Box
              component="span"
              aria-hidden
              sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: p.color }}
            />
          }
          iconPosition="start"
        />
      ))}
    </Tabs>
  );
}
