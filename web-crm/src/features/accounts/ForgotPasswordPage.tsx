import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { useMutation } from 'urql';
import { RequestPasswordResetDocument } from '../../gql/graphql';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { LOGIN_PATH } from '../../shared/session';
import { validateEmail } from './password-form';
import { PublicAccountFrame } from './PublicAccountFrame';

/** `/mot-de-passe-oublie` (signed out): asks for the e-mail; the answer never says whether it exists. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [state, request] = useMutation(RequestPasswordResetDocument);
  const [email, setEmail] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [serverField, setServerField] = useState<string | undefined>();

  const problem = validateEmail(email);
  const emailError = submitted && problem !== undefined ? t(`password.email.${problem}`) : serverField;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problem !== undefined) return;
    setServerError(null);
    const result = await request({ input: { email: email.trim() } });
    if (result.data?.requestPasswordReset) {
      setSentTo(email.trim());
      return;
    }
    if (result.error) {
      setServerField(fieldErrors(result.error).email);
      setServerError(
        errorMessage(result.error, { network: t('errors.network'), unexpected: t('errors.unexpected') }),
      );
    }
  };

  return (
    <PublicAccountFrame pageTitle={t('forgot.pageTitle')} title={t('forgot.title')} intro={t('forgot.intro')}>
      {sentTo !== null ? (
        <Alert severity="success" role="status">
          {t('forgot.sent', { email: sentTo })}
        </Alert>
      ) : (
        <Stack component="form" noValidate spacing={2.5} onSubmit={(e) => void submit(e)}>
          {serverError !== null ? (
            <Alert severity="error" variant="outlined">
              {serverError}
            </Alert>
          ) : null}
          <TextField
            label={t('forgot.email')}
            type="email"
            name="email"
            autoComplete="username"
            autoFocus
            fullWidth
            value={email}
            onChange={(e) => {
              setEmail(e.target.value);
              setServerField(undefined);
            }}
            error={emailError !== undefined}
            helperText={emailError}
            slotProps={{ htmlInput: { inputMode: 'email', autoCapitalize: 'none', spellCheck: false } }}
          />
          <Button type="submit" variant="contained" size="large" fullWidth loading={state.fetching}>
            {t('forgot.submit')}
          </Button>
        </Stack>
      )}
      <Link component={RouterLink} to={LOGIN_PATH} sx={{ display: 'inline-block', mt: 2.5 }}>
        {t('forgot.backToLogin')}
      </Link>
    </PublicAccountFrame>
  );
}
