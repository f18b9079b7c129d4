import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlineOutlined from '@mui/icons-material/ErrorOutlineOutlined';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  UpdateNotificationSettingsDocument,
  type ChannelDelivery,
  type NotificationSettingsFieldsFragment,
} from '../../gql/graphql';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { SaveBar, type SaveFeedback } from '../../shared/SaveBar';
import {
  changesOf,
  initialForm,
  senderProblem,
  toggle,
  type NotificationSettingsForm,
} from './settings-form';
import { SettingsCard } from './SettingsCard';

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
  const [feedback, setFeedback] = useState<SaveFeedback>(null);
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

      <SaveBar
        feedback={feedback}
        disabled={!dirty || badSender}
        saving={state.fetching}
        label={t('notificationSettings.save')}
        savingLabel={t('notificationSettings.saving')}
      />
    </Box>
  );
}
