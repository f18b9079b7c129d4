import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import {
  DismissDuplicateDocument,
  MergeClientsDocument,
  PossibleDuplicatesDocument,
  type ClientFieldsFragment,
  type MergeClientsMutation,
  type ClientMergeField,
} from '../../gql/graphql';

const FIELDS: { field: ClientMergeField; value: (c: ClientFieldsFragment) => string }[] = [
  { field: 'FIRST_NAME', value: (c) => c.firstName },
  { field: 'LAST_NAME', value: (c) => c.lastName },
  { field: 'EMAIL', value: (c) => c.email ?? '—' },
  { field: 'PHONE', value: (c) => c.phone ?? '—' },
  { field: 'BIRTHDAY', value: (c) => c.birthday ?? '—' },
  { field: 'ADDRESS', value: (c) => [c.addressLine1, c.postalCode, c.city].filter(Boolean).join(' ') || '—' },
];

const fullName = (c: ClientFieldsFragment) => `${c.firstName} ${c.lastName}`;

/** Possible duplicates (from online booking or two similar records): merge (admin) or dismiss. */
export function DuplicatesPanel({ canMerge, onChanged }: { canMerge: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const [{ data }, reload] = useQuery({
    query: PossibleDuplicatesDocument,
    requestPolicy: 'cache-and-network',
  });
  const [, dismiss] = useMutation(DismissDuplicateDocument);
  const [merging, setMerging] = useState<{
    survivor: ClientFieldsFragment;
    merged: ClientFieldsFragment;
  } | null>(null);
  // What the last merge moved, said until closed (the panel stays for it when no duplicate is left).
  const [mergedSummary, setMergedSummary] = useState<string | null>(null);
  const rows = data?.possibleDuplicateClients ?? [];
  if (rows.length === 0 && mergedSummary === null) return null;
  const refresh = () => {
    reload({ requestPolicy: 'network-only' });
    onChanged();
  };
  return (
    <Card component="section" aria-label={t('clients.duplicates.section')} sx={{ mb: 2 }}>
      <CardContent sx={{ display: 'grid', gap: 1 }}>
        {rows.length > 0 ? (
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
            {t('clients.duplicates.title', { count: rows.length })}
          </Typography>
        ) : null}
        {mergedSummary !== null ? (
          <Alert severity="success" onClose={() => setMergedSummary(null)}>
            {mergedSummary}
          </Alert>
        ) : null}
        {rows.map((d) => (
          <Box
            key={d.key}
            sx={{
              display: 'flex',
              flexWrap: 'wrap',
              alignItems: 'center',
              gap: 1,
              justifyContent: 'space-between',
            }}
          >
            <Typography variant="body2" sx={{ flex: '1 1 280px' }}>
              {d.bookingReference
                ? t('clients.duplicates.booking', {
                    reference: d.bookingReference,
                    a: fullName(d.client),
                    email: d.typedEmail ?? '',
                  })
                : t('clients.duplicates.pair', {
                    a: fullName(d.client),
                    b: d.other ? fullName(d.other) : '',
                  })}
            </Typography>
            <Box sx={{ display: 'flex', gap: 1 }}>
              {canMerge && d.other ? (
                <Button
                  size="small"
                  variant="outlined"
                  onClick={() => setMerging({ survivor: d.client, merged: d.other! })}
                >
                  {t('clients.duplicates.merge')}
                </Button>
              ) : null}
              <Button size="small" color="inherit" onClick={() => void dismiss({ key: d.key }).then(refresh)}>
                {t('clients.duplicates.dismiss')}
              </Button>
            </Box>
          </Box>
        ))}
      </CardContent>
      {merging ? (
        <MergeDialog
          survivor={merging.survivor}
          merged={merging.merged}
          onClose={() => setMerging(null)}
          onMerged={(result) => {
            setMerging(null);
            setMergedSummary(
              t('clients.merge.done', {
                name: fullName(result.client),
                bookings: t('clients.merge.movedBookings', { count: result.movedBookings }),
                notes: t('clients.merge.movedNotes', { count: result.movedNotes }),
                messages: t('clients.merge.movedMessages', { count: result.movedMessages }),
              }),
            );
            refresh();
          }}
        />
      ) : null}
    </Card>
  );
}

/** Side by side: for each differing field, tick to take the merged record's value. */
export function MergeDialog({
  survivor,
  merged,
  onClose,
  onMerged,
}: {
  survivor: ClientFieldsFragment;
  merged: ClientFieldsFragment;
  onClose: () => void;
  onMerged: (result: MergeClientsMutation['mergeClients']) => void;
}) {
  const { t } = useTranslation();
  const [fromMerged, setFromMerged] = useState<ClientMergeField[]>([]);
  const [{ fetching, error }, merge] = useMutation(MergeClientsDocument);
  const toggle = (field: ClientMergeField) =>
    setFromMerged((prev) => (prev.includes(field) ? prev.filter((f) => f !== field) : [...prev, field]));
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('clients.merge.title')}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 1 }}>
        <Typography variant="body2" color="text.secondary">
          {t('clients.merge.intro')}
        </Typography>
        {FIELDS.filter((f) => f.value(survivor) !== f.value(merged)).map((f) => (
          <Box
            key={f.field}
            sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1, alignItems: 'center' }}
          >
            <Typography variant="body2">
              <strong>{t(`clients.merge.field.${f.field}`)}</strong> : {f.value(survivor)}
            </Typography>
            <FormControlLabel
              control={<Checkbox checked={fromMerged.includes(f.field)} onChange={() => toggle(f.field)} />}
              label={f.value(merged)}
            />
          </Box>
        ))}
        {error ? (
          <Alert severity="error">
            {errorMessage(error, { network: t('errors.network'), unexpected: t('errors.unexpected') })}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('clients.cancel')}</Button>
        <Button
          variant="contained"
          disabled={fetching}
          onClick={() =>
            void merge({
              input: { survivorId: survivor.id, mergedId: merged.id, keepFromMerged: fromMerged },
            }).then((r) => {
              if (r.data) onMerged(r.data.mergeClients);
            })
          }
        >
          {t('clients.merge.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
