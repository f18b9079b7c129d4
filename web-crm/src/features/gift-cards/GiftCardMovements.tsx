import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Divider from '@mui/material/Divider';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { formatEuros } from '@serenaia/shared/format';
import type { GiftCardFullFragment } from '../../gql/graphql';
import { formatDateTime, formatShortDate } from '../../shared/date-format';
import { lastValidInstant } from './gift-card-dates';

type Movement = GiftCardFullFragment['movements'][number];

/** "+50,00 €" / "−20,00 €"; nothing for a movement that moved no money (an extension of a live card). */
function signed(cents: number): string {
  if (cents === 0) return '—';
  return cents > 0 ? `+${formatEuros(cents)}` : `−${formatEuros(-cents)}`;
}

/** The ledger, oldest first: a table on wide screens, one block per movement on phones. */
export function GiftCardMovements({ movements }: { movements: readonly Movement[] }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('md'), { noSsr: true });
  const title = t('giftCards.detail.movements');
  return (
    <Card component="section" aria-label={title}>
      <CardContent sx={{ pb: 0 }}>
        <Typography variant="h6" component="h2">
          {title}
        </Typography>
      </CardContent>
      {phone ? (
        <Stack component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {movements.map((mv, i) => (
            <Fragment key={mv.id}>
              {i > 0 ? <Divider component="li" aria-hidden /> : null}
              <Box component="li" sx={{ px: 2, py: 1.5 }}>
                <Stack direction="row" sx={{ justifyContent: 'space-between', gap: 1 }}>
                  <Typography sx={{ fontWeight: 600 }}>
                    {t(`giftCards.detail.movementKinds.${mv.kind}`)}
                  </Typography>
                  <Typography sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                    {signed(mv.amountCents)}
                  </Typography>
                </Stack>
                <Typography variant="body2" color="text.secondary">
                  {formatDateTime(mv.occurredAt)} · {t('giftCards.detail.movementColumns.balanceAfter')}{' '}
                  {formatEuros(mv.balanceAfterCents)}
                </Typography>
                <MovementDetail mv={mv} />
              </Box>
            </Fragment>
          ))}
        </Stack>
      ) : (
        <TableContainer>
          <Table size="small" aria-label={title}>
            <TableHead>
              <TableRow>
                <TableCell>{t('giftCards.detail.movementColumns.date')}</TableCell>
                <TableCell>{t('giftCards.detail.movementColumns.kind')}</TableCell>
                <TableCell>{t('giftCards.detail.movementColumns.detail')}</TableCell>
                <TableCell align="right">{t('giftCards.detail.movementColumns.amount')}</TableCell>
                <TableCell align="right">{t('giftCards.detail.movementColumns.balanceAfter')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {movements.map((mv) => (
                <TableRow key={mv.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(mv.occurredAt)}</TableCell>
                  <TableCell>{t(`giftCards.detail.movementKinds.${mv.kind}`)}</TableCell>
                  <TableCell>
                    <MovementDetail mv={mv} />
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {signed(mv.amountCents)}
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {formatEuros(mv.balanceAfterCents)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Card>
  );
}

/** The ticket it belongs to, the new expiry of an extension, the reason or reference given. */
function MovementDetail({ mv }: { mv: Movement }) {
  const { t } = useTranslation();
  const parts = [
    mv.expiresAt
      ? t('giftCards.detail.extendedTo', { date: formatShortDate(lastValidInstant(mv.expiresAt)) })
      : null,
    mv.reason,
    mv.reference,
  ].filter((p): p is string => p !== null && p !== '');
  if (mv.saleId === null && parts.length === 0) return null;
  return (
    <Typography variant="body2" color="text.secondary" component="span" sx={{ display: 'block' }}>
      {mv.saleId !== null ? (
        <Link component={RouterLink} to={`/caisse/ventes/${mv.saleId}`} sx={{ mr: 1 }}>
          {t('giftCards.detail.seeTicket')}
        </Link>
      ) : null}
      {parts.join(' · ')}
    </Typography>
  );
}
