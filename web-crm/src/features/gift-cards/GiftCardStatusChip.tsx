import Chip from '@mui/material/Chip';
import type { SxProps, Theme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import type { GiftCardStatus } from '../../gql/graphql';

const COLOR = {
  PENDING_PAYMENT: 'warning',
  ACTIVE: 'success',
  USED: 'default',
  EXPIRED: 'default',
  CANCELLED: 'error',
} as const;

/** A card's status; an active card with part of its value spent reads « Entamée ». */
export function GiftCardStatusChip({
  card,
  sx,
}: {
  card: { status: GiftCardStatus; balanceCents: number; faceValueCents: number };
  sx?: SxProps<Theme>;
}) {
  const { t } = useTranslation();
  const partly = card.status === 'ACTIVE' && card.balanceCents < card.faceValueCents;
  return (
    <Chip
      size="small"
      variant={partly ? 'outlined' : 'filled'}
      color={COLOR[card.status]}
      label={partly ? t('giftCards.partlyUsed') : t(`giftCards.status.${card.status}`)}
      sx={sx}
    />
  );
}
