import SpaOutlined from '@mui/icons-material/SpaOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Navigate, useLocation, useSearchParams } from 'react-router-dom';
import { useInstitute } from '../../shared/institute';
import { LoginForm } from './LoginForm';
import type { LoginLocationState } from '../../shared/session/RequireAuth';
import { FORGOT_PASSWORD_PATH, RETURN_PARAM, safeReturnPath } from '../../shared/session/return-path';
import { useSession, useSessionStore } from '../../shared/session/SessionProvider';

/** `/connexion`: the institute's name above the sign-in form; signed-in users go where they were headed. */
export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const store = useSessionStore();
  const [params] = useSearchParams();
  const location = useLocation();
  const { institute, fetching } = useInstitute();

  if (session !== null) return <Navigate to={safeReturnPath(params.get(RETURN_PARAM))} replace />;

  const instituteName = institute?.name;
  const state = location.state as LoginLocationState | null;
  const expired = state?.expired === true;
  const passwordSet = state?.passwordSet === true;
  return (
    <Box
      component="main"
      sx={(theme) => ({
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        px: 2,
        py: { xs: 4, sm: 8 },
        background: `linear-gradient(180deg, #f3e7eb 0%, ${theme.palette.background.default} 55%)`,
      })}
    >
      <title>
        {instituteName
          ? t('app.pageTitle', { page: t('login.pageTitle'), institute: instituteName })
          : t('login.pageTitle')}
      </title>
      <Box sx={{ width: '100%', maxWidth: 420 }}>
        <Box sx={{ textAlign: 'center', mb: 3 }}>
          <SpaOutlined color="primary" sx={{ fontSize: 40, mb: 1 }} aria-hidden />
          <Typography variant="h4" component="p" sx={{ color: 'primary.dark', minHeight: '1.5em' }}>
            {instituteName ?? (fetching ? <Skeleton width={220} sx={{ mx: 'auto' }} /> : t('app.name'))}
          </Typography>
          <Typography variant="overline" component="p" color="text.secondary">
            {t('app.staffArea')}
          </Typography>
        </Box>
        <Card sx={{ boxShadow: '0 18px 50px -24px rgba(70, 35, 50, 0.35)' }}>
          <CardContent sx={{ p: { xs: 3, sm: 4 }, '&:last-child': { pb: { xs: 3, sm: 4 } } }}>
            <Typography variant="h5" component="h1" sx={{ mb: 1 }}>
              {t('login.title')}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
              {t('login.intro')}
            </Typography>
            {expired ? (
              <Alert severity="info" sx={{ mb: 2.5 }}>
                {t('login.sessionExpired')}
              </Alert>
            ) : null}
            {passwordSet ? (
              <Alert severity="success" sx={{ mb: 2.5 }}>
                {t('login.passwordSet')}
              </Alert>
            ) : null}
            <LoginForm onSignedIn={(tokens) => store.set(tokens)} />
            <Link
              component={RouterLink}
              to={FORGOT_PASSWORD_PATH}
              // Keeps the e-mail field focused on mouse-down: its blur would show its error above and
              // move this link away before the mouse-up, losing the click.
              onMouseDown={(event) => event.preventDefault()}
              variant="body2"
              sx={{ display: 'inline-block', mt: 2 }}
            >
              {t('login.forgotPassword')}
            </Link>
          </CardContent>
        </Card>
        <Typography
          variant="caption"
          component="p"
          color="text.secondary"
          sx={{ textAlign: 'center', mt: 3 }}
        >
          {t('login.footer')}
        </Typography>
      </Box>
    </Box>
  );
}
