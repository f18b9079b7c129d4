import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { TillSummary } from '../../shared/useTill';

const link = { minHeight: 48, whiteSpace: 'nowrap' } as const;

/** The till's name and session state, the way to the session, closures and sales, and the shortcuts. */
export function CheckoutHeader({
  till,
  tills,
  onChoose,
  open,
  known,
}: {
  till: TillSummary;
  tills: TillSummary[];
  onChoose: (id: string) => void;
  open: boolean;
  known: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Box component="header" sx={{ mb: 2 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5 }}>
        <Typography variant="h4" component="h1" sx={{ mr: 1 }}>
          {t('checkout.title')}
        </Typography>
        {known ? (
          <Chip
            color={open ? 'success' : 'warning'}
            label={t(open ? 'checkout.header.sessionOpen' : 'checkout.header.sessionClosed', {
              till: till.name,
            })}
          />
        ) : null}
        {tills.length > 1
          ? tills
              .filter((other) => other.id !== till.id)
              .map((other) => (
                <Button key={other.id} onClick={() => onChoose(other.id)} sx={link}>
                  {other.name}
                </Button>
              ))
          : null}
        <Box sx={{ flexGrow: 1 }} />
        <Box
          component="nav"
          aria-label={t('checkout.title')}
          sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}
        >
          <Button component={RouterLink} to="/caisse/session" variant="outlined" sx={link}>
            {t('checkout.header.session')}
          </Button>
          <Button component={RouterLink} to="/caisse/clotures" variant="outlined" sx={link}>
            {t('checkout.header.closures')}
          </Button>
          <Button component={RouterLink} to="/caisse/ventes" variant="outlined" sx={link}>
            {t('checkout.header.sales')}
          </Button>
          <Tooltip title={t('checkout.shortcuts.list')}>
            <Button
              sx={{ ...link, display: { xs: 'none', lg: 'inline-flex' } }}
              aria-label={t('checkout.shortcuts.label')}
            >
              ⌨ ?
            </Button>
          </Tooltip>
        </Box>
      </Box>
      {known && !open ? (
        <Box sx={{ mt: 1, display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
          <Typography color="text.secondary">{t('checkout.header.closedHint')}</Typography>
          <Button component={RouterLink} to="/caisse/session" variant="contained" sx={link}>
            {t('checkout.header.openSession')}
          </Button>
        </Box>
      ) : null}
    </Box>
  );
}
