import SendOutlined from '@mui/icons-material/SendOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Skeleton from '@mui/material/Skeleton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  PreviewBookingsDocument,
  PreviewNotificationDocument,
  SendTestNotificationDocument,
  type NotificationChannel,
  type NotificationSettingsFieldsFragment,
  type NotificationTemplate,
} from '../../gql/graphql';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { useCurrentUser } from '../../shared/session';
import { formatDateTime } from '../../shared/date-format';
import type { SaveFeedback } from '../../shared/SaveBar';
import { SettingsCard } from './SettingsCard';

/** A template rendered with a real booking, and a test sent to an address. */
export function NotificationPreviewCard({ settings }: { settings: NotificationSettingsFieldsFragment }) {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const [template, setTemplate] = useState<NotificationTemplate>('BOOKING_CONFIRMED');
  const [channel, setChannel] = useState<NotificationChannel>('EMAIL');
  const [chosenBooking, setBookingId] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [testFeedback, setTestFeedback] = useState<SaveFeedback>(null);
  const [testErrors, setTestErrors] = useState<Record<string, string>>({});
  const smsAvailable = settings.templates.find((r) => r.template === template)?.smsAvailable ?? false;
  const effectiveChannel: NotificationChannel = channel === 'SMS' && !smsAvailable ? 'EMAIL' : channel;

  const [bookingsResult] = useQuery({
    query: PreviewBookingsDocument,
    variables: { filter: { page: { limit: 20 } } },
    requestPolicy: 'cache-and-network',
  });
  const bookings = useMemo(() => bookingsResult.data?.bookings.items ?? [], [bookingsResult.data]);
  const bookingId = chosenBooking ?? bookings[0]?.id ?? null;
  const [previewResult] = useQuery({
    query: PreviewNotificationDocument,
    variables: { template, channel: effectiveChannel, bookingId: bookingId ?? '' },
    pause: bookingId === null,
    requestPolicy: 'network-only',
  });
  const preview = previewResult.data?.previewNotification;
  const [sendState, sendTest] = useMutation(SendTestNotificationDocument);
  const recipient = to ?? (effectiveChannel === 'EMAIL' ? (user?.email ?? '') : '');

  const send = async () => {
    setTestFeedback(null);
    setTestErrors({});
    if (bookingId === null) return;
    if (recipient.trim() === '') {
      setTestErrors({ 'input.to': t('notificationSettings.test.required') });
      return;
    }
    const result = await sendTest({
      input: { template, channel: effectiveChannel, bookingId, to: recipient.trim() },
    });
    if (result.data) {
      setTestFeedback({
        severity: 'success',
        message: t('notificationSettings.test.sent', { to: result.data.sendTestNotification.recipient }),
      });
    } else if (result.error) {
      setTestErrors(fieldErrors(result.error));
      setTestFeedback({
        severity: 'error',
        message: `${t('notificationSettings.test.error')} ${errorMessage(result.error, {
          network: t('errors.network'),
          unexpected: t('errors.unexpected'),
        })}`,
      });
    }
  };

  let body: ReactNode;
  if (bookingsResult.error && !bookingsResult.data)
    body = <Alert severity="error">{t('notificationSettings.preview.bookingsError')}</Alert>;
  else if (bookingsResult.data && bookings.length === 0)
    body = <Alert severity="info">{t('notificationSettings.preview.noBookings')}</Alert>;
  else if (previewResult.error && !previewResult.fetching)
    body = (
      <Alert severity="error">
        {t('notificationSettings.preview.error')}{' '}
        {errorMessage(previewResult.error, {
          network: t('errors.network'),
          unexpected: t('errors.unexpected'),
        })}
      </Alert>
    );
  else if (!preview || previewResult.fetching)
    body = (
      <Skeleton
        variant="rounded"
        height={effectiveChannel === 'EMAIL' ? 420 : 120}
        aria-label={t('notificationSettings.preview.loading')}
      />
    );
  else if (preview.channel === 'EMAIL')
    body = (
      <Box sx={{ display: 'grid', gap: 1.5 }}>
        <Box>
          <Typography variant="overline" color="text.secondary" component="h3">
            {t('notificationSettings.preview.subject')}
          </Typography>
          <Typography sx={{ fontWeight: 600 }} data-testid="preview-subject">
            {preview.subject}
          </Typography>
        </Box>
        <Box
          component="iframe"
          title={t('notificationSettings.preview.html')}
          sandbox=""
          srcDoc={preview.html ?? ''}
          sx={{
            width: '100%',
            height: { xs: 520, md: 640 },
            border: 1,
            borderColor: 'divider',
            borderRadius: 2,
            bgcolor: '#fff',
          }}
        />
        <Box component="details">
          <Box component="summary" sx={{ cursor: 'pointer', typography: 'body2', fontWeight: 600 }}>
            {t('notificationSettings.preview.text')}
          </Box>
          <Box
            component="pre"
            data-testid="preview-text"
            sx={{
              whiteSpace: 'pre-wrap',
              wordBreak: 'break-word',
              typography: 'body2',
              fontFamily: 'monospace',
              m: 0,
              mt: 1,
            }}
          >
            {preview.text}
          </Box>
        </Box>
      </Box>
    );
  else
    body = (
      <Box sx={{ display: 'grid', gap: 1 }}>
        <Typography variant="overline" color="text.secondary" component="h3">
          {t('notificationSettings.preview.smsText')}
        </Typography>
        <Box
          data-testid="preview-text"
          sx={{
            p: 1.5,
            borderRadius: 3,
            bgcolor: '#e9e4ec',
            maxWidth: 360,
            whiteSpace: 'pre-wrap',
            wordBreak: 'break-word',
          }}
        >
          {preview.text}
        </Box>
        <Typography variant="body2" color="text.secondary" data-testid="preview-segments">
          {preview.segments !== null && preview.segments !== undefined
            ? `${t('notificationSettings.preview.segments', {
                count: preview.segments,
                encoding:
                  preview.encoding === 'UCS2' || preview.encoding === 'GSM7'
                    ? t(`notificationSettings.preview.encoding.${preview.encoding}`)
                    : (preview.encoding ?? ''),
              })} · ${t('notificationSettings.preview.characters', { count: [...(preview.text ?? '')].length })}`
            : null}
        </Typography>
      </Box>
    );

  return (
    <SettingsCard
      title={t('notificationSettings.preview.title')}
      subtitle={t('notificationSettings.preview.subtitle')}
    >
      <Box
        sx={{
          display: 'grid',
          gap: 1.5,
          gridTemplateColumns: {
            xs: '1fr',
            sm: '1fr 1fr',
            md: 'minmax(0, 1.2fr) minmax(0, 0.6fr) minmax(0, 1.6fr)',
          },
        }}
      >
        <TextField
          select
          size="small"
          label={t('notificationSettings.preview.template')}
          value={template}
          onChange={(e) => setTemplate(e.target.value as NotificationTemplate)}
        >
          {settings.templates.map((row) => (
            <MenuItem key={row.template} value={row.template}>
              {t(`notifications.template.${row.template}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('notificationSettings.preview.channel')}
          value={effectiveChannel}
          onChange={(e) => {
            setChannel(e.target.value === 'SMS' ? 'SMS' : 'EMAIL');
            setTo(null);
          }}
        >
          <MenuItem value="EMAIL">{t('notifications.channel.EMAIL')}</MenuItem>
          <MenuItem value="SMS" disabled={!smsAvailable}>
            {t('notifications.channel.SMS')}
          </MenuItem>
        </TextField>
        <TextField
          select
          size="small"
          label={t('notificationSettings.preview.booking')}
          value={bookingId ?? ''}
          disabled={bookings.length === 0}
          onChange={(e) => setBookingId(e.target.value)}
          sx={{ gridColumn: { xs: 'auto', sm: '1 / -1', md: 'auto' } }}
        >
          {bookings.map((b) => (
            <MenuItem key={b.id} value={b.id}>
              {`${b.client.firstName} ${b.client.lastName} · ${formatDateTime(b.start)}`}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      {body}
      <Box
        component="section"
        aria-label={t('notificationSettings.test.title')}
        sx={{ borderTop: 1, borderColor: 'divider', pt: 2 }}
      >
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
          {t('notificationSettings.test.title')}
        </Typography>
        <Box
          sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: { xs: 'wrap', sm: 'nowrap' } }}
        >
          <TextField
            size="small"
            fullWidth
            label={
              effectiveChannel === 'EMAIL'
                ? t('notificationSettings.test.toEmail')
                : t('notificationSettings.test.toSms')
            }
            type={effectiveChannel === 'EMAIL' ? 'email' : 'tel'}
            value={recipient}
            onChange={(e) => {
              setTo(e.target.value);
              setTestErrors({});
            }}
            error={testErrors['input.to'] !== undefined}
            helperText={testErrors['input.to'] ?? t('notificationSettings.test.help')}
          />
          <Button
            variant="outlined"
            startIcon={<SendOutlined />}
            disabled={sendState.fetching || bookingId === null}
            onClick={() => void send()}
            sx={{ whiteSpace: 'nowrap', flexShrink: 0, width: { xs: '100%', sm: 'auto' }, height: 40 }}
          >
            {sendState.fetching
              ? t('notificationSettings.test.sending')
              : t('notificationSettings.test.send')}
          </Button>
        </Box>
        {testFeedback ? (
          <Alert
            severity={testFeedback.severity}
            role={testFeedback.severity === 'error' ? 'alert' : 'status'}
            sx={{ mt: 1.5 }}
          >
            {testFeedback.message}
          </Alert>
        ) : null}
      </Box>
    </SettingsCard>
  );
}
