import ArrowForward from '@mui/icons-material/ArrowForward';
import EventAvailableOutlined from '@mui/icons-material/EventAvailableOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Container from '@mui/material/Container';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { formatDuration, formatPrice } from '@serenaia/shared/format';
// Not the `shared/site` index: it also exports the urql-based hook, which the home page must not load.
import { bookingPath } from '../../shared/site/paths';
import { SiteLink } from '../../shared/site/site-nav';
import type { HomeData } from './home-data';

type Category = HomeData['serviceCategories'][number];

/** Services shown per category; the rest are one click away in the booking flow. */
const PREVIEWED = 3;

function CategoryCard({ category }: { category: Category }) {
  const { t } = useTranslation();
  const titleId = `category-${category.id}`;
  const from = Math.min(...category.services.map((s) => s.priceCents));
  return (
    <Card
      component="article"
      aria-labelledby={titleId}
      sx={{
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        borderTop: `4px solid ${category.color}`,
      }}
    >
      <CardContent sx={{ p: { xs: 2.5, md: 3 }, flexGrow: 1, display: 'flex', flexDirection: 'column' }}>
        <Typography id={titleId} variant="h5" component="h3" sx={{ mb: 0.5 }}>
          {category.name}
        </Typography>
        <Typography variant="body2" color="primary" sx={{ fontWeight: 600, mb: 1 }}>
          {t('services.from', { price: formatPrice(from) })}
        </Typography>
        {category.description ? (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {category.description}
          </Typography>
        ) : null}
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, mb: 2 }}>
          {category.services.slice(0, PREVIEWED).map((service) => (
            <Box component="li" key={service.id} sx={{ borderTop: 1, borderColor: 'divider' }}>
              <Link
                component={SiteLink}
                to={bookingPath({ serviceIds: [service.id] })}
                underline="none"
                color="text.primary"
                aria-label={t('services.bookService', {
                  name: service.name,
                  duration: formatDuration(service.durationMinutes),
                  price: formatPrice(service.priceCents),
                })}
                sx={(theme) => ({
                  display: 'flex',
                  gap: 2,
                  alignItems: 'baseline',
                  py: 1.25,
                  px: 1,
                  mx: -1,
                  borderRadius: 1,
                  '&:hover': { backgroundColor: alpha(theme.palette.primary.main, 0.06) },
                })}
              >
                <Box component="span" sx={{ flexGrow: 1 }}>
                  {service.name}
                </Box>
                <Box
                  component="span"
                  sx={{ color: 'text.secondary', fontSize: '0.875rem', whiteSpace: 'nowrap' }}
                >
                  {formatDuration(service.durationMinutes)}
                </Box>
                <Box
                  component="span"
                  sx={{ fontWeight: 600, whiteSpace: 'nowrap', minWidth: '3.5em', textAlign: 'right' }}
                >
                  {formatPrice(service.priceCents)}
                </Box>
              </Link>
            </Box>
          ))}
        </Box>
        <Link
          component={SiteLink}
          to={bookingPath({ categoryId: category.id })}
          sx={{ mt: 'auto', fontWeight: 600, display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
        >
          {t('services.seeAll', { count: category.services.length })}
          <ArrowForward fontSize="small" aria-hidden />
        </Link>
      </CardContent>
    </Card>
  );
}

function BookTile() {
  const { t } = useTranslation();
  return (
    <Card
      sx={(theme) => ({
        height: '100%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        textAlign: 'center',
        backgroundColor: alpha(theme.palette.primary.main, 0.06),
        borderStyle: 'dashed',
      })}
    >
      <CardContent sx={{ p: { xs: 3, md: 4 } }}>
        <EventAvailableOutlined color="primary" sx={{ fontSize: 40, mb: 1 }} aria-hidden />
        <Typography variant="h5" component="p" sx={{ mb: 1 }}>
          {t('services.tileTitle')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2.5 }}>
          {t('services.tileBody')}
        </Typography>
        <Button component={SiteLink} to={bookingPath()} variant="contained" size="large">
          {t('services.book')}
        </Button>
      </CardContent>
    </Card>
  );
}

/** "Nos prestations": each category with a few services and its lowest price, leading into the booking flow. */
export function ServicesPreview({ categories: all }: { categories: readonly Category[] }) {
  const { t } = useTranslation();
  const categories = all.filter((c) => c.services.length > 0);
  return (
    <Box
      component="section"
      aria-labelledby="services-title"
      sx={{ py: { xs: 6, md: 10 }, bgcolor: 'background.paper' }}
    >
      <Container maxWidth="lg">
        <Typography
          id="services-title"
          variant="h2"
          sx={{ fontSize: { xs: '2rem', md: '2.75rem' }, mb: 1.5 }}
        >
          {t('services.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: { xs: 4, md: 6 }, maxWidth: 620 }}>
          {t('services.intro')}
        </Typography>
        <Grid container spacing={3}>
          {categories.map((category) => (
            <Grid key={category.id} size={{ xs: 12, sm: 6, md: 4 }}>
              <CategoryCard category={category} />
            </Grid>
          ))}
          <Grid size={{ xs: 12, sm: 6, md: 4 }}>
            <BookTile />
          </Grid>
        </Grid>
      </Container>
    </Box>
  );
}
