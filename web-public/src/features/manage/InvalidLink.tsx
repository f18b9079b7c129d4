import LinkOffOutlined from '@mui/icons-material/LinkOffOutlined';
import PhoneOutlined from '@mui/icons-material/PhoneOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { phoneHref } from '@serenaia/shared/format';
import { type SiteInstitute } from '../../shared/site';

/** A link that leads to no booking (unknown or malformed token): say so, and where to turn. */
export function InvalidLink({ message, institute }: { message: string; institute: SiteInstitute | null }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ textAlign: 'center' }}>
      <LinkOffOutlined color="primary" sx={{ fontSize: 56, mb: 1 }} aria-hidden />
      <Typography variant="h4" component="h1" sx={{ mb: 2 }}>
        {t('manage.notFoundTitle')}
      </Typography>
      <Typography role="alert" sx={{ mb: 1, fontWeight: 500 }}>
        {message}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t('manage.notFoundBody')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ justifyContent: 'center' }}>
        {institute?.phone ? (
          <Button variant="contained" href={phoneHref(institute.phone)} startIcon={<PhoneOutlined />}>
            {t('manage.callInstitute')} · {institute.phone}
          </Button>
        ) : null}
        <Button component={RouterLink} to="/" variant="outlined">
          {t('manage.home')}
        </Button>
      </Stack>
    </Box>
  );
}
