import DialogContentText from '@mui/material/DialogContentText';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import type { LocalDate } from '@serenaia/shared/paris-time';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ValidateEntriesDocument } from '../../gql/graphql';
import { FormDialog } from '../../shared/dialogs';
import { FrenchDateField } from '@serenaia/shared/FrenchDateField';
import { frenchDay } from './periods';

/**
 * « Valider les écritures »: every draft dated up to a day gets its number and becomes final. Says so
 * before acting; `onValidated` gets how many were validated.
 */
export function ValidateEntriesDialog({
  initialThrough,
  onValidated,
  onClose,
}: {
  initialThrough: LocalDate;
  onValidated: (count: number) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [through, setThrough] = useState<LocalDate | null>(initialThrough);
  const [{ fetching }, validate] = useMutation(ValidateEntriesDocument);
  const [serverError, setServerError] = useState<string | null>(null);
  const submit = async () => {
    if (through === null) return;
    const result = await validate({ input: { through } });
    if (result.data) onValidated(result.data.validateEntries.validatedCount);
    else if (result.error) {
      setServerError(
        `${t('accounting.entries.validateError')} ${errorMessage(result.error, {
          network: t('errors.network'),
          unexpected: t('errors.unexpected'),
        })}`,
      );
    }
  };
  return (
    <FormDialog
      title={t('accounting.entries.validateTitle')}
      busy={fetching}
      serverError={serverError}
      submitLabel={t('accounting.entries.validateConfirm')}
      onSubmit={() => void submit()}
      onClose={onClose}
      maxWidth="sm"
    >
      <FrenchDateField
        label={t('accounting.entries.validateThrough')}
        value={through}
        onChange={setThrough}
        error={through === null ? t('accounting.chart.required') : undefined}
      />
      <DialogContentText sx={{ mt: 2 }}>
        {t('accounting.entries.validateBody', { date: through ? frenchDay(through) : '…' })}
      </DialogContentText>
    </FormDialog>
  );
}
