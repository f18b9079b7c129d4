import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { formatDay } from '@serenaia/shared/paris-time';
import {
  DeleteAvailabilityExceptionDocument,
  type AvailabilityExceptionFieldsFragment,
} from '../../gql/graphql';
import type { PractitionerLabel } from './MonthCalendar';

type Feedback = { severity: 'success' | 'error'; message: string } | null;

/** The month's closures, extra hours and leave, each with its delete button. */
export function ExceptionList({
  exceptions,
  practitioners,
  onDeleted,
}: {
  exceptions: readonly AvailabilityExceptionFieldsFragment[];
  practitioners: ReadonlyMap<string, PractitionerLabel>;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const [state, remove] = useMutation(DeleteAvailabilityExceptionDocument);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const who = (e: AvailabilityExceptionFieldsFragment) =>
    e.practitionerId
      ? (practitioners.get(e.practitionerId)?.displayName ?? '?')
      : t('availabilitySettings.closures.institute');

  const del = async (e: AvailabilityExceptionFieldsFragment) => {
    setFeedback(null);
    const result = await remove({ id: e.id });
    const date = formatDay(e.date, { weekday: undefined, year: undefined });
    if (result.data?.deleteAvailabilityException) {
      setFeedback({ severity: 'success', message: t('availabilitySettings.closures.deleted', { date }) });
      onDeleted();
    } else if (result.error) {
      setFeedback({
        severity: 'error',
        message: `${t('availabilitySettings.closures.deleteError')} ${errorMessage(result.error, {
          network: t('errors.network'),
          unexpected: t('errors.unexpected'),
        })}`,
      });
    }
  };

  return (
    <Box component="section" aria-labelledby="closures-list-title" sx={{ mt: { xs: 1, md: 1 } }}>
      <Typography id="closures-list-title" component="h2" variant="h6" sx={{ mb: 1 }}>
        {t('availabilitySettings.closures.listTitle')}
      </Typography>
      {feedback ? (
        <Alert
          severity={feedback.severity}
          role={feedback.severity === 'error' ? 'alert' : 'status'}
          sx={{ mb: 1 }}
        >
          {feedback.message}
        </Alert>
      ) : null}
      {exceptions.length === 0 ? (
        <Typography color="text.secondary">{t('availabilitySettings.closures.empty')}</Typography>
      ) : (
        <Card variant="outlined">
          <List dense disablePadding>
            {exceptions.map((e, i) => {
              const date = formatDay(e.date, { year: undefined });
              const when =
                e.start !== null && e.start !== undefined
                  ? t('availabilitySettings.closures.hoursRange', { start: e.start, end: e.end })
                  : t('availabilitySettings.closures.allDay');
              const kind = e.kind === 'OPEN' ? `${t('availabilitySettings.closures.open')} · ` : '';
              return (
                <ListItem
                  key={e.id}
                  divider={i < exceptions.length - 1}
                  data-testid="exception-row"
                  secondaryAction={
                    <IconButton
                      edge="end"
                      disabled={state.fetching}
                      aria-label={t('availabilitySettings.closures.deleteLabel', { date, who: who(e) })}
                      onClick={() => void del(e)}
                    >
                      <DeleteOutline />
                    </IconButton>
                  }
                >
                  <ListItemText
                    primary={
                      <>
                        {date.charAt(0).toUpperCase() + date.slice(1)}
                        {' · '}
                        {who(e)}
                      </>
                    }
                    secondary={`${kind}${when}${e.reason ? ` · ${e.reason}` : ''}`}
                  />
                </ListItem>
              );
            })}
          </List>
        </Card>
      )}
    </Box>
  );
}
