import SpaOutlined from '@mui/icons-material/SpaOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

/** Shown when the API cannot be reached: a calm message and a way to try again. */
export function HomeError({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', px: 2 }}>
      <Container maxWidth="sm" role="alert" sx={{ textAlign: 'center' }}>
        <SpaOutlined color="primary" sx={{ fontSize: 56, mb: 2 }} aria-hidden />
        <Typography variant="h4" component="h1" sx={{ mb: 2 }}>
          {t('error.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 4 }}>
          {t('error.body')}
        </Typography>
        <Button variant="contained" onClick={onRetry}>
          {t('error.retry')}
        </Button>
      </Container>
    </Box>
  );
}
