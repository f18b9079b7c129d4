import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { CombinedError } from '@urql/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { useQuery } from 'urql';
import { BookingNotificationsDocument, type BookingStatus } from '../../gql/graphql';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { formatDateTime } from '../../shared/date-format';
import { ChannelIcon, NotificationStatus } from './NotificationDetail';
import { ResendButton } from './ResendButton';
import { displayRecipient } from './notification-format';

export interface BookingNotificationSectionProps {
  bookingId: string;
  /** The booking's status as the agenda shows it: a change (a cancellation writes a message) reloads. */
  status: BookingStatus;
  /** A success message for the page's toast. */
  onNotify: (message: string) => void;
}

/** The booking drawer's "Messages": what was sent about this booking, with its status and a resend. */
export function BookingNotificationSection({ bookingId, status, onNotify }: BookingNotificationSectionProps) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: BookingNotificationsDocument,
    variables: { bookingId },
    requestPolicy: 'cache-and-network',
  });
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [failure, setFailure] = useState<string | null>(null);
  const [seenStatus, setSeenStatus] = useState(status);
  useEffect(() => {
    if (status !== seenStatus) {
      setSeenStatus(status);
      reload();
    }
  }, [status, seenStatus, reload]);

  const onFailed = (e: CombinedError | undefined) =>
    setFailure(
      `${t('notifications.resend.error')} ${
        e ? errorMessage(e, { network: t('errors.network'), unexpected: t('errors.unexpected') }) : ''
      }`.trim(),
    );

  const rows = data?.notifications.items ?? [];
  if (!data && fetching) return <Skeleton variant="rounded" height={56} />;
  if (!data && error)
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={reload}>
            {t('errors.retry')}
          </Button>
        }
      >
        {t('notifications.section.loadError')}
      </Alert>
    );
  return (
    <Box>
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('notifications.section.empty')}
        </Typography>
      ) : (
        <Box
          component="ul"
          aria-label={t('notifications.section.title')}
          sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.25 }}
        >
          {rows.map((n) => (
            <Box
              component="li"
              key={n.id}
              data-notification-id={n.id}
              sx={{ display: 'grid', gap: 0.5, pb: 1.25, borderBottom: 1, borderColor: 'divider' }}
            >
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
                <ChannelIcon channel={n.channel} />
                <Typography variant="body2" sx={{ fontWeight: 600, flexGrow: 1 }}>
                  {t(`notifications.template.${n.template}`)}
                </Typography>
                <Typography
                  variant="caption"
                  color="text.secondary"
                  sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
                >
                  {formatDateTime(n.createdAt)}
                </Typography>
              </Box>
              {n.recipient ? (
                <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-all' }}>
                  {displayRecipient(n.recipient)}
                </Typography>
              ) : null}
              <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
                <Box sx={{ flexGrow: 1, minWidth: 0 }}>
                  <NotificationStatus notification={n} />
                </Box>
                <ResendButton
                  notification={n}
                  onResent={() => {
                    setFailure(null);
                    reload();
                    onNotify(t('notifications.resend.done'));
                  }}
                  onFailed={onFailed}
                />
              </Box>
            </Box>
          ))}
        </Box>
      )}
      {failure ? (
        <Alert severity="error" sx={{ mt: 1 }} onClose={() => setFailure(null)}>
          {failure}
        </Alert>
      ) : null}
      <Link
        component={RouterLink}
        to="/notifications"
        variant="body2"
        sx={{ display: 'inline-block', mt: 1 }}
      >
        {t('notifications.section.all')}
      </Link>
    </Box>
  );
}
