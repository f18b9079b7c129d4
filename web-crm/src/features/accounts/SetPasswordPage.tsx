import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router-dom';
import { useMutation } from 'urql';
import { SetPasswordWithLinkDocument } from '../../gql/graphql';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { FORGOT_PASSWORD_PATH, LOGIN_PATH, type LoginLocationState } from '../../shared/session';
import { validateNewPassword } from './password-form';
import { PasswordField } from './PasswordField';
import { PublicAccountFrame } from './PublicAccountFrame';

/** `/mot-de-passe?jeton=…` (signed out): the link of a reset or invitation e-mail; then to the login page. */
export function SetPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('jeton') ?? '';
  const [state, setPassword] = useMutation(SetPasswordWithLinkDocument);
  const [values, setValues] = useState({ newPassword: '', confirmation: '' });
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const [linkInvalid, setLinkInvalid] = useState(false);
  const [serverFields, setServerFields] = useState<Record<string, string>>({});

  const problems = validateNewPassword(values);
  const error = (field: 'newPassword' | 'confirmation') => {
    const problem = problems[field];
    return submitted && problem !== undefined ? t(`password.validation.${problem}`) : serverFields[field];
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problems.newPassword !== undefined || problems.confirmation !== undefined) return;
    setServerError(null);
    const result = await setPassword({ input: { token, newPassword: values.newPassword } });
    if (result.data?.setPasswordWithLink) {
      void navigate(LOGIN_PATH, { replace: true, state: { passwordSet: true } satisfies LoginLocationState });
      return;
    }
    if (result.error) {
      const fields = fieldErrors(result.error);
      setServerFields(fields);
      setLinkInvalid(fields.token !== undefined);
      setServerError(
        errorMessage(result.error, { network: t('errors.network'), unexpected: t('errors.unexpected') }),
      );
    }
  };

  const askAgain = (
    <Link component={RouterLink} to={FORGOT_PASSWORD_PATH} sx={{ display: 'inline-block', mt: 2.5 }}>
      {t('setPassword.askAgain')}
    </Link>
  );

  return (
    <PublicAccountFrame
      pageTitle={t('setPassword.pageTitle')}
      title={t('setPassword.title')}
      intro={t('setPassword.intro')}
    >
      {token === '' ? (
        <Alert severity="warning">{t('setPassword.missingToken')}</Alert>
      ) : (
        <Stack component="form" noValidate spacing={2.5} onSubmit={(e) => void submit(e)}>
          {serverError !== null ? (
            <Alert severity="error" variant="outlined">
              {serverError}
            </Alert>
          ) : null}
          {/* The account's e-mail is unknown here: a hidden username helps password managers anyway. */}
          <PasswordField
            label={t('setPassword.newPassword')}
            name="newPassword"
            autoComplete="new-password"
            autoFocus
            value={values.newPassword}
            onChange={(v) => setValues((p) => ({ ...p, newPassword: v }))}
            error={error('newPassword')}
            helperText={t('password.rules')}
          />
          <PasswordField
            label={t('setPassword.confirmation')}
            name="confirmation"
            autoComplete="new-password"
            value={values.confirmation}
            onChange={(v) => setValues((p) => ({ ...p, confirmation: v }))}
            error={error('confirmation')}
          />
          <Button type="submit" variant="contained" size="large" fullWidth loading={state.fetching}>
            {t('setPassword.submit')}
          </Button>
        </Stack>
      )}
      {token === '' || linkInvalid ? askAgain : null}
    </PublicAccountFrame>
  );
}
