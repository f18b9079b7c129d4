import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';

/**
 * Shown when a route fails to render or its code cannot be loaded (e.g. after a deployment). Built from
 * `Box` (already in both entry chunks, like `PageFallback`) and native elements styled by the theme,
 * rather than MUI's Typography and Button: those would put about 9 kB (Button, ButtonBase, ripple,
 * progress) in the entry of both SPAs for a screen that is rarely seen, and a lazily loaded error
 * screen could itself fail to load after a deployment.
 */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <Box
      component="main"
      role="alert"
      sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', px: 2, textAlign: 'center' }}
    >
      <Box>
        <Box component="h1" sx={{ typography: 'h4', m: 0, mb: 2 }}>
          {t('routeError.title')}
        </Box>
        <Box component="p" sx={{ typography: 'body1', color: 'text.secondary', m: 0, mb: 4 }}>
          {t('routeError.body')}
        </Box>
        <Box
          component="button"
          type="button"
          onClick={() => window.location.reload()}
          sx={{
            typography: 'button',
            minHeight: 44,
            px: '22px',
            border: 0,
            borderRadius: 999,
            cursor: 'pointer',
            bgcolor: 'primary.main',
            color: 'primary.contrastText',
            '&:hover': { bgcolor: 'primary.dark' },
            '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.light', outlineOffset: 2 },
          }}
        >
          {t('routeError.reload')}
        </Box>
      </Box>
    </Box>
  );
}
