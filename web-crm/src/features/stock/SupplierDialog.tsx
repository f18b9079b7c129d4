import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { UpsertSupplierDocument, type SupplierFieldsFragment } from '../../gql/graphql';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';

type TextKey = 'name' | 'contactName' | 'email' | 'phone' | 'notes';
const SHOWN = new Set<string>(['name', 'contactName', 'email', 'phone', 'notes']);

/** Creates (supplier null) or edits a supplier and its contact details (ADMIN). */
export function SupplierDialog({
  supplier,
  onClose,
  onSaved,
}: {
  supplier: SupplierFieldsFragment | null;
  onClose: () => void;
  onSaved: (saved: SupplierFieldsFragment) => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const [form, setForm] = useState<Record<TextKey, string>>({
    name: supplier?.name ?? '',
    contactName: supplier?.contactName ?? '',
    email: supplier?.email ?? '',
    phone: supplier?.phone ?? '',
    notes: supplier?.notes ?? '',
  });
  const [active, setActive] = useState(supplier?.active ?? true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [state, upsert] = useMutation(UpsertSupplierDocument);

  const submit = async () => {
    const local: Record<string, string> = {};
    if (form.name.trim() === '') local.name = t('stock.suppliers.nameRequired');
    const email = form.email.trim();
    if (email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      local.email = t('stock.suppliers.badEmail');
    setErrors(local);
    setProblem(null);
    if (Object.keys(local).length > 0) return;
    const result = await upsert({
      input: {
        ...(supplier ? { id: supplier.id } : {}),
        name: form.name.trim(),
        contactName: form.contactName.trim() || null,
        email: email || null,
        phone: form.phone.trim() || null,
        notes: form.notes.trim() || null,
        active,
      },
    });
    if (result.error) {
      const server = fieldErrors(result.error);
      const conflict = result.error.graphQLErrors.find((e) => e.extensions.code === 'CONFLICT');
      if (conflict?.extensions.field === 'name') server.name = conflict.message;
      setErrors(server);
      if (!Object.keys(server).some((key) => SHOWN.has(key)))
        setProblem(
          errorMessage(result.error, { network: t('errors.network'), unexpected: t('errors.unexpected') }),
        );
      return;
    }
    if (result.data) onSaved(result.data.upsertSupplier);
  };

  const field = (key: TextKey, label: string) => ({
    label,
    value: form[key],
    onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value })),
    error: errors[key] !== undefined,
    helperText: errors[key],
    fullWidth: true,
  });

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <DialogTitle id={titleId}>
        {supplier ? t('stock.suppliers.editTitle', { name: supplier.name }) : t('stock.suppliers.newTitle')}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {problem && <Alert severity="error">{problem}</Alert>}
          <TextField {...field('name', t('stock.suppliers.name'))} required autoFocus />
          <TextField {...field('contactName', t('stock.suppliers.contactName'))} />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField
              {...field('email', t('stock.suppliers.email'))}
              type="email"
              slotProps={{ htmlInput: { inputMode: 'email', autoComplete: 'off' } }}
            />
            <TextField
              {...field('phone', t('stock.suppliers.phone'))}
              type="tel"
              slotProps={{ htmlInput: { inputMode: 'tel' } }}
            />
          </Stack>
          <TextField {...field('notes', t('stock.suppliers.notes'))} multiline minRows={2} />
          {supplier && (
            <FormControlLabel
              control={<Switch checked={active} onChange={(e) => setActive(e.target.checked)} />}
              label={t('stock.suppliers.active')}
            />
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('stock.form.cancel')}</Button>
        <Button variant="contained" disabled={state.fetching} onClick={() => void submit()}>
          {t('stock.form.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
