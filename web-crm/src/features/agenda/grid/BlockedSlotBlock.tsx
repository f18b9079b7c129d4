import LockOutlined from '@mui/icons-material/LockOutlined';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { formatTimeRange } from '@serenaia/shared/paris-time';
import type { AgendaBlock } from '../data/agenda-state';

export interface BlockedSlotBlockProps {
  block: AgendaBlock;
  top: number;
  height: number;
  /** "Cabine Lotus" when the block is a cabin's rather than the practitioner's. */
  cabinName: string | null;
  onClick: () => void;
}

/** Time taken out of the agenda: grey, hatched, with its reason. */
export function BlockedSlotBlock({ block, top, height, cabinName, onClick }: BlockedSlotBlockProps) {
  const { t } = useTranslation();
  const whose =
    block.practitionerId !== null
      ? t('agenda.block.label')
      : cabinName !== null
        ? t('agenda.block.cabin', { cabin: cabinName })
        : t('agenda.block.institute');
  const time = formatTimeRange(block.start, block.end);
  const reason = block.reason?.trim() ?? '';
  const shared = block.practitionerId === null;
  return (
    <Box
      component="button"
      type="button"
      data-block-id={block.id}
      aria-label={`${whose} ${time}${reason ? ` : ${reason}` : ''}`}
      onClick={(event) => {
        event.stopPropagation();
        onClick();
      }}
      sx={(theme) => ({
        position: 'absolute',
        top: top + 1,
        height: Math.max(height - 2, 14),
        left: shared ? 'auto' : 2,
        right: 2,
        width: shared ? 'calc(30% - 2px)' : 'auto',
        minWidth: shared ? 28 : 0,
        zIndex: shared ? 1 : 2,
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'flex-start',
        gap: 0.25,
        p: 0.5,
        m: 0,
        font: 'inherit',
        textAlign: 'left',
        overflow: 'hidden',
        cursor: 'pointer',
        color: '#5f5559',
        borderRadius: '8px',
        border: '1px solid #cfc6ca',
        backgroundColor: '#ece8e9',
        backgroundImage: 'repeating-linear-gradient(45deg, #e2dcde 0 6px, #f1eeef 6px 12px)',
        '&:hover': { borderColor: '#a89ca1' },
        '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 1 },
      })}
    >
      <Box
        component="span"
        sx={{
          display: 'flex',
          alignItems: 'center',
          gap: 0.5,
          fontSize: '0.72rem',
          fontWeight: 700,
          minWidth: 0,
        }}
      >
        <LockOutlined sx={{ fontSize: 13 }} aria-hidden />
        <Box component="span" sx={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
          {shared ? whose : `${whose} · ${time}`}
        </Box>
      </Box>
      {reason && height >= 40 ? (
        <Box
          component="span"
          sx={{
            fontSize: '0.74rem',
            fontStyle: 'italic',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            maxWidth: '100%',
          }}
        >
          {reason}
        </Box>
      ) : null}
    </Box>
  );
}
