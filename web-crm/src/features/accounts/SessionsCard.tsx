import ComputerOutlined from '@mui/icons-material/ComputerOutlined';
import PhoneIphoneOutlined from '@mui/icons-material/PhoneIphoneOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, type UseQueryResponse } from 'urql';
import { EndSessionDocument, type MySessionsQuery } from '../../gql/graphql';
import { LOCALE, TIME_ZONE } from '@serenaia/shared/format';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { LoadError } from '../../shared/page';

const when = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, dateStyle: 'long', timeStyle: 'short' });
const MOBILE = /iPhone|iPad|Android/;

/** The open sessions, the current one first and flagged; "Déconnecter" on each other one. */
export function SessionsCard({ query }: { query: UseQueryResponse<MySessionsQuery> }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = query;
  const [ending, end] = useMutation(EndSessionDocument);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const sessions = [...(data?.mySessions ?? [])].sort((a, b) => Number(b.current) - Number(a.current));

  const endOne = async (id: string) => {
    const result = await end({ id });
    if (result.data?.endSession) {
      setMessage({ ok: true, text: t('myAccount.ended') });
      refetch({ requestPolicy: 'network-only' });
    } else if (result.error) {
      setMessage({
        ok: false,
        text: errorMessage(result.error, {
          network: t('errors.network'),
          unexpected: t('errors.unexpected'),
        }),
      });
    }
  };

  return (
    <Card>
      <CardContent sx={{ p: { xs: 2.5, sm: 3 } }}>
        <Typography variant="h6" component="h2">
          {t('myAccount.sessionsTitle')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {t('myAccount.sessionsIntro')}
        </Typography>
        {message !== null ? (
          <Alert severity={message.ok ? 'success' : 'error'} role="status" sx={{ mb: 1.5 }}>
            {message.text}
          </Alert>
        ) : null}
        {error && !data ? (
          <LoadError
            message={t('myAccount.sessionsLoadError')}
            error={error}
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
          />
        ) : null}
        {fetching && !data ? <Skeleton variant="rounded" height={120} /> : null}
        <List disablePadding aria-label={t('myAccount.sessionsTitle')}>
          {sessions.map((s) => (
            <ListItem
              key={s.id}
              divider
              disableGutters
              sx={{ gap: 1.5, alignItems: 'flex-start', flexWrap: { xs: 'wrap', sm: 'nowrap' } }}
            >
              <Box sx={{ color: 'text.secondary', pt: 0.5 }} aria-hidden>
                {MOBILE.test(s.userAgent) ? <PhoneIphoneOutlined /> : <ComputerOutlined />}
              </Box>
              <Box sx={{ flex: { xs: '1 1 calc(100% - 48px)', sm: 1 }, minWidth: 0 }}>
                <Typography variant="body1" sx={{ fontWeight: 600 }}>
                  {s.userAgent}{' '}
                  {s.current ? <Chip size="small" color="primary" label={t('myAccount.current')} /> : null}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {t('myAccount.lastSeen', { date: when.format(new Date(s.lastSeenAt)) })} · {s.ip}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {t('myAccount.since', { date: when.format(new Date(s.createdAt)) })}
                </Typography>
              </Box>
              {s.current ? null : (
                <Button
                  variant="outlined"
                  color="error"
                  size="small"
                  disabled={ending.fetching}
                  onClick={() => void endOne(s.id)}
                  aria-label={t('myAccount.endSessionLabel', { device: s.userAgent })}
                  sx={{ ml: { xs: 4.5, sm: 0 } }}
                >
                  {t('myAccount.endSession')}
                </Button>
              )}
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}
