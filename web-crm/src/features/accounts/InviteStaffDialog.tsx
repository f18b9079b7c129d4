import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { InviteStaffDocument, type Role, type StaffAccountFieldsFragment } from '../../gql/graphql';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { validateEmail } from './password-form';

type Values = { firstName: string; lastName: string; email: string; role: Role; practitionerId: string };
const EMPTY: Values = { firstName: '', lastName: '', email: '', role: 'STAFF', practitionerId: '' };

/** "Inviter un membre de l'équipe": name, e-mail, role, practitioner; the server mails the link. */
export function InviteStaffDialog({
  practitioners,
  onClose,
  onInvited,
}: {
  practitioners: { id: string; displayName: string }[];
  onClose: () => void;
  onInvited: (account: StaffAccountFieldsFragment) => void;
}) {
  const { t } = useTranslation();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'), { noSsr: true });
  const [state, invite] = useMutation(InviteStaffDocument);
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof Values, string>>>({});
  const [serverError, setServerError] = useState<string | null>(null);

  const field = (name: keyof Values) => ({
    name,
    value: values[name],
    onChange: (e: { target: { value: string } }) => {
      setValues((p) => ({ ...p, [name]: e.target.value }));
      setErrors((p) => ({ ...p, [name]: undefined }));
    },
    error: errors[name] !== undefined,
    helperText: errors[name],
    fullWidth: true,
  });

  const submit = async () => {
    const found: Partial<Record<keyof Values, string>> = {};
    if (values.firstName.trim() === '') found.firstName = t('team.dialog.required');
    if (values.lastName.trim() === '') found.lastName = t('team.dialog.required');
    const email = validateEmail(values.email);
    if (email !== undefined) found.email = t(`password.email.${email}`);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setServerError(null);
    const result = await invite({
      input: {
        firstName: values.firstName.trim(),
        lastName: values.lastName.trim(),
        email: values.email.trim(),
        role: values.role,
        practitionerId: values.practitionerId === '' ? null : values.practitionerId,
      },
    });
    if (result.data) return onInvited(result.data.inviteStaff);
    if (result.error) {
      setErrors(fieldErrors(result.error));
      setServerError(
        errorMessage(result.error, { network: t('errors.network'), unexpected: t('errors.unexpected') }),
      );
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" fullScreen={phone}>
      <Box
        component="form"
        noValidate
        autoComplete="off"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <DialogTitle>{t('team.dialog.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('team.dialog.intro')}</DialogContentText>
          <Stack spacing={2}>
            {serverError !== null ? <Alert severity="error">{serverError}</Alert> : null}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField label={t('team.dialog.firstName')} autoFocus {...field('firstName')} />
              <TextField label={t('team.dialog.lastName')} {...field('lastName')} />
            </Stack>
            <TextField
              label={t('team.dialog.email')}
              type="email"
              {...field('email')}
              slotProps={{ htmlInput: { inputMode: 'email', autoCapitalize: 'none', spellCheck: false } }}
            />
            <TextField select label={t('team.dialog.role')} {...field('role')}>
              <MenuItem value="STAFF">{t('team.roles.STAFF')}</MenuItem>
              <MenuItem value="ADMIN">{t('team.roles.ADMIN')}</MenuItem>
              <MenuItem value="ACCOUNTANT">{t('team.roles.ACCOUNTANT')}</MenuItem>
            </TextField>
            <TextField
              select
              label={t('team.dialog.practitioner')}
              {...field('practitionerId')}
              slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            >
              <MenuItem value="">{t('team.noPractitioner')}</MenuItem>
              {practitioners.map((p) => (
                <MenuItem key={p.id} value={p.id}>
                  {p.displayName}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button color="inherit" onClick={onClose}>
            {t('team.dialog.cancel')}
          </Button>
          <Button type="submit" variant="contained" loading={state.fetching}>
            {t('team.dialog.submit')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
