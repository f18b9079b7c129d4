import EventAvailableOutlined from '@mui/icons-material/EventAvailableOutlined';
import PlaceOutlined from '@mui/icons-material/PlaceOutlined';
import AppBar from '@mui/material/AppBar';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Toolbar from '@mui/material/Toolbar';
import { alpha } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { BOOKING_PATH, FIND_US_ID } from './paths';
import { SiteLink, useSiteNav } from './site-nav';

export interface SiteHeaderProps {
  /** Null while the institute's details load. */
  name: string | null;
  /** The "Prendre rendez-vous" button (left out inside the booking flow itself). */
  bookingCta?: boolean;
}

export function SiteHeader({ name, bookingCta = true }: SiteHeaderProps) {
  const { t } = useTranslation();
  const { pathname } = useSiteNav();
  // On the home page the anchor scrolls in place; elsewhere it leads to the home page's section.
  const findUs = pathname === '/' ? `#${FIND_US_ID}` : `/#${FIND_US_ID}`;
  return (
    <AppBar
      position="sticky"
      color="inherit"
      elevation={0}
      sx={(theme) => ({
        backgroundColor: alpha(theme.palette.background.default, 0.88),
        backdropFilter: 'blur(8px)',
        borderBottom: `1px solid ${theme.palette.divider}`,
      })}
    >
      <Container maxWidth="lg">
        <Toolbar disableGutters sx={{ gap: { xs: 1, sm: 2 }, minHeight: { xs: 60, md: 72 } }}>
          {name === null ? (
            <Skeleton variant="text" width={160} sx={{ flexGrow: 1, maxWidth: 160, fontSize: '1.3rem' }} />
          ) : (
            <Link
              component={SiteLink}
              to="/"
              underline="none"
              color="primary.dark"
              aria-label={t('header.home', { name })}
              sx={{
                flexGrow: 1,
                minWidth: 0,
                fontFamily: (theme) => theme.typography.h6.fontFamily,
                fontSize: { xs: '1.1rem', md: '1.4rem' },
                lineHeight: { xs: 1.15, sm: 1.5 },
                letterSpacing: '0.02em',
                overflow: 'hidden',
                // Phones: the name may take two lines next to the booking button; wider: one line.
                display: { xs: '-webkit-box', sm: 'block' },
                WebkitLineClamp: 2,
                WebkitBoxOrient: 'vertical',
                whiteSpace: { xs: 'normal', sm: 'nowrap' },
                textOverflow: 'ellipsis',
              }}
            >
              {name}
            </Link>
          )}
          {name === null ? <span style={{ flexGrow: 1 }} /> : null}
          <IconButton
            href={findUs}
            color="primary"
            aria-label={t('header.findUs')}
            sx={{ display: { xs: 'inline-flex', sm: 'none' }, flexShrink: 0 }}
          >
            <PlaceOutlined />
          </IconButton>
          <Button
            href={findUs}
            color="primary"
            size="small"
            sx={{ display: { xs: 'none', sm: 'inline-flex' }, flexShrink: 0 }}
          >
            {t('header.findUs')}
          </Button>
          {bookingCta ? (
            <Button
              component={SiteLink}
              to={BOOKING_PATH}
              variant="contained"
              size="small"
              startIcon={<EventAvailableOutlined sx={{ display: { xs: 'none', sm: 'block' } }} />}
              sx={{ flexShrink: 0, paddingInline: { xs: 1.75, sm: 2.5 }, whiteSpace: 'nowrap' }}
            >
              {t('header.book')}
            </Button>
          ) : null}
        </Toolbar>
      </Container>
    </AppBar>
  );
}
