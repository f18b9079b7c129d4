import ChevronRightOutlined from '@mui/icons-material/ChevronRightOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useInstitute } from '../../shared/institute';
import { LoadError, Page, PageHeader } from '../../shared/page';
import { usePermissions } from '../../shared/permissions';
import { SETTINGS_PAGES, type SettingsPage } from './settings-pages';

function SettingsCard({ page }: { page: SettingsPage }) {
  const { t } = useTranslation();
  return (
    <Card component="li" sx={{ listStyle: 'none' }}>
      <CardActionArea
        component={Link}
        to={page.to}
        sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 2.5, height: '100%' }}
      >
        <Box
          aria-hidden
          sx={{
            display: 'grid',
            placeItems: 'center',
            width: 44,
            height: 44,
            flexShrink: 0,
            borderRadius: 2,
            color: 'primary.main',
            bgcolor: 'action.hover',
          }}
        >
          {page.icon}
        </Box>
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Typography component="h2" variant="subtitle1" sx={{ fontWeight: 600 }}>
            {t(page.label)}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t(page.description)}
          </Typography>
        </Box>
        <ChevronRightOutlined aria-hidden color="action" />
      </CardActionArea>
    </Card>
  );
}

/** "Réglages": one card per settings page the signed-in user may use, as the server decides. */
export function SettingsHubPage() {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  const { can, ready, error, retry } = usePermissions();
  const pages = SETTINGS_PAGES.filter((page) => can(page.operation));

  return (
    <Page maxWidth={960} pageTitle={t('settingsHub.pageTitle')} institute={institute?.name}>
      <PageHeader title={t('settingsHub.title')} subtitle={t('settingsHub.subtitle')} />
      {error && !ready ? (
        <LoadError message={t('settingsHub.loadError')} error={error} onRetry={retry} />
      ) : !ready ? (
        <Skeleton variant="rounded" height={200} />
      ) : pages.length === 0 ? (
        <Alert severity="info">{t('settingsHub.nothing')}</Alert>
      ) : (
        <Box
          component="ul"
          aria-label={t('settingsHub.title')}
          sx={{
            p: 0,
            m: 0,
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
          }}
        >
          {pages.map((page) => (
            <SettingsCard key={page.to} page={page} />
          ))}
        </Box>
      )}
    </Page>
  );
}
