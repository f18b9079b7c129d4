import AppBar from '@mui/material/AppBar';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Link from '@mui/material/Link';
import Toolbar from '@mui/material/Toolbar';
import { alpha } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { FIND_US_ID } from './types';

export function SiteHeader({ name }: { name: string }) {
  const { t } = useTranslation();
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
        <Toolbar disableGutters sx={{ gap: 2, minHeight: { xs: 60, md: 72 } }}>
          <Link
            href="/"
            underline="none"
            color="primary.dark"
            aria-label={t('header.home', { name })}
            sx={{
              flexGrow: 1,
              minWidth: 0,
              fontFamily: (theme) => theme.typography.h6.fontFamily,
              fontSize: { xs: '1.2rem', md: '1.4rem' },
              letterSpacing: '0.02em',
              whiteSpace: 'nowrap',
              overflow: 'hidden',
              textOverflow: 'ellipsis',
            }}
          >
            {name}
          </Link>
          <Button href={`#${FIND_US_ID}`} color="primary" size="small" sx={{ flexShrink: 0 }}>
            {t('header.findUs')}
          </Button>
        </Toolbar>
      </Container>
    </AppBar>
  );
}
