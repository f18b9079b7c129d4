import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { type TerminalOutcome } from '../../gql/graphql';

/**
 * The demo's virtual terminal, clearly labelled: the amount it would show, and buttons to accept or
 * decline the card in the customer's place.
 */
export function VirtualTerminal({
  amount,
  busy,
  onOutcome,
}: {
  amount: string;
  busy: boolean;
  onOutcome: (outcome: TerminalOutcome) => void;
}) {
  const { t } = useTranslation();
  return (
    <Box
      component="section"
      aria-label={t('payments.terminal.virtual.title')}
      sx={{
        mt: 2,
        p: 2,
        borderRadius: 3,
        border: '2px dashed',
        borderColor: 'warning.main',
        bgcolor: '#fffaf0',
      }}
    >
      <Typography
        variant="overline"
        component="h3"
        sx={{ color: 'warning.dark', fontWeight: 700, lineHeight: 1.6 }}
      >
        {t('payments.terminal.virtual.title')}
      </Typography>
      <Typography sx={{ fontSize: '1.6rem', fontWeight: 700, fontVariantNumeric: 'tabular-nums', my: 0.5 }}>
        {amount}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('payments.terminal.virtual.intro')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button
          variant="contained"
          color="success"
          disabled={busy}
          onClick={() => onOutcome('APPROVED')}
          sx={{ flex: '1 1 auto', whiteSpace: 'nowrap' }}
        >
          {t('payments.terminal.virtual.approve')}
        </Button>
        <Button
          variant="outlined"
          color="error"
          disabled={busy}
          onClick={() => onOutcome('DECLINED')}
          sx={{ flex: '1 1 auto', whiteSpace: 'nowrap' }}
        >
          {t('payments.terminal.virtual.decline')}
        </Button>
      </Box>
    </Box>
  );
}
