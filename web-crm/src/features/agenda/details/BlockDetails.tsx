import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import type { CombinedError } from '@urql/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { UnblockSlotDocument } from '../../../gql/graphql';
import { capitalize } from '@serenaia/shared/format';
import { formatDay, formatTimeRange, localDateOf } from '@serenaia/shared/paris-time';
import type { AgendaBlock, AgendaPractitioner } from '../data/agenda-state';
import type { Cabin } from '../data/useAgendaSettings';

export interface BlockDetailsProps {
  block: AgendaBlock;
  practitioners: readonly AgendaPractitioner[];
  cabins: readonly Cabin[];
  onBeforeChange: (blockId: string) => void;
  onUnblocked: (block: AgendaBlock) => void;
  onFailed: (error: CombinedError | undefined) => void;
}

/** A blocked slot: whose, when, why; and "Débloquer". */
export function BlockDetails({
  block,
  practitioners,
  cabins,
  onBeforeChange,
  onUnblocked,
  onFailed,
}: BlockDetailsProps) {
  const { t } = useTranslation();
  const [{ fetching }, unblock] = useMutation(UnblockSlotDocument);
  const practitioner = practitioners.find((p) => p.id === block.practitionerId);
  const cabin = cabins.find((c) => c.id === block.cabinId);
  const rows: [string, string][] = [
    [
      t('agenda.details.when'),
      `${capitalize(formatDay(localDateOf(block.start)))}, ${formatTimeRange(block.start, block.end)}`,
    ],
    [t('agenda.details.practitioner'), practitioner?.displayName ?? t('agenda.details.whole')],
    ...(cabin ? ([[t('agenda.details.cabin'), cabin.name]] as [string, string][]) : []),
    [t('agenda.details.reason'), block.reason?.trim() || t('agenda.details.noReason')],
  ];
  return (
    <Box>
      {rows.map(([label, value]) => (
        <Box key={label} component="section" sx={{ py: 1.25 }}>
          <Typography variant="overline" component="h3" color="text.secondary" sx={{ lineHeight: 1.6 }}>
            {label}
          </Typography>
          <Typography>{value}</Typography>
        </Box>
      ))}
      <Divider sx={{ my: 1 }} />
      <Button
        variant="contained"
        disabled={fetching}
        onClick={() => {
          onBeforeChange(block.id);
          void unblock({ id: block.id }).then((result) => {
            if (result.data) onUnblocked(result.data.unblockSlot);
            else onFailed(result.error);
          });
        }}
      >
        {t('agenda.details.unblock')}
      </Button>
    </Box>
  );
}
