import ReplayOutlined from '@mui/icons-material/ReplayOutlined';
import Button from '@mui/material/Button';
import type { CombinedError } from '@urql/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ResendNotificationDocument } from '../../gql/graphql';
import { canResend } from './notifications-filter';
import { displayRecipient, type LogNotification } from './notification-format';

export interface ResendButtonProps {
  notification: LogNotification;
  onResent: (resent: LogNotification) => void;
  onFailed: (error: CombinedError | undefined) => void;
}

/** "Renvoyer": the message again, as a new row of the log (nothing for a message still waiting). */
export function ResendButton({ notification: n, onResent, onFailed }: ResendButtonProps) {
  const { t } = useTranslation();
  const [state, resend] = useMutation(ResendNotificationDocument);
  if (!canResend(n)) return null;
  return (
    <Button
      size="small"
      variant="text"
      startIcon={<ReplayOutlined fontSize="small" />}
      disabled={state.fetching}
      aria-label={t('notifications.resend.actionFor', {
        template: t(`notifications.template.${n.template}`),
        channel: t(`notifications.channel.${n.channel}`),
        recipient: n.recipient === '' ? t('notifications.list.noRecipient') : displayRecipient(n.recipient),
      })}
      onClick={() =>
        void resend({ id: n.id }).then((result) => {
          if (result.data) onResent(result.data.resendNotification);
          else onFailed(result.error);
        })
      }
      sx={{ whiteSpace: 'nowrap' }}
    >
      {state.fetching ? t('notifications.resend.sending') : t('notifications.resend.action')}
    </Button>
  );
}
