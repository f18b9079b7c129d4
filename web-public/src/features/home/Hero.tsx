import CardGiftcardOutlined from '@mui/icons-material/CardGiftcardOutlined';
import EventAvailableOutlined from '@mui/icons-material/EventAvailableOutlined';
import PhoneOutlined from '@mui/icons-material/PhoneOutlined';
import PlaceOutlined from '@mui/icons-material/PlaceOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { phoneHref } from '@serenaia/shared/format';
import { bookingPath, FIND_US_ID, GIFT_CARDS_PATH } from '../../shared/site/paths';
import { SiteLink } from '../../shared/site/site-nav';
import type { PublicInstitute } from './types';

export function Hero({ institute }: { institute: PublicInstitute }) {
  const { t } = useTranslation();
  return (
    <Box
      component="section"
      aria-labelledby="hero-title"
      sx={(theme) => ({
        position: 'relative',
        overflow: 'hidden',
        pt: { xs: 8, md: 16 },
        pb: { xs: 6, md: 16 },
        background: [
          `radial-gradient(ellipse 55% 65% at 88% 8%, ${alpha(theme.palette.primary.light, 0.3)}, transparent 70%)`,
          `radial-gradient(ellipse 45% 55% at 6% 55%, ${alpha(theme.palette.secondary.main, 0.14)}, transparent 70%)`,
          `linear-gradient(180deg, #f4e9ec 0%, ${theme.palette.background.default} 100%)`,
        ].join(', '),
      })}
    >
      <Container maxWidth="md" sx={{ textAlign: 'center', position: 'relative' }}>
        <Typography variant="overline" component="p" color="primary" sx={{ mb: 2 }}>
          {t('hero.eyebrow', { city: institute.city })}
        </Typography>
        <Typography
          id="hero-title"
          variant="h1"
          sx={{ fontSize: { xs: '2.75rem', sm: '3.75rem', md: '4.75rem' }, color: 'primary.dark', mb: 3 }}
        >
          {institute.name}
        </Typography>
        <Typography
          variant="h6"
          component="p"
          color="text.secondary"
          sx={{ maxWidth: 560, mx: 'auto', mb: 5, fontWeight: 400, fontSize: { xs: '1.1rem', md: '1.3rem' } }}
        >
          {t('hero.lead')}
        </Typography>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ justifyContent: 'center' }}>
          <Button
            component={SiteLink}
            to={bookingPath()}
            variant="contained"
            size="large"
            startIcon={<EventAvailableOutlined />}
          >
            {t('hero.book')}
          </Button>
          <Button
            component={SiteLink}
            to={GIFT_CARDS_PATH}
            variant="outlined"
            size="large"
            startIcon={<CardGiftcardOutlined />}
          >
            {t('giftCards.homeLink')}
          </Button>
          <Button variant="outlined" size="large" href={`#${FIND_US_ID}`} startIcon={<PlaceOutlined />}>
            {t('hero.findUs')}
          </Button>
          {institute.phone ? (
            <Button
              variant="outlined"
              size="large"
              href={phoneHref(institute.phone)}
              startIcon={<PhoneOutlined />}
            >
              {t('hero.call')}
            </Button>
          ) : null}
        </Stack>
      </Container>
    </Box>
  );
}
