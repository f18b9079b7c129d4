import MailOutlined from '@mui/icons-material/MailOutlined';
import PhoneOutlined from '@mui/icons-material/PhoneOutlined';
import PlaceOutlined from '@mui/icons-material/PlaceOutlined';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Container from '@mui/material/Container';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { addressLines, mapUrl, phoneHref } from '@serenaia/shared/format';
import { FIND_US_ID } from '../../shared/site/paths';
import type { PublicInstitute } from './types';

function ContactCard({ icon, title, children }: { icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <Card sx={{ height: '100%' }}>
      <CardContent sx={{ p: { xs: 3, md: 4 }, '&:last-child': { pb: { xs: 3, md: 4 } } }}>
        <Box
          aria-hidden
          sx={(theme) => ({
            width: 48,
            height: 48,
            borderRadius: '50%',
            display: 'grid',
            placeItems: 'center',
            mb: 2,
            color: 'primary.main',
            backgroundColor: alpha(theme.palette.primary.main, 0.08),
          })}
        >
          {icon}
        </Box>
        <Typography variant="h6" component="h3" sx={{ mb: 1 }}>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

export function FindUs({ institute }: { institute: PublicInstitute }) {
  const { t } = useTranslation();
  const lines = addressLines(institute);
  return (
    <Box
      component="section"
      id={FIND_US_ID}
      aria-labelledby="find-us-title"
      sx={{ py: { xs: 6, md: 12 }, scrollMarginTop: { xs: 60, md: 72 } }}
    >
      <Container maxWidth="lg">
        <Typography id="find-us-title" variant="h2" sx={{ fontSize: { xs: '2rem', md: '2.75rem' }, mb: 1.5 }}>
          {t('findUs.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: { xs: 4, md: 6 }, maxWidth: 620 }}>
          {t('findUs.intro', { city: institute.city })}
        </Typography>
        <Grid container spacing={3}>
          <Grid size={{ xs: 12, md: 4 }}>
            <ContactCard icon={<PlaceOutlined />} title={t('findUs.address')}>
              <Typography component="address" sx={{ fontStyle: 'normal', mb: 1.5 }}>
                {lines.map((line) => (
                  <Box component="span" key={line} sx={{ display: 'block' }}>
                    {line}
                  </Box>
                ))}
              </Typography>
              <Link
                href={mapUrl(institute)}
                target="_blank"
                rel="noopener noreferrer"
                aria-label={t('findUs.mapLabel')}
                sx={{ fontWeight: 600 }}
              >
                {t('findUs.map')}
              </Link>
            </ContactCard>
          </Grid>
          {institute.phone ? (
            <Grid size={{ xs: 12, sm: 6, md: 4 }}>
              <ContactCard icon={<PhoneOutlined />} title={t('findUs.phone')}>
                <Link href={phoneHref(institute.phone)} sx={{ fontSize: '1.15rem', fontWeight: 600 }}>
                  {institute.phone}
                </Link>
              </ContactCard>
            </Grid>
          ) : null}
          {institute.email ? (
            <Grid size={{ xs: 12, sm: 6, md: 4 }}>
              <ContactCard icon={<MailOutlined />} title={t('findUs.email')}>
                <Link
                  href={`mailto:${institute.email}`}
                  sx={{ fontSize: '1.15rem', fontWeight: 600, overflowWrap: 'anywhere' }}
                >
                  {institute.email}
                </Link>
              </ContactCard>
            </Grid>
          ) : null}
        </Grid>
      </Container>
    </Box>
  );
}
