import VisibilityOffOutlined from '@mui/icons-material/VisibilityOffOutlined';
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { LoginDocument, LogoutDocument } from '../../shared/session/documents';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { validateLogin, type LoginField } from './login-validation';
import { toSessionTokens, type SessionTokens } from '../../shared/session/session-store';

export interface LoginFormProps {
  /** Called with the new tokens once a staff member has signed in. */
  onSignedIn: (tokens: SessionTokens) => void;
}

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const { t } = useTranslation();
  const [, login] = useMutation(LoginDocument);
  const [, revoke] = useMutation(LogoutDocument);
  const [values, setValues] = useState({ email: '', password: '' });
  const [touched, setTouched] = useState<Record<LoginField, boolean>>({ email: false, password: false });
  const [submitted, setSubmitted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [showPassword, setShowPassword] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const [serverFields, setServerFields] = useState<Partial<Record<LoginField, string>>>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const problems = validateLogin(values);
  const fieldError = (field: LoginField): string | undefined => {
    const problem = problems[field];
    if (problem !== undefined && (touched[field] || submitted)) return t(`login.validation.${problem}`);
    return serverFields[field];
  };

  const change = (field: LoginField) => (event: { target: { value: string } }) => {
    setValues((previous) => ({ ...previous, [field]: event.target.value }));
    setServerFields((previous) => ({ ...previous, [field]: undefined }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (problems.email !== undefined) return emailRef.current?.focus();
    if (problems.password !== undefined) return passwordRef.current?.focus();
    setSubmitting(true);
    setServerError(null);
    const result = await login({ input: { email: values.email.trim(), password: values.password } });
    setSubmitting(false);
    const payload = result.data?.login;
    if (payload) {
      if (payload.user.role === 'CLIENT') {
        // A client account may exist (online booking) but has nothing to do here: end that session.
        void revoke(
          { input: { refreshToken: payload.refreshToken } },
          { fetchOptions: { headers: { Authorization: `Bearer ${payload.accessToken}` } } },
        );
        setServerError(t('login.staffOnly'));
        return;
      }
      onSignedIn(toSessionTokens(payload));
      return;
    }
    if (result.error) {
      setServerError(
        errorMessage(result.error, { network: t('errors.network'), unexpected: t('errors.unexpected') }),
      );
      setServerFields(fieldErrors(result.error));
      if (result.error.graphQLErrors.length > 0) passwordRef.current?.select();
    }
  };

  const emailError = fieldError('email');
  const passwordError = fieldError('password');

  return (
    <Stack component="form" noValidate onSubmit={(event) => void submit(event)} spacing={2.5}>
      {serverError !== null ? (
        <Alert severity="error" variant="outlined">
          {serverError}
        </Alert>
      ) : null}
      <TextField
        inputRef={emailRef}
        label={t('login.email')}
        type="email"
        name="email"
        autoComplete="username"
        autoFocus
        fullWidth
        value={values.email}
        onChange={change('email')}
        onBlur={() => setTouched((previous) => ({ ...previous, email: true }))}
        error={emailError !== undefined}
        helperText={emailError}
        slotProps={{
          htmlInput: { inputMode: 'email', autoCapitalize: 'none', spellCheck: false, 'aria-required': true },
        }}
      />
      <TextField
        inputRef={passwordRef}
        label={t('login.password')}
        type={showPassword ? 'text' : 'password'}
        name="password"
        autoComplete="current-password"
        fullWidth
        value={values.password}
        onChange={change('password')}
        onBlur={() => setTouched((previous) => ({ ...previous, password: true }))}
        error={passwordError !== undefined}
        helperText={passwordError}
        slotProps={{
          htmlInput: { 'aria-required': true },
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <IconButton
                  edge="end"
                  onClick={() => setShowPassword((shown) => !shown)}
                  aria-label={showPassword ? t('login.hidePassword') : t('login.showPassword')}
                  aria-pressed={showPassword}
                >
                  {showPassword ? <VisibilityOffOutlined /> : <VisibilityOutlined />}
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
      <Button type="submit" variant="contained" size="large" fullWidth loading={submitting}>
        {t('login.submit')}
      </Button>
    </Stack>
  );
}
