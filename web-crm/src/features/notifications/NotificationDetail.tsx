import EmailOutlined from '@mui/icons-material/EmailOutlined';
import SmsOutlined from '@mui/icons-material/SmsOutlined';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { NotificationChannel } from '../../gql/graphql';
import { formatDateTime } from '../../shared/date-format';
import { NotificationStatusChip } from './NotificationStatusChip';
import { shortError, statusInstant, type LogNotification } from './notification-format';

/** The status chip with what explains it: the skip reason, the last error, when it left or is due. */
export function NotificationStatus({ notification: n }: { notification: LogNotification }) {
  const { t } = useTranslation();
  const instant = statusInstant(n);
  return (
    <Box sx={{ minWidth: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, flexWrap: 'wrap' }}>
        <NotificationStatusChip status={n.status} channel={n.channel} />
        {n.isTest ? (
          <Chip label={t('notifications.list.test')} size="small" variant="outlined" sx={{ height: 22 }} />
        ) : null}
        {n.resendOfId ? (
          <Chip
            label={t('notifications.list.resendOf')}
            size="small"
            variant="outlined"
            sx={{ height: 22 }}
          />
        ) : null}
      </Box>
      {n.status === 'SKIPPED' && n.skipReason ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {n.skipReason}
        </Typography>
      ) : null}
      {n.status === 'CAPTURED' ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {t(`notifications.capturedHelp.${n.channel}`)}
        </Typography>
      ) : null}
      {n.status === 'FAILED' && n.lastError ? (
        <Typography
          variant="body2"
          sx={{ mt: 0.5, color: '#a12a2a', wordBreak: 'break-word' }}
          title={n.lastError}
        >
          {t('notifications.list.lastError', { error: shortError(n.lastError) })}
        </Typography>
      ) : null}
      {n.status === 'FAILED' || (n.status === 'QUEUED' && n.attempts > 0) ? (
        <Typography variant="caption" color="text.secondary" component="p">
          {t('notifications.list.attempts', { count: n.attempts })}
        </Typography>
      ) : null}
      {instant ? (
        <Typography variant="caption" color="text.secondary" component="p">
          {t(`notifications.list.${instant.kind}`, { date: formatDateTime(instant.at) })}
        </Typography>
      ) : null}
    </Box>
  );
}

export function ChannelIcon({ channel }: { channel: NotificationChannel }) {
  const { t } = useTranslation();
  const Icon = channel === 'EMAIL' ? EmailOutlined : SmsOutlined;
  return (
    <Icon
      fontSize="small"
      titleAccess={t(`notifications.channel.${channel}`)}
      sx={{ color: 'text.secondary' }}
    />
  );
}
