import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ChangeMyPasswordDocument } from '../../gql/graphql';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { validateNewPassword } from './password-form';
import { PasswordField } from './PasswordField';

const EMPTY = { currentPassword: '', newPassword: '', confirmation: '' };
type Field = keyof typeof EMPTY;

/** "Changer de mot de passe": the current one, the new one twice; the other sessions end. */
export function ChangePasswordCard({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const [state, change] = useMutation(ChangeMyPasswordDocument);
  const [values, setValues] = useState(EMPTY);
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const [serverFields, setServerFields] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);

  const problems = validateNewPassword(values);
  const error = (field: Field): string | undefined => {
    if (submitted) {
      if (field === 'currentPassword' && values.currentPassword === '') return t('myAccount.currentRequired');
      const problem = field === 'currentPassword' ? undefined : problems[field];
      if (problem !== undefined) return t(`password.validation.${problem}`);
    }
    return serverFields[field];
  };
  const set = (field: Field) => (value: string) => {
    setValues((p) => ({ ...p, [field]: value }));
    setServerFields((p) => Object.fromEntries(Object.entries(p).filter(([key]) => key !== field)));
    setDone(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (values.currentPassword === '' || problems.newPassword || problems.confirmation) return;
    setServerError(null);
    const result = await change({
      input: { currentPassword: values.currentPassword, newPassword: values.newPassword },
    });
    if (result.data?.changeMyPassword) {
      setValues(EMPTY);
      setSubmitted(false);
      setDone(true);
      onChanged();
      return;
    }
    if (result.error) {
      setServerFields(fieldErrors(result.error));
      setServerError(
        errorMessage(result.error, { network: t('errors.network'), unexpected: t('errors.unexpected') }),
      );
    }
  };

  return (
    <Card>
      <CardContent sx={{ p: { xs: 2.5, sm: 3 } }}>
        <Typography variant="h6" component="h2">
          {t('myAccount.passwordTitle')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2.5 }}>
          {t('myAccount.passwordIntro')}
        </Typography>
        <Stack component="form" noValidate spacing={2.5} onSubmit={(e) => void submit(e)}>
          {done ? (
            <Alert severity="success" role="status">
              {t('myAccount.changed')}
            </Alert>
          ) : null}
          {serverError !== null ? (
            <Alert severity="error" variant="outlined">
              {serverError}
            </Alert>
          ) : null}
          <PasswordField
            label={t('myAccount.currentPassword')}
            name="currentPassword"
            autoComplete="current-password"
            value={values.currentPassword}
            onChange={set('currentPassword')}
            error={error('currentPassword')}
          />
          <PasswordField
            label={t('myAccount.newPassword')}
            name="newPassword"
            autoComplete="new-password"
            value={values.newPassword}
            onChange={set('newPassword')}
            error={error('newPassword')}
            helperText={t('password.rules')}
          />
          <PasswordField
            label={t('myAccount.confirmation')}
            name="confirmation"
            autoComplete="new-password"
            value={values.confirmation}
            onChange={set('confirmation')}
            error={error('confirmation')}
          />
          <Button type="submit" variant="contained" loading={state.fetching} sx={{ alignSelf: 'flex-start' }}>
            {t('myAccount.submit')}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
}
