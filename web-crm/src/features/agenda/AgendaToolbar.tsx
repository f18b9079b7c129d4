import AddOutlined from '@mui/icons-material/AddOutlined';
import ChevronLeftOutlined from '@mui/icons-material/ChevronLeftOutlined';
import ChevronRightOutlined from '@mui/icons-material/ChevronRightOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Switch from '@mui/material/Switch';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import { FrenchDateField } from '@serenaia/shared/FrenchDateField';
import type { LocalDate } from '@serenaia/shared/paris-time';
import type { AgendaColorBy, AgendaPractitioner } from './data/agenda-state';

export type AgendaView = 'day' | 'week' | 'month';

export interface AgendaToolbarProps {
  day: LocalDate;
  view: AgendaView;
  phone: boolean;
  practitioners: readonly AgendaPractitioner[];
  /** Ids of the practitioners shown. */
  shown: ReadonlySet<string>;
  showCancelled: boolean;
  colorBy: AgendaColorBy;
  onDayChange: (day: LocalDate) => void;
  onStep: (direction: -1 | 1) => void;
  onToday: () => void;
  onViewChange: (view: AgendaView) => void;
  onTogglePractitioner: (id: string) => void;
  onShowAll: () => void;
  onShowCancelledChange: (show: boolean) => void;
  onColorByChange: (colorBy: AgendaColorBy) => void;
  onNewBooking: () => void;
}

/** Navigation (previous, today, next, date), day/week/month, practitioner filter, colours, cancelled toggle. */
export function AgendaToolbar(props: AgendaToolbarProps) {
  const { t } = useTranslation();
  const { day, view, phone, practitioners, shown } = props;
  const [previousLabel, nextLabel] =
    view === 'month'
      ? [t('agendaViews.previousMonth'), t('agendaViews.nextMonth')]
      : view === 'week'
        ? [t('agenda.previousWeek'), t('agenda.nextWeek')]
        : [t('agenda.previousDay'), t('agenda.nextDay')];
  const allShown = practitioners.every((p) => shown.has(p.id));

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.25 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: { xs: 0.75, sm: 1.25 }, flexWrap: 'wrap' }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
          <Tooltip title={previousLabel}>
            <IconButton
              aria-label={previousLabel}
              onClick={() => props.onStep(-1)}
              size={phone ? 'small' : 'medium'}
            >
              <ChevronLeftOutlined />
            </IconButton>
          </Tooltip>
          <Button variant="outlined" size="small" onClick={props.onToday} sx={{ px: phone ? 1.5 : 2.5 }}>
            {t('agenda.today')}
          </Button>
          <Tooltip title={nextLabel}>
            <IconButton
              aria-label={nextLabel}
              onClick={() => props.onStep(1)}
              size={phone ? 'small' : 'medium'}
            >
              <ChevronRightOutlined />
            </IconButton>
          </Tooltip>
        </Box>
        <Box sx={{ width: phone ? 150 : 170 }}>
          <FrenchDateField
            fullWidth
            label={t('agenda.date')}
            value={day}
            onChange={(next) => {
              if (next !== null) props.onDayChange(next);
            }}
          />
        </Box>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={view}
          aria-label={t('agenda.view')}
          onChange={(_, value: AgendaView | null) => {
            if (value !== null) props.onViewChange(value);
          }}
          sx={{
            '& .MuiToggleButton-root': {
              px: phone ? 1.25 : 2,
              py: 0.5,
              textTransform: 'none',
              fontWeight: 600,
            },
          }}
        >
          <ToggleButton value="day">{t('agenda.dayView')}</ToggleButton>
          <ToggleButton value="week">{t('agenda.weekView')}</ToggleButton>
          <ToggleButton value="month">{t('agendaViews.monthView')}</ToggleButton>
        </ToggleButtonGroup>
        {phone ? null : (
          <Button
            variant="contained"
            startIcon={<AddOutlined />}
            onClick={props.onNewBooking}
            sx={{ ml: 'auto' }}
          >
            {t('agenda.newBooking')}
          </Button>
        )}
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        {phone || practitioners.length === 0 ? null : (
          <Box
            role="group"
            aria-label={t('agenda.practitioners')}
            sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}
          >
            <Chip
              label={t('agenda.allPractitioners')}
              variant={allShown ? 'filled' : 'outlined'}
              color={allShown ? 'primary' : 'default'}
              aria-pressed={allShown}
              onClick={props.onShowAll}
            />
            {practitioners.map((p) => {
              const on = shown.has(p.id);
              return (
                <Chip
                  key={p.id}
                  label={p.displayName}
                  aria-pressed={on}
                  onClick={() => props.onTogglePractitioner(p.id)}
                  variant={on ? 'filled' : 'outlined'}
                  avatar={
                    <Box
                      component="span"
                      aria-hidden
                      sx={{ bgcolor: `${p.color} !important`, borderRadius: '50%', opacity: on ? 1 : 0.45 }}
                    />
                  }
                  sx={{
                    fontWeight: 600,
                    bgcolor: on ? `${p.color}26` : 'transparent',
                    borderColor: on ? 'transparent' : 'divider',
                    color: on ? 'text.primary' : 'text.secondary',
                    '&:hover': { bgcolor: `${p.color}40 !important` },
                  }}
                />
              );
            })}
          </Box>
        )}
        <DisplayOptions {...props} />
      </Box>
    </Box>
  );
}

/** How the grid is drawn: colours by practitioner rather than category, cancelled bookings shown. */
function DisplayOptions(props: AgendaToolbarProps) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, ml: { xs: 0, md: 'auto' } }}>
      <FormControlLabel
        sx={{ mr: 0 }}
        control={
          <Switch
            size="small"
            checked={props.colorBy === 'practitioner'}
            onChange={(event) => props.onColorByChange(event.target.checked ? 'practitioner' : 'category')}
          />
        }
        label={t('agenda.colorByPractitioner')}
        slotProps={{ typography: { variant: 'body2' } }}
      />
      <FormControlLabel
        sx={{ mr: 0 }}
        control={
          <Switch
            size="small"
            checked={props.showCancelled}
            onChange={(event) => props.onShowCancelledChange(event.target.checked)}
          />
        }
        label={t('agenda.showCancelled')}
        slotProps={{ typography: { variant: 'body2' } }}
      />
    </Box>
  );
}
