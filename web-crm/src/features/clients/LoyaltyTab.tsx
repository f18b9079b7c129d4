import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatEuros } from '@serenaia/shared/format';
import { LoyaltyAccountDocument, type LoyaltyAccountQuery } from '../../gql/graphql';
import { formatDateTime, formatShortDate } from '../../shared/date-format';
import { LoadError } from '../../shared/page';

type Account = LoyaltyAccountQuery['loyaltyAccount'];

const TIER_COLOURS: Record<Account['tier'], string> = {
  BRONZE: '#a97142',
  SILVER: '#8a8f98',
  GOLD: '#b8860b',
};

/** The client's points: balance, tier, rewards she can take now, referral code and every movement. */
export function LoyaltyTab({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: LoyaltyAccountDocument,
    variables: { clientId },
    requestPolicy: 'cache-and-network',
  });
  const account = data?.loyaltyAccount;
  if (error)
    return (
      <LoadError
        message={t('clientFile.loyalty.error')}
        error={error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  if (!account) return fetching ? <Skeleton variant="rounded" height={240} /> : null;
  const points = (n: number) =>
    t('clientFile.loyalty.points', { count: n, formatted: n.toLocaleString('fr-FR') });
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(3, 1fr)' }, gap: 1.25 }}>
        <Figure label={t('clientFile.loyalty.balance')} value={points(account.balance)} />
        <Card>
          <CardContent sx={{ py: 1.25, '&:last-child': { pb: 1.25 } }}>
            <Typography variant="body2" color="text.secondary">
              {t('clientFile.loyalty.tier')}
            </Typography>
            <Chip
              label={account.tierName}
              sx={{ mt: 0.5, bgcolor: TIER_COLOURS[account.tier], color: '#fff', fontWeight: 600 }}
            />
          </CardContent>
        </Card>
        <Figure label={t('clientFile.loyalty.spend')} value={formatEuros(account.spend12mCents)} />
      </Box>
      <Card>
        <CardContent>
          <Typography variant="subtitle2" color="text.secondary">
            {t('clientFile.loyalty.rewards')}
          </Typography>
          {account.availableRewards.length === 0 ? (
            <Typography>{t('clientFile.loyalty.noReward')}</Typography>
          ) : (
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 0.5 }}>
              {account.availableRewards.map((r) => (
                <Chip
                  key={r.code}
                  color="success"
                  variant="outlined"
                  label={`${r.name} · ${points(r.points)}`}
                />
              ))}
            </Box>
          )}
          <Typography variant="subtitle2" color="text.secondary" sx={{ mt: 1.5 }}>
            {t('clientFile.loyalty.referral')}
          </Typography>
          <Typography sx={{ fontFamily: 'monospace', fontSize: '1.1rem', letterSpacing: 1 }}>
            {account.referralCode}
          </Typography>
          {account.referredBy ? (
            <Typography variant="body2" color="text.secondary">
              {t('clientFile.loyalty.referred')}
            </Typography>
          ) : null}
        </CardContent>
      </Card>
      <Typography variant="subtitle2" color="text.secondary">
        {t('clientFile.loyalty.movements')}
      </Typography>
      {account.movements.length === 0 ? (
        <Card sx={{ py: 4, textAlign: 'center' }}>
          <Typography color="text.secondary">{t('clientFile.loyalty.empty')}</Typography>
        </Card>
      ) : (
        <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1 }}>
          {account.movements.map((m) => (
            <Card component="li" key={m.id}>
              <CardContent sx={{ py: 1.25, '&:last-child': { pb: 1.25 } }}>
                <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' }}>
                  <Typography sx={{ fontWeight: 600 }}>{m.reason}</Typography>
                  <Typography
                    sx={{
                      fontVariantNumeric: 'tabular-nums',
                      fontWeight: 600,
                      color: m.points > 0 ? 'success.main' : 'text.secondary',
                    }}
                  >
                    {m.points > 0 ? '+' : '−'}
                    {Math.abs(m.points).toLocaleString('fr-FR')}
                  </Typography>
                </Box>
                <Typography variant="body2" color="text.secondary">
                  {formatDateTime(m.occurredAt)} · {t(`clientFile.loyalty.kinds.${m.kind}`)}
                  {m.points > 0 && m.remaining > 0 && m.expiresAt
                    ? ` · ${t('clientFile.loyalty.left', {
                        points: m.remaining.toLocaleString('fr-FR'),
                        date: formatShortDate(m.expiresAt),
                      })}`
                    : ''}
                </Typography>
              </CardContent>
            </Card>
          ))}
        </Box>
      )}
    </Box>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Card>
      <CardContent sx={{ py: 1.25, '&:last-child': { pb: 1.25 } }}>
        <Typography variant="body2" color="text.secondary">
          {label}
        </Typography>
        <Typography variant="h6" component="p" sx={{ fontVariantNumeric: 'tabular-nums' }}>
          {value}
        </Typography>
      </CardContent>
    </Card>
  );
}
