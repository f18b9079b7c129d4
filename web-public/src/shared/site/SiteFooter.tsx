import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatSiret } from '@serenaia/shared/format';
import { GIFT_CARD_BALANCE_PATH } from './paths';
import { SiteLink } from './site-nav';
import type { SiteInstitute } from './useSiteSettings';

export function SiteFooter({ institute }: { institute: SiteInstitute }) {
  const { t } = useTranslation();
  return (
    <Box component="footer" sx={{ mt: 'auto', py: { xs: 5, md: 6 }, bgcolor: '#3a2830', color: '#f3e9ec' }}>
      <Container maxWidth="lg">
        <Typography variant="h6" component="p" sx={{ mb: 1.5 }}>
          {institute.name}
        </Typography>
        <Typography variant="body2" sx={{ opacity: 0.85 }}>
          {t('footer.legal', { legalName: institute.legalName, siret: formatSiret(institute.siret) })}
        </Typography>
        {institute.vatNumber ? (
          <Typography variant="body2" sx={{ opacity: 0.85 }}>
            {t('footer.vat', { vatNumber: institute.vatNumber })}
          </Typography>
        ) : null}
        <Link
          component={SiteLink}
          to={GIFT_CARD_BALANCE_PATH}
          variant="body2"
          underline="always"
          sx={{ display: 'inline-block', mt: 2, color: 'inherit', textDecorationColor: 'currentColor' }}
        >
          {t('footer.giftCardBalance')}
        </Link>
        <Typography variant="body2" sx={{ opacity: 0.65, mt: 2 }}>
          {t('footer.copyright', { year: new Date().getFullYear(), name: institute.name })}
        </Typography>
      </Container>
    </Box>
  );
}
