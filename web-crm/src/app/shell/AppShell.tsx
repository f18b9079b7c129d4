import MenuOutlined from '@mui/icons-material/MenuOutlined';
import Alert from '@mui/material/Alert';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Skeleton from '@mui/material/Skeleton';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { alpha, useTheme } from '@mui/material/styles';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { usePermissions } from '../../shared/permissions';
import { useCurrentUser } from '../../shared/session';
import { useInstitute } from '../../shared/institute';
import { NavDrawer } from './NavDrawer';
import { UserMenu } from './UserMenu';

/** The signed-in frame: app bar (institute, user, account menu), navigation drawer, and the page. */
export function AppShell() {
  const { t } = useTranslation();
  const theme = useTheme();
  const desktop = useMediaQuery(theme.breakpoints.up('md'), { noSsr: true });
  const [mobileOpen, setMobileOpen] = useState(false);
  const { user, fetching: userFetching, error, retry } = useCurrentUser();
  const { institute, fetching: instituteFetching } = useInstitute();
  const permissions = usePermissions();
  const permissionsPending = !permissions.ready && permissions.error === undefined;

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar
        position="fixed"
        color="inherit"
        elevation={0}
        sx={{
          // Above the permanent drawer on desktop; the temporary drawer on phones covers it.
          zIndex: desktop ? theme.zIndex.drawer + 1 : theme.zIndex.appBar,
          bgcolor: alpha(theme.palette.background.paper, 0.92),
          backdropFilter: 'blur(8px)',
          borderBottom: `1px solid ${theme.palette.divider}`,
        }}
      >
        <Toolbar sx={{ gap: 1, minHeight: { xs: 56, sm: 64 } }}>
          {desktop ? null : (
            <IconButton
              edge="start"
              color="inherit"
              aria-label={t('shell.openNavigation')}
              aria-expanded={mobileOpen}
              onClick={() => setMobileOpen(true)}
            >
              <MenuOutlined />
            </IconButton>
          )}
          <Typography
            variant="h6"
            component="p"
            noWrap
            sx={{ flexGrow: 1, minWidth: 0, color: 'primary.dark', fontSize: { xs: '1.1rem', sm: '1.3rem' } }}
          >
            {institute?.name ?? (instituteFetching ? <Skeleton width={180} /> : t('app.name'))}
          </Typography>
          {user ? (
            <UserMenu user={user} />
          ) : userFetching ? (
            <Skeleton variant="circular" width={34} height={34} />
          ) : null}
        </Toolbar>
      </AppBar>
      <NavDrawer
        variant={desktop ? 'permanent' : 'temporary'}
        open={mobileOpen}
        onClose={() => setMobileOpen(false)}
        title={institute?.name ?? t('app.name')}
      />
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0, px: { xs: 2, sm: 3, md: 5 }, pb: 6 }}>
        <Toolbar sx={{ minHeight: { xs: 56, sm: 64 } }} />
        {error && !user ? (
          <Alert
            severity="warning"
            sx={{ mt: 3 }}
            action={
              <Button color="inherit" size="small" onClick={retry}>
                {t('errors.retry')}
              </Button>
            }
          >
            {t('shell.loadError')}{' '}
            {errorMessage(error, { network: t('errors.network'), unexpected: t('errors.unexpected') })}
          </Alert>
        ) : null}
        {/* The page mounts at once (its queries leave beside the permissions') but is shown once the
            permissions are known: the actions it offers by `can` then appear together, instead of
            arriving one by one and pushing the button under the user's finger. */}
        <Box
          sx={permissionsPending ? { visibility: 'hidden' } : undefined}
          aria-busy={permissionsPending || undefined}
        >
          <Outlet />
        </Box>
      </Box>
    </Box>
  );
}
