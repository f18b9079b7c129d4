import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { NotificationChannel, NotificationStatus } from '../../gql/graphql';

export const NOTIFICATION_STATUS_COLORS: Record<NotificationStatus, { fg: string; bg: string }> = {
  QUEUED: { fg: '#7a4b00', bg: '#fdeccb' },
  SENT: { fg: '#245c33', bg: '#e3f1e6' },
  FAILED: { fg: '#a12a2a', bg: '#fbe1e1' },
  SKIPPED: { fg: '#6b5d63', bg: '#ece6e8' },
  CAPTURED: { fg: '#2f4f6b', bg: '#e1ebf4' },
};

/** A message kept on this machine says where (server log, mail catcher); other statuses read the same on both channels. */
export function NotificationStatusChip({
  status,
  channel,
}: {
  status: NotificationStatus;
  channel: NotificationChannel;
}) {
  const { t } = useTranslation();
  const colors = NOTIFICATION_STATUS_COLORS[status];
  return (
    <Chip
      label={
        status === 'CAPTURED' ? t(`notifications.captured.${channel}`) : t(`notifications.status.${status}`)
      }
      size="small"
      data-status={status}
      sx={{ fontWeight: 700, color: colors.fg, bgcolor: colors.bg, height: 22 }}
    />
  );
}
