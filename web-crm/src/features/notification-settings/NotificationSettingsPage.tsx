import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlineOutlined from '@mui/icons-material/ErrorOutlineOutlined';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import SendOutlined from '@mui/icons-material/SendOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Skeleton from '@mui/material/Skeleton';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  NotificationSettingsDocument,
  PreviewBookingsDocument,
  PreviewNotificationDocument,
  SendTestNotificationDocument,
  UpdateNotificationSettingsDocument,
  type ChannelDelivery,
  type NotificationChannel,
  type NotificationSettingsFieldsFragment,
  type NotificationTemplate,
} from '../../gql/graphql';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { useCurrentUser } from '../auth';
import { useInstitute } from '../institute';
import { AdminGate, LoadError, Page, PageHeader } from '../../shared/page';
import { formatDateTime } from '../../shared/date-format';
import {
  changesOf,
  initialForm,
  senderProblem,
  toggle,
  type NotificationSettingsForm,
} from './settings-form';

type Feedback = { severity: 'success' | 'error'; message: string } | null;

function SettingsCard({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle?: string;
  children: ReactNode;
}) {
  return (
    <Card component="section" aria-label={title}>
      <CardHeader
        title={title}
        subheader={subtitle}
        slotProps={{ title: { variant: 'h6', component: 'h2' }, subheader: { variant: 'body2' } }}
        sx={{ pb: 0 }}
      />
      <CardContent sx={{ display: 'grid', gap: 2 }}>{children}</CardContent>
    </Card>
  );
}

const DELIVERY_LOOK: Record<ChannelDelivery, { color: 'success' | 'info' | 'warning'; icon: ReactElement }> =
  {
    PROVIDER: { color: 'success', icon: <CheckCircleOutlined /> },
    DEVELOPMENT: { color: 'info', icon: <InfoOutlined /> },
    NONE: { color: 'warning', icon: <ErrorOutlineOutlined /> },
  };

/** Where a channel's messages end up: they leave, stay on this machine (development), or are not sent. */
function ChannelState({ label, delivery, text }: { label: string; delivery: ChannelDelivery; text: string }) {
  const look = DELIVERY_LOOK[delivery];
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      <Typography sx={{ fontWeight: 600, minWidth: 64 }}>{label}</Typography>
      <Chip
        size="small"
        variant="outlined"
        color={look.color}
        icon={look.icon}
        label={text}
        data-delivery={delivery}
        sx={{ height: 'auto', py: 0.25, '& .MuiChip-label': { whiteSpace: 'normal' } }}
      />
    </Box>
  );
}

/** The switches and the SMS sender, for settings loaded from the API. */
export function NotificationSettingsForm({
  settings,
  onSaved,
}: {
  settings: NotificationSettingsFieldsFragment;
  onSaved: (settings: NotificationSettingsFieldsFragment) => void;
}) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(settings);
  const [form, setForm] = useState<NotificationSettingsForm>(() => initialForm(settings));
  const [state, update] = useMutation(UpdateNotificationSettingsDocument);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const changes = changesOf(saved, form);
  const dirty = Object.keys(changes).length > 0;
  const badSender = senderProblem(form.smsSender);

  const edit = (next: NotificationSettingsForm) => {
    setForm(next);
    setFeedback(null);
  };
  const save = async () => {
    setFeedback(null);
    setErrors({});
    const result = await update({ input: changes });
    if (result.data) {
      const next = result.data.updateNotificationSettings;
      setSaved(next);
      setForm(initialForm(next));
      onSaved(next);
      setFeedback({ severity: 'success', message: t('notificationSettings.saved') });
      return;
    }
    if (result.error) {
      setErrors(fieldErrors(result.error));
      setFeedback({
        severity: 'error',
        message: `${t('notificationSettings.saveError')} ${errorMessage(result.error, {
          network: t('errors.network'),
          unexpected: t('errors.unexpected'),
        })}`,
      });
    }
  };

  const senderError = badSender ? t('notificationSettings.sender.invalid') : errors['input.smsSender'];
  return (
    <Box
      component="form"
      noValidate
      autoComplete="off"
      onSubmit={(e) => {
        e.preventDefault();
        if (!badSender) void save();
      }}
      sx={{ display: 'grid', gap: 2 }}
    >
      <SettingsCard title={t('notificationSettings.channels.title')}>
        <ChannelState
          label={t('notificationSettings.channels.email')}
          delivery={saved.emailDelivery}
          text={t(`notificationSettings.channels.emailDelivery.${saved.emailDelivery}`)}
        />
        <ChannelState
          label={t('notificationSettings.channels.sms')}
          delivery={saved.smsDelivery}
          text={t(`notificationSettings.channels.smsDelivery.${saved.smsDelivery}`)}
        />
      </SettingsCard>

      <SettingsCard
        title={t('notificationSettings.templates.title')}
        subtitle={t('notificationSettings.templates.subtitle')}
      >
        <Table
          size="small"
          aria-label={t('notificationSettings.templates.title')}
          sx={{ mx: -2, width: 'auto' }}
        >
          <TableHead>
            <TableRow>
              <TableCell>{t('notificationSettings.templates.template')}</TableCell>
              <TableCell align="center" sx={{ width: 88, whiteSpace: 'nowrap' }}>
                {t('notificationSettings.templates.email')}
              </TableCell>
              <TableCell align="center" sx={{ width: 88, whiteSpace: 'nowrap' }}>
                {t('notificationSettings.templates.sms')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {form.templates.map((row) => {
              const name = t(`notifications.template.${row.template}`);
              return (
                <TableRow key={row.template} data-template={row.template}>
                  <TableCell sx={{ py: 1 }}>
                    <Typography variant="body2" sx={{ fontWeight: 600 }}>
                      {name}
                    </Typography>
                    <Typography variant="caption" color="text.secondary" component="p">
                      {t(`notifications.templateHelp.${row.template}`)}
                    </Typography>
                  </TableCell>
                  <TableCell align="center" padding="none">
                    <Switch
                      checked={row.email}
                      onChange={(e) => edit(toggle(form, row.template, 'email', e.target.checked))}
                      slotProps={{
                        input: {
                          'aria-label': t('notificationSettings.templates.switchLabel', {
                            template: name,
                            channel: t('notifications.channel.EMAIL'),
                          }),
                        },
                      }}
                    />
                  </TableCell>
                  <TableCell align="center" padding="none">
                    {row.smsAvailable ? (
                      <Switch
                        checked={row.sms}
                        onChange={(e) => edit(toggle(form, row.template, 'sms', e.target.checked))}
                        slotProps={{
                          input: {
                            'aria-label': t('notificationSettings.templates.switchLabel', {
                              template: name,
                              channel: t('notifications.channel.SMS'),
                            }),
                          },
                        }}
                      />
                    ) : (
                      <Typography
                        variant="caption"
                        color="text.secondary"
                        title={t('notificationSettings.templates.noSms')}
                        aria-label={t('notificationSettings.templates.noSms')}
                      >
                        —
                      </Typography>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </SettingsCard>

      <SettingsCard title={t('notificationSettings.sender.title')}>
        <TextField
          size="small"
          label={t('notificationSettings.sender.label')}
          value={form.smsSender}
          onChange={(e) => edit({ ...form, smsSender: e.target.value })}
          error={senderError !== undefined}
          helperText={senderError ?? t('notificationSettings.sender.help')}
          slotProps={{ htmlInput: { maxLength: 11, spellCheck: false } }}
          sx={{ maxWidth: 360 }}
        />
      </SettingsCard>

      {feedback ? (
        <Alert severity={feedback.severity} role={feedback.severity === 'error' ? 'alert' : 'status'}>
          {feedback.message}
        </Alert>
      ) : null}
      <Box
        sx={{
          position: 'sticky',
          bottom: 0,
          zIndex: 1,
          py: 1.5,
          bgcolor: 'background.default',
          display: 'flex',
          justifyContent: 'flex-end',
          borderTop: 1,
          borderColor: 'divider',
        }}
      >
        <Button
          type="submit"
          variant="contained"
          disabled={!dirty || badSender || state.fetching}
          sx={{ width: { xs: '100%', sm: 'auto' } }}
        >
          {state.fetching ? t('notificationSettings.saving') : t('notificationSettings.save')}
        </Button>
      </Box>
    </Box>
  );
}

/** A template rendered with a real booking, and a test sent to an address. */
export function NotificationPreviewCard({ settings }: { settings: NotificationSettingsFieldsFragment }) {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const [template, setTemplate] = useState<NotificationTemplate>('BOOKING_CONFIRMED');
  const [channel, setChannel] = useState<NotificationChannel>('EMAIL');
  const [chosenBooking, setBookingId] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [testFeedback, setTestFeedback] = useState<Feedback>(null);
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

/** `/reglages/notifications` (admins): which messages go out, the SMS sender, a preview and a test. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  const { user, fetching: userFetching } = useCurrentUser();
  const admin = user?.role === 'ADMIN';
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: NotificationSettingsDocument,
    pause: !admin,
    requestPolicy: 'network-only',
  });
  const [latest, setLatest] = useState<NotificationSettingsFieldsFragment | null>(null);
  const settings = latest ?? data?.notificationSettings ?? null;

  return (
    <Page maxWidth={900} pageTitle={t('notificationSettings.pageTitle')} institute={institute?.name}>
      <PageHeader title={t('notificationSettings.title')} subtitle={t('notificationSettings.subtitle')} />
      <AdminGate user={user} userFetching={userFetching} denied={t('notificationSettings.adminOnly')}>
        {settings ? (
          <Box sx={{ display: 'grid', gap: 2 }}>
            <NotificationSettingsForm settings={settings} onSaved={setLatest} />
            <NotificationPreviewCard settings={settings} />
          </Box>
        ) : error && !fetching ? (
          <LoadError
            message={t('notificationSettings.loadError')}
            error={error}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        ) : (
          <Skeleton variant="rounded" height={320} />
        )}
      </AdminGate>
    </Page>
  );
}
