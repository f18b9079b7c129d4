import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormDialog, NameDialog, RemoveDialog } from '../../shared/dialogs';
import { errorMessage, fieldErrors, isConflict } from '@serenaia/shared/graphql-errors';
import {
  DeleteCabinTypeDocument,
  UpsertCabinDocument,
  UpsertCabinTypeDocument,
  type SettingsCabinFieldsFragment,
} from '../../gql/graphql';
import { checkCabin, checkCabinType, type ValidationKey } from './team-form';

export interface CabinTypeRow {
  id: string;
  name: string;
}

type Errors<F extends string> = Partial<Record<F, string>>;

function useMessages() {
  const { t } = useTranslation();
  return {
    t,
    validation: (key: ValidationKey | undefined) =>
      key === undefined ? undefined : t(`teamSettings.validation.${key}`),
    fallbacks: { network: t('errors.network'), unexpected: t('errors.unexpected') },
  };
}

/** Creates (no `type`) or renames a cabin type. */
export function CabinTypeDialog({
  type,
  onClose,
  onSaved,
}: {
  type: CabinTypeRow | null;
  onClose: () => void;
  onSaved: (saved: CabinTypeRow, created: boolean) => void;
}) {
  const { t, validation, fallbacks } = useMessages();
  const [, save] = useMutation(UpsertCabinTypeDocument);
  return (
    <NameDialog
      title={t(type ? 'teamSettings.cabins.renameTypeTitle' : 'teamSettings.cabins.createTypeTitle')}
      label={t('teamSettings.cabins.name')}
      helperText={t('teamSettings.cabins.typeNameHelp')}
      initialName={type?.name ?? ''}
      check={(name) => {
        const checked = checkCabinType({ name });
        return checked.errors
          ? { error: validation(checked.errors.name) ?? '' }
          : { name: checked.value.name };
      }}
      onSave={async (name) => {
        const result = await save({ input: { ...(type ? { id: type.id } : {}), name } });
        if (result.data) {
          onSaved(result.data.upsertCabinType, type === null);
          return null;
        }
        if (!result.error) return null;
        // The name is the only unique field: a duplicate belongs under it.
        const field = fieldErrors(result.error).name;
        if (field !== undefined || isConflict(result.error))
          return { field: field ?? errorMessage(result.error, fallbacks) };
        return { server: errorMessage(result.error, fallbacks) };
      }}
      onClose={onClose}
    />
  );
}

/** Creates (no `cabin`) or edits a cabin: name, type, in service or not. */
export function CabinDialog({
  cabin,
  types,
  onClose,
  onSaved,
}: {
  cabin: SettingsCabinFieldsFragment | null;
  types: readonly CabinTypeRow[];
  onClose: () => void;
  onSaved: (saved: SettingsCabinFieldsFragment, created: boolean) => void;
}) {
  const { t, validation, fallbacks } = useMessages();
  const [state, save] = useMutation(UpsertCabinDocument);
  const [name, setName] = useState(cabin?.name ?? '');
  const [cabinTypeId, setCabinTypeId] = useState(
    cabin?.cabinTypeId ?? (types.length === 1 ? types[0].id : ''),
  );
  const [active, setActive] = useState(cabin?.active ?? true);
  const [errors, setErrors] = useState<Errors<'name' | 'cabinTypeId'>>({});
  const [serverError, setServerError] = useState<string | null>(null);

  const submit = async () => {
    setServerError(null);
    const checked = checkCabin({ name, cabinTypeId, active });
    if (checked.errors) {
      setErrors({
        name: validation(checked.errors.name),
        cabinTypeId: validation(checked.errors.cabinTypeId),
      });
      return;
    }
    const result = await save({ input: { ...(cabin ? { id: cabin.id } : {}), ...checked.value } });
    if (result.data) return onSaved(result.data.upsertCabin, cabin === null);
    if (!result.error) return;
    const fields = fieldErrors(result.error);
    if (fields.name !== undefined || fields.cabinTypeId !== undefined)
      setErrors({ name: fields.name, cabinTypeId: fields.cabinTypeId });
    else if (isConflict(result.error)) setErrors({ name: errorMessage(result.error, fallbacks) });
    else setServerError(errorMessage(result.error, fallbacks));
  };

  return (
    <FormDialog
      title={t(cabin ? 'teamSettings.cabins.editCabinTitle' : 'teamSettings.cabins.createCabinTitle')}
      busy={state.fetching}
      serverError={serverError}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <TextField
        fullWidth
        autoFocus
        margin="dense"
        label={t('teamSettings.cabins.name')}
        value={name}
        onChange={(e) => {
          setName(e.target.value);
          setErrors((x) => ({ ...x, name: undefined }));
        }}
        error={errors.name !== undefined}
        helperText={errors.name ?? t('teamSettings.cabins.cabinNameHelp')}
      />
      <TextField
        select
        fullWidth
        margin="dense"
        label={t('teamSettings.cabins.type')}
        value={cabinTypeId}
        onChange={(e) => {
          setCabinTypeId(e.target.value);
          setErrors((x) => ({ ...x, cabinTypeId: undefined }));
        }}
        error={errors.cabinTypeId !== undefined}
        helperText={errors.cabinTypeId}
      >
        {types.map((type) => (
          <MenuItem key={type.id} value={type.id}>
            {type.name}
          </MenuItem>
        ))}
      </TextField>
      <FormControlLabel
        sx={{ mt: 1 }}
        control={<Switch checked={active} onChange={(e) => setActive(e.target.checked)} />}
        label={t('teamSettings.cabins.activeLabel')}
      />
      <FormHelperText sx={{ mt: 0 }}>{t('teamSettings.cabins.activeHelp')}</FormHelperText>
    </FormDialog>
  );
}

/** Confirms the deletion of a cabin type; the server's refusal (type still in use) stays in the dialog. */
export function DeleteCabinTypeDialog({
  type,
  onClose,
  onDeleted,
}: {
  type: CabinTypeRow;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t, fallbacks } = useMessages();
  const [, remove] = useMutation(DeleteCabinTypeDocument);
  return (
    <RemoveDialog
      title={t('teamSettings.cabins.deleteTitle')}
      body={t('teamSettings.cabins.deleteBody', { name: type.name })}
      confirmLabel={t('teamSettings.cabins.deleteSubmit')}
      onRemove={async () => {
        const result = await remove({ id: type.id });
        if (result.data) onDeleted();
        return result.error ? errorMessage(result.error, fallbacks) : null;
      }}
      onClose={onClose}
    />
  );
}
