import ContentCopy from '@mui/icons-material/ContentCopy';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { visuallyHidden } from '@serenaia/shared/a11y';
import { managePath } from '../../shared/site';

/** The booking's manage link: shown, opened, or copied to the clipboard. */
export function ManageLink({ token }: { token: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const path = managePath(token);
  const url = `${window.location.origin}${path}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <Box component="section" aria-labelledby="manage-link-title">
      <Typography id="manage-link-title" variant="h6" component="h2" sx={{ mb: 0.5 }}>
        {t('confirmation.manageTitle')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1.5 }}>
        {t('confirmation.manageBody')}
      </Typography>
      <Box
        sx={{
          p: 1.5,
          mb: 1.5,
          borderRadius: 1,
          bgcolor: 'background.default',
          border: 1,
          borderColor: 'divider',
          fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
          fontSize: '0.85rem',
          overflowWrap: 'anywhere',
        }}
      >
        <Link component={RouterLink} to={path}>
          {url}
        </Link>
      </Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
        <Button component={RouterLink} to={path} variant="contained">
          {t('confirmation.manage')}
        </Button>
        {typeof navigator.clipboard?.writeText === 'function' ? (
          <Button variant="text" startIcon={<ContentCopy />} onClick={() => void copy()}>
            {copied ? t('confirmation.copied') : t('confirmation.copy')}
          </Button>
        ) : null}
      </Stack>
      <Box aria-live="polite" sx={visuallyHidden}>
        {copied ? t('confirmation.copied') : ''}
      </Box>
    </Box>
  );
}
