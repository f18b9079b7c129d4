import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import VisibilityOffOutlined from '@mui/icons-material/VisibilityOffOutlined';
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hintSuffix, type SecretField, type SettingsForm } from './settings-form';

export function ProviderCard({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle: string;
  children: ReactNode;
}) {
  return (
    <Card component="section" aria-label={title}>
      <CardHeader
        title={title}
        subheader={subtitle}
        slotProps={{ title: { variant: 'h6', component: 'h2' }, subheader: { variant: 'body2' } }}
        sx={{ pb: 0 }}
      />
      <CardContent sx={{ display: 'grid', gap: 2 }}>{children}</CardContent>
    </Card>
  );
}

export function SecretInput({
  label,
  hint,
  draft,
  error,
  onChange,
}: {
  label: string;
  hint: string | null | undefined;
  draft: SettingsForm['secrets'][SecretField];
  error: string | undefined;
  onChange: (draft: SettingsForm['secrets'][SecretField]) => void;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const stored = hint !== null && hint !== undefined;
  const suffix = hintSuffix(hint);
  const status = stored
    ? suffix
      ? t('paymentSettings.secret.saved', { hint: `…${suffix}` })
      : t('paymentSettings.secret.savedNoHint')
    : t('paymentSettings.secret.notSet');
  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 0.75, flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {label}
        </Typography>
        <Chip
          size="small"
          icon={stored && !draft.remove ? <CheckCircleOutlined /> : undefined}
          label={draft.remove ? t('paymentSettings.secret.removed') : status}
          color={stored && !draft.remove ? 'success' : 'default'}
          variant="outlined"
          data-testid={`secret-status-${label}`}
        />
        {stored ? (
          <Button
            size="small"
            color={draft.remove ? 'inherit' : 'error'}
            onClick={() => onChange({ value: '', remove: !draft.remove })}
            sx={{ ml: 'auto', px: 1 }}
          >
            {draft.remove ? t('paymentSettings.secret.undo') : t('paymentSettings.secret.remove')}
          </Button>
        ) : null}
      </Box>
      {draft.remove ? null : (
        <TextField
          fullWidth
          size="small"
          label={stored ? `${label} : ${t('paymentSettings.secret.replace').toLowerCase()}` : label}
          type={shown ? 'text' : 'password'}
          autoComplete="new-password"
          value={draft.value}
          onChange={(e) => onChange({ value: e.target.value, remove: false })}
          error={error !== undefined}
          helperText={
            error ?? (stored ? t('paymentSettings.secret.replaceHelp') : t('paymentSettings.secret.setHelp'))
          }
          slotProps={{
            htmlInput: { spellCheck: false, 'data-secret': 'true' },
            input: {
              endAdornment: (
                <InputAdornment position="end">
                  <IconButton
                    size="small"
                    edge="end"
                    aria-label={shown ? t('paymentSettings.secret.hide') : t('paymentSettings.secret.show')}
                    onClick={() => setShown((s) => !s)}
                  >
                    {shown ? (
                      <VisibilityOffOutlined fontSize="small" />
                    ) : (
                      <VisibilityOutlined fontSize="small" />
                    )}
                  </IconButton>
                </InputAdornment>
              ),
            },
          }}
        />
      )}
    </Box>
  );
}
