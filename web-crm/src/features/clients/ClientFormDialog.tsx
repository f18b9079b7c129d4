import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import {
  ClientPractitionersDocument,
  UpsertClientDocument,
  type ClientFieldsFragment,
  type UpsertClientInput,
} from '../../gql/graphql';

type Form = Record<
  'firstName' | 'lastName' | 'email' | 'phone' | 'birthday' | 'addressLine1' | 'postalCode' | 'city' | 'tags',
  string
> & {
  preferredPractitionerId: string;
  marketingConsent: boolean;
  serviceEmailOptOut: boolean;
  serviceSmsOptOut: boolean;
};

function formOf(c: ClientFieldsFragment | null): Form {
  return {
    firstName: c?.firstName ?? '',
    lastName: c?.lastName ?? '',
    email: c?.email ?? '',
    phone: c?.phone ?? '',
    birthday: c?.birthday ?? '',
    addressLine1: c?.addressLine1 ?? '',
    postalCode: c?.postalCode ?? '',
    city: c?.city ?? '',
    tags: c?.tags.join(', ') ?? '',
    preferredPractitionerId: c?.preferredPractitionerId ?? '',
    marketingConsent: c?.marketingConsent ?? false,
    serviceEmailOptOut: c?.serviceEmailOptOut ?? false,
    serviceSmsOptOut: c?.serviceSmsOptOut ?? false,
  };
}

/** Creates or edits a client; the server's French errors show under their fields. */
export function ClientFormDialog({
  client,
  open,
  onClose,
  onSaved,
}: {
  client: ClientFieldsFragment | null;
  open: boolean;
  onClose: () => void;
  onSaved: (client: ClientFieldsFragment) => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>(() => formOf(client));
  const [required, setRequired] = useState<Partial<Record<keyof Form, string>>>({});
  const [{ data: practitioners }] = useQuery({ query: ClientPractitionersDocument, pause: !open });
  const [{ fetching, error }, upsert] = useMutation(UpsertClientDocument);
  const serverErrors = fieldErrors(error);
  const set = (key: keyof Form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });
  const blank = (v: string) => (v.trim() === '' ? null : v.trim());

  const submit = async () => {
    const missing: Partial<Record<keyof Form, string>> = {};
    if (form.firstName.trim() === '') missing.firstName = t('clients.form.required');
    if (form.lastName.trim() === '') missing.lastName = t('clients.form.required');
    setRequired(missing);
    if (Object.keys(missing).length > 0) return;
    const input: UpsertClientInput = {
      ...(client ? { id: client.id } : {}),
      firstName: form.firstName.trim(),
      lastName: form.lastName.trim(),
      email: blank(form.email),
      phone: blank(form.phone),
      birthday: blank(form.birthday),
      addressLine1: blank(form.addressLine1),
      postalCode: blank(form.postalCode),
      city: blank(form.city),
      preferredPractitionerId: blank(form.preferredPractitionerId),
      tags: form.tags
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== ''),
      marketingConsent: form.marketingConsent,
      serviceEmailOptOut: form.serviceEmailOptOut,
      serviceSmsOptOut: form.serviceSmsOptOut,
    };
    const result = await upsert({ input });
    if (result.data?.upsertClient) onSaved(result.data.upsertClient);
  };

  const field = (
    key: Exclude<keyof Form, 'marketingConsent' | 'serviceEmailOptOut' | 'serviceSmsOptOut'>,
    wide = false,
  ) => (
    <TextField
      size="small"
      label={t(`clients.form.${key === 'preferredPractitionerId' ? 'practitioner' : key}`)}
      value={form[key]}
      onChange={set(key)}
      error={Boolean(required[key] ?? serverErrors[key])}
      helperText={required[key] ?? serverErrors[key]}
      sx={wide ? { gridColumn: '1 / -1' } : undefined}
    />
  );
  const check = (key: 'marketingConsent' | 'serviceEmailOptOut' | 'serviceSmsOptOut') => (
    <FormControlLabel
      sx={{ gridColumn: '1 / -1' }}
      control={
        <Checkbox checked={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.checked })} />
      }
      label={t(`clients.form.${key}`)}
    />
  );

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{client ? t('clients.form.editTitle') : t('clients.form.createTitle')}</DialogTitle>
      <DialogContent>
        <Box
          component="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 1.5, pt: 1 }}
        >
          {field('firstName')}
          {field('lastName')}
          {field('email')}
          {field('phone')}
          {field('birthday')}
          <TextField
            select
            size="small"
            label={t('clients.form.practitioner')}
            value={form.preferredPractitionerId}
            onChange={set('preferredPractitionerId')}
            error={Boolean(serverErrors.preferredPractitionerId)}
            helperText={serverErrors.preferredPractitionerId}
          >
            <MenuItem value="">{t('clients.form.none')}</MenuItem>
            {(practitioners?.practitioners ?? []).map((p) => (
              <MenuItem key={p.id} value={p.id}>
                {p.displayName}
              </MenuItem>
            ))}
          </TextField>
          {field('addressLine1', true)}
          {field('postalCode')}
          {field('city')}
          {field('tags', true)}
          {check('marketingConsent')}
          {check('serviceEmailOptOut')}
          {check('serviceSmsOptOut')}
          {error && Object.keys(serverErrors).length === 0 ? (
            <Alert severity="error" sx={{ gridColumn: '1 / -1' }}>
              {t('clients.form.error')}{' '}
              {errorMessage(error, { network: t('errors.network'), unexpected: t('errors.unexpected') })}
            </Alert>
          ) : null}
          <button type="submit" hidden />
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('clients.cancel')}</Button>
        <Button variant="contained" disabled={fetching} onClick={() => void submit()}>
          {t('clients.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
