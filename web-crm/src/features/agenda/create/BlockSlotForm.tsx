import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { BlockSlotDocument } from '../../../gql/graphql';
import { FrenchDateField } from '@serenaia/shared/FrenchDateField';
import { FrenchTimeField } from '@serenaia/shared/FrenchTimeField';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { localDateOf, wallMinutes, wallTimeString } from '@serenaia/shared/paris-time';
import type { AgendaBlock, AgendaPractitioner } from '../data/agenda-state';
import type { Cabin } from '../data/useAgendaSettings';
import { toBlockSlotInput, validateBlockForm, type BlockFormValues } from './booking-form';

export interface BlockSlotFormProps {
  formId: string;
  practitioners: readonly AgendaPractitioner[];
  cabins: readonly Cabin[];
  initial: { practitionerId: string; start: number };
  run: <T>(work: () => Promise<T>, idOf: (result: T) => string | undefined) => Promise<T>;
  onBlocked: (block: AgendaBlock) => void;
  onSubmittingChange: (submitting: boolean) => void;
}

/** Takes time out of a practitioner's agenda (break, training, appointment elsewhere…). */
export function BlockSlotForm(props: BlockSlotFormProps) {
  const { formId, practitioners, cabins, initial, run, onBlocked, onSubmittingChange } = props;
  const { t } = useTranslation();
  const [, blockSlot] = useMutation(BlockSlotDocument);
  const startMinutes = wallMinutes(initial.start);
  const [values, setValues] = useState<BlockFormValues>(() => ({
    practitionerId: initial.practitionerId,
    cabinId: '',
    date: localDateOf(initial.start),
    start: wallTimeString(startMinutes),
    end: wallTimeString(Math.min(startMinutes + 60, 23 * 60 + 45)),
    reason: '',
  }));
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const messages = t('agenda.create.validation', { returnObjects: true });
  const errors = submitted ? validateBlockForm(values, messages) : {};
  const set = <K extends keyof BlockFormValues>(key: K, value: BlockFormValues[K]) =>
    setValues((prev) => ({ ...prev, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    if (Object.keys(validateBlockForm(values, messages)).length > 0) return;
    onSubmittingChange(true);
    const result = await run(
      () => blockSlot({ input: toBlockSlotInput(values) }),
      (r) => r.data?.blockSlot.id,
    );
    onSubmittingChange(false);
    if (result.data) onBlocked(result.data.blockSlot);
    else if (result.error)
      setFailure(
        errorMessage(result.error, { network: t('errors.network'), unexpected: t('errors.unexpected') }),
      );
  };

  return (
    <Box
      component="form"
      id={formId}
      noValidate
      onSubmit={(e) => void submit(e)}
      sx={{ display: 'grid', gap: 2, pt: 1 }}
    >
      <TextField
        select
        label={t('agenda.create.practitioner')}
        value={values.practitionerId}
        onChange={(e) => set('practitionerId', e.target.value)}
        error={errors.practitionerId !== undefined}
        helperText={errors.practitionerId}
      >
        {practitioners.map((p) => (
          <MenuItem key={p.id} value={p.id}>
            {p.displayName}
          </MenuItem>
        ))}
      </TextField>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr 1fr', sm: '1.4fr 1fr 1fr' } }}>
        <Box sx={{ gridColumn: { xs: '1 / -1', sm: 'auto' } }}>
          <FrenchDateField
            fullWidth
            size="medium"
            label={t('agenda.create.date')}
            value={values.date || null}
            onChange={(day) => set('date', day ?? '')}
            error={errors.date}
          />
        </Box>
        <FrenchTimeField
          label={t('agenda.create.start')}
          value={values.start || null}
          onChange={(time) => set('start', time ?? '')}
          error={errors.start}
        />
        <FrenchTimeField
          label={t('agenda.create.end')}
          value={values.end || null}
          onChange={(time) => set('end', time ?? '')}
          error={errors.end}
        />
      </Box>
      <TextField
        select
        label={t('agenda.create.cabin')}
        value={values.cabinId}
        onChange={(e) => set('cabinId', e.target.value)}
      >
        <MenuItem value="">{t('agenda.create.noCabin')}</MenuItem>
        {cabins.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {c.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={t('agenda.create.reason')}
        value={values.reason}
        onChange={(e) => set('reason', e.target.value)}
      />
      {failure ? (
        <Alert severity="error" role="alert">
          {failure}
        </Alert>
      ) : null}
    </Box>
  );
}
