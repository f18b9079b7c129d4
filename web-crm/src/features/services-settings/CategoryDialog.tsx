import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  DeleteServiceCategoryDocument,
  UpsertServiceCategoryDocument,
  type SettingsCategoryFieldsFragment,
} from '../../gql/graphql';
import { ConfirmDialog } from '../../shared/dialogs';
import { errorMessage, fieldErrors, isConflict } from '@serenaia/shared/graphql-errors';
import { validateCategory, type CategoryField, type CategoryForm } from './service-form';

/** Creates a category (no `category`) or renames / recolours one. */
export function CategoryDialog({
  category,
  onClose,
  onSaved,
}: {
  category?: SettingsCategoryFieldsFragment;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<CategoryForm>({
    name: category?.name ?? '',
    description: category?.description ?? '',
    color: category?.color ?? '#8e5b6e',
    active: category?.active ?? true,
  });
  const [errors, setErrors] = useState<Partial<Record<CategoryField, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [state, upsert] = useMutation(UpsertServiceCategoryDocument);
  const f = 'servicesSettings.categoryForm';

  const set = <K extends keyof CategoryForm>(key: K, value: CategoryForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  };

  const submit = async () => {
    setProblem(null);
    const checked = validateCategory(form);
    if (checked.errors !== null) {
      setErrors(
        Object.fromEntries(
          Object.entries(checked.errors).map(([field, key]) => [
            field,
            t(`servicesSettings.validation.${key}` as never),
          ]),
        ),
      );
      return;
    }
    const result = await upsert({ input: { ...(category ? { id: category.id } : {}), ...checked.input } });
    if (result.error) {
      const server = fieldErrors(result.error);
      // A duplicate name is a CONFLICT without a field: it is about the name.
      const name =
        server.name ?? (isConflict(result.error) ? result.error.graphQLErrors[0]?.message : undefined);
      const mine = { name, description: server.description, color: server.color };
      setErrors(mine);
      if (Object.values(mine).every((m) => m === undefined)) {
        setProblem(
          errorMessage(result.error, { network: t('errors.network'), unexpected: t('errors.unexpected') }),
        );
      }
      return;
    }
    onSaved();
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <Box
        component="form"
        noValidate
        autoComplete="off"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <DialogTitle>{t(category ? `${f}.editTitle` : `${f}.createTitle`)}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {problem ? <Alert severity="error">{problem}</Alert> : null}
            <TextField
              label={t(`${f}.name`)}
              value={form.name}
              onChange={(e) => set('name', e.target.value)}
              autoFocus
              required
              error={errors.name !== undefined}
              helperText={errors.name}
            />
            <TextField
              label={t(`${f}.description`)}
              value={form.description}
              onChange={(e) => set('description', e.target.value)}
              multiline
              minRows={2}
              error={errors.description !== undefined}
              helperText={errors.description}
            />
            <TextField
              type="color"
              label={t(`${f}.color`)}
              value={form.color}
              onChange={(e) => set('color', e.target.value)}
              error={errors.color !== undefined}
              helperText={errors.color}
              sx={{ maxWidth: 200 }}
            />
            <FormControlLabel
              control={<Switch checked={form.active} onChange={(e) => set('active', e.target.checked)} />}
              label={t(`${f}.active`)}
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>{t('servicesSettings.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={state.fetching}>
            {t(category ? 'servicesSettings.save' : 'servicesSettings.create')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}

/** Confirms the deletion of an empty category; the server's refusal (services left) stays in the dialog. */
export function DeleteCategoryDialog({
  category,
  onClose,
  onDeleted,
}: {
  category: SettingsCategoryFieldsFragment;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const [state, remove] = useMutation(DeleteServiceCategoryDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const confirm = async () => {
    setProblem(null);
    const result = await remove({ id: category.id });
    if (result.error) {
      setProblem(
        errorMessage(result.error, { network: t('errors.network'), unexpected: t('errors.unexpected') }),
      );
      return;
    }
    onDeleted();
  };
  return (
    <ConfirmDialog
      title={t('servicesSettings.confirmDelete.title', { name: category.name })}
      body={t('servicesSettings.confirmDelete.body')}
      confirmLabel={t('servicesSettings.delete')}
      busy={state.fetching}
      serverError={problem}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
