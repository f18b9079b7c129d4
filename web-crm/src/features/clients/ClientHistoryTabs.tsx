import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '@serenaia/shared/format';
import { type ClientFileQuery } from '../../gql/graphql';
import { formatDateTime } from '../../shared/date-format';

type File = ClientFileQuery['clientFile'];

function Rows({ empty, children }: { empty: string; children: ReactNode[] }) {
  if (children.length === 0)
    return (
      <Card sx={{ py: 4, textAlign: 'center' }}>
        <Typography color="text.secondary">{empty}</Typography>
      </Card>
    );
  return (
    <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1 }}>
      {children}
    </Box>
  );
}

function Line({ left, right, sub }: { left: ReactNode; right: ReactNode; sub?: ReactNode }) {
  return (
    <Card component="li">
      <CardContent sx={{ py: 1.25, '&:last-child': { pb: 1.25 } }}>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' }}>
          <Typography sx={{ fontWeight: 600 }}>{left}</Typography>
          <Typography sx={{ fontVariantNumeric: 'tabular-nums' }}>{right}</Typography>
        </Box>
        {sub ? (
          <Typography variant="body2" color="text.secondary">
            {sub}
          </Typography>
        ) : null}
      </CardContent>
    </Card>
  );
}

export function BookingsTab({ file }: { file: File }) {
  const { t } = useTranslation();
  const status = (s: string) =>
    t(`clientFile.bookings.status.${s as 'PENDING' | 'CONFIRMED' | 'COMPLETED' | 'CANCELLED' | 'NO_SHOW'}`, {
      defaultValue: s,
    });
  return (
    <Rows empty={t('clientFile.bookings.empty')}>
      {file.bookings.map((b) => (
        <Line
          key={b.id}
          left={`${formatDateTime(b.startsAt)} · ${b.services}`}
          right={formatEuros(b.priceCents)}
          sub={
            <>
              {b.practitioners} · {b.reference} ·{' '}
              <Box
                component="span"
                sx={{ color: b.status === 'NO_SHOW' ? 'error.main' : undefined, fontWeight: 600 }}
              >
                {status(b.status)}
              </Box>
            </>
          }
        />
      ))}
    </Rows>
  );
}

export function PaymentsTab({ file }: { file: File }) {
  const { t } = useTranslation();
  return (
    <Rows empty={t('clientFile.payments.empty')}>
      {file.payments.map((p) => (
        <Line
          key={p.id}
          left={`${formatDateTime(p.createdAt)} · ${p.bookingReference ?? ''}`}
          right={formatEuros(p.amountCents)}
          sub={
            <>
              {p.method} · {p.status}
              {p.refundedCents > 0
                ? ` · ${t('clientFile.payments.refunded', { amount: formatEuros(p.refundedCents) })}`
                : ''}
            </>
          }
        />
      ))}
    </Rows>
  );
}

export function MessagesTab({ file }: { file: File }) {
  const { t } = useTranslation();
  return (
    <Rows empty={t('clientFile.messages.empty')}>
      {file.messages.map((m) => (
        <Line
          key={m.id}
          left={`${formatDateTime(m.createdAt)} · ${m.channel === 'SMS' ? 'SMS' : 'E-mail'}`}
          right={m.status}
          sub={`${m.template} · ${m.recipient}`}
        />
      ))}
    </Rows>
  );
}
