import DialogContentText from '@mui/material/DialogContentText';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  PairReaderDocument,
  RemoveReaderDocument,
  RenameReaderDocument,
  type TerminalReaderFieldsFragment,
} from '../../gql/graphql';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { FormDialog, NameDialog, RemoveDialog } from '../../shared/dialogs';
import { validatePairing, validateReaderName, type ReaderFormErrors } from './reader-form';

type Reader = TerminalReaderFieldsFragment;

function useFallbacks() {
  const { t } = useTranslation();
  return { network: t('errors.network'), unexpected: t('errors.unexpected') };
}

/** "Associer un terminal": the code the SumUp Solo shows in pairing mode, and a name. */
export function PairReaderDialog({
  onClose,
  onPaired,
}: {
  onClose: () => void;
  onPaired: (r: Reader) => void;
}) {
  const { t } = useTranslation();
  const fallbacks = useFallbacks();
  const [state, pair] = useMutation(PairReaderDocument);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<ReaderFormErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);

  const submit = async () => {
    setServerError(null);
    const checked = validatePairing({ code, name });
    if (checked.errors) {
      setErrors({
        code:
          checked.errors.code &&
          t(`terminals.validation.${checked.errors.code}` as 'terminals.validation.codeRequired'),
        name:
          checked.errors.name &&
          t(`terminals.validation.${checked.errors.name}` as 'terminals.validation.nameRequired'),
      });
      return;
    }
    setErrors({});
    const result = await pair({ input: { pairingCode: checked.pairingCode, name: checked.name } });
    if (result.data) {
      onPaired(result.data.pairReader);
      return;
    }
    if (!result.error) return;
    const fields = fieldErrors(result.error);
    if (fields.pairingCode !== undefined || fields.name !== undefined)
      setErrors({ code: fields.pairingCode, name: fields.name });
    else setServerError(errorMessage(result.error, fallbacks));
  };

  return (
    <FormDialog
      title={t('terminals.pair.title')}
      submitLabel={t('terminals.pair.submit')}
      busyLabel={t('terminals.pair.submitting')}
      busy={state.fetching}
      serverError={serverError}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <DialogContentText sx={{ mb: 1.5 }}>{t('terminals.pair.where')}</DialogContentText>
      <TextField
        fullWidth
        margin="dense"
        label={t('terminals.pair.code')}
        value={code}
        onChange={(e) => {
          setCode(e.target.value);
          setErrors((x) => ({ ...x, code: undefined }));
        }}
        error={errors.code !== undefined}
        helperText={errors.code ?? t('terminals.pair.codeHelp')}
        slotProps={{
          htmlInput: {
            spellCheck: false,
            autoCapitalize: 'characters',
            maxLength: 12,
            style: { fontFamily: 'ui-monospace, monospace', letterSpacing: '0.12em' },
          },
        }}
      />
      <TextField
        fullWidth
        margin="dense"
        label={t('terminals.pair.name')}
        value={name}
        onChange={(e) => {
          setName(e.target.value);
          setErrors((x) => ({ ...x, name: undefined }));
        }}
        error={errors.name !== undefined}
        helperText={errors.name ?? t('terminals.pair.nameHelp')}
      />
    </FormDialog>
  );
}

/** Renames a terminal (the name the till and the ledger show). */
export function RenameReaderDialog({
  reader,
  onClose,
  onRenamed,
}: {
  reader: Reader;
  onClose: () => void;
  onRenamed: (r: Reader) => void;
}) {
  const { t } = useTranslation();
  const fallbacks = useFallbacks();
  const [, rename] = useMutation(RenameReaderDocument);
  return (
    <NameDialog
      title={t('terminals.renameDialog.title')}
      submitLabel={t('terminals.renameDialog.submit')}
      label={t('terminals.renameDialog.name')}
      initialName={reader.name}
      check={(name) => {
        const checked = validateReaderName(name);
        return checked.error === null
          ? { name: checked.name }
          : { error: t(`terminals.validation.${checked.error}` as 'terminals.validation.nameRequired') };
      }}
      onSave={async (name) => {
        const result = await rename({ input: { id: reader.id, name } });
        if (result.data) {
          onRenamed(result.data.renameReader);
          return null;
        }
        if (!result.error) return null;
        const field = fieldErrors(result.error).name;
        return field !== undefined ? { field } : { server: errorMessage(result.error, fallbacks) };
      }}
      onClose={onClose}
    />
  );
}

/** Unpairs a physical terminal, after confirmation. */
export function RemoveReaderDialog({
  reader,
  onClose,
  onRemoved,
}: {
  reader: Reader;
  onClose: () => void;
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const fallbacks = useFallbacks();
  const [, remove] = useMutation(RemoveReaderDocument);
  return (
    <RemoveDialog
      title={t('terminals.removeDialog.title')}
      body={t('terminals.removeDialog.body', { name: reader.name })}
      confirmLabel={t('terminals.removeDialog.submit')}
      onRemove={async () => {
        const result = await remove({ id: reader.id });
        if (result.data?.removeReader) onRemoved();
        return result.error ? errorMessage(result.error, fallbacks) : null;
      }}
      onClose={onClose}
    />
  );
}
