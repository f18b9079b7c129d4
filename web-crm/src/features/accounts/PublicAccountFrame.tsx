import SpaOutlined from '@mui/icons-material/SpaOutlined';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../shared/page';
import { useInstitute } from '../../shared/institute';

/** The frame of the pages reached signed out (forgotten password, set a password): as the login page. */
export function PublicAccountFrame({
  pageTitle,
  title,
  intro,
  children,
}: {
  pageTitle: string;
  title: string;
  intro: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { institute } = useInstitute();
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
      <DocumentTitle page={pageTitle} institute={institute?.name} />
      <Box sx={{ width: '100%', maxWidth: 440 }}>
        <Box sx={{ textAlign: 'center', mb: 3 }}>
          <SpaOutlined color="primary" sx={{ fontSize: 40, mb: 1 }} aria-hidden />
          <Typography variant="h4" component="p" sx={{ color: 'primary.dark', minHeight: '1.5em' }}>
            {institute?.name ?? t('app.name')}
          </Typography>
          <Typography variant="overline" component="p" color="text.secondary">
            {t('app.staffArea')}
          </Typography>
        </Box>
        <Card sx={{ boxShadow: '0 18px 50px -24px rgba(70, 35, 50, 0.35)' }}>
          <CardContent sx={{ p: { xs: 3, sm: 4 }, '&:last-child': { pb: { xs: 3, sm: 4 } } }}>
            <Typography variant="h5" component="h1" sx={{ mb: 1 }}>
              {title}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
              {intro}
            </Typography>
            {children}
          </CardContent>
        </Card>
      </Box>
    </Box>
  );
}
