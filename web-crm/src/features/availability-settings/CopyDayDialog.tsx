import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DAY_KEY, WEEKDAYS, type Weekday } from './hours-form';

/** Which days take `from`'s ranges. */
export function CopyDayDialog({
  from,
  onClose,
  onCopy,
}: {
  from: Weekday;
  onClose: () => void;
  onCopy: (to: Weekday[]) => void;
}) {
  const { t } = useTranslation();
  const [targets, setTargets] = useState<ReadonlySet<Weekday>>(new Set());
  const toggle = (day: Weekday) =>
    setTargets((s) => {
      const next = new Set(s);
      if (next.has(day)) next.delete(day);
      else next.add(day);
      return next;
    });
  const dayName = t(`availabilitySettings.weekday.${DAY_KEY[from]}`).toLowerCase();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{t('availabilitySettings.hours.copyTitle', { day: dayName })}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('availabilitySettings.hours.copyHelp')}
        </Typography>
        <Button
          size="small"
          onClick={() => setTargets(new Set(([1, 2, 3, 4, 5] as const).filter((d) => d !== from)))}
        >
          {t('availabilitySettings.hours.copyWeekdays')}
        </Button>
        <FormGroup>
          {WEEKDAYS.filter((d) => d !== from).map((day) => (
            <FormControlLabel
              key={day}
              control={<Checkbox checked={targets.has(day)} onChange={() => toggle(day)} />}
              label={t(`availabilitySettings.weekday.${DAY_KEY[day]}`)}
            />
          ))}
        </FormGroup>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('availabilitySettings.hours.cancel')}</Button>
        <Button variant="contained" disabled={targets.size === 0} onClick={() => onCopy([...targets])}>
          {t('availabilitySettings.hours.copyApply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
