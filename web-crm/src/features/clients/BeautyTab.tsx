import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { fieldErrors } from '@serenaia/shared/graphql-errors';
import { BeautyFileDocument, UpdateBeautyFileDocument } from '../../gql/graphql';
import { LoadError } from '../../shared/page';

const FIELDS = ['skinType', 'allergies', 'contraindications', 'productsUsed'] as const;
type Field = (typeof FIELDS)[number];

/**
 * Health data: nothing is read until staff ask to see it (each read is logged by the server), and
 * the page says so.
 */
export function BeautyTab({
  clientId,
  exists,
  onSaved,
}: {
  clientId: string;
  exists: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      <Alert severity="warning">{t('clientFile.beauty.warning')}</Alert>
      {shown ? (
        <BeautyForm clientId={clientId} onSaved={onSaved} />
      ) : (
        <Box>
          <Button variant="outlined" onClick={() => setShown(true)}>
            {t('clientFile.beauty.show')}
          </Button>{' '}
          {exists ? t('clientFile.beauty.exists') : t('clientFile.beauty.empty')}
        </Box>
      )}
    </Box>
  );
}

function BeautyForm({ clientId, onSaved }: { clientId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const [{ data, error }, reexecute] = useQuery({
    query: BeautyFileDocument,
    variables: { clientId },
    requestPolicy: 'network-only',
  });
  const [edits, setEdits] = useState<Partial<Record<Field, string>>>({});
  const [{ fetching, error: saveError, data: saved }, update] = useMutation(UpdateBeautyFileDocument);
  const problems = fieldErrors(saveError);
  if (error)
    return <LoadError message={t('clientFile.beauty.error')} error={error} onRetry={() => reexecute()} />;
  const file = data?.clientBeautyFile;
  if (!file) return null;
  const value = (f: Field) => edits[f] ?? file[f] ?? '';
  return (
    <Card>
      <CardContent sx={{ display: 'grid', gap: 1.5 }}>
        {FIELDS.map((f) => (
          <TextField
            key={f}
            label={t(`clientFile.beauty.${f}`)}
            multiline={f !== 'skinType'}
            value={value(f)}
            onChange={(e) => setEdits({ ...edits, [f]: e.target.value })}
            error={Boolean(problems[f])}
            helperText={problems[f]}
          />
        ))}
        {saved && Object.keys(edits).length === 0 ? (
          <Alert severity="success">{t('clientFile.beauty.saved')}</Alert>
        ) : null}
        <Box>
          <Button
            variant="contained"
            disabled={fetching}
            onClick={() => {
              const input = {
                clientId,
                ...Object.fromEntries(
                  FIELDS.map((f) => [f, value(f).trim() === '' ? null : value(f).trim()]),
                ),
              };
              void update({ input }).then((r) => {
                if (r.data) {
                  setEdits({});
                  onSaved();
                }
              });
            }}
          >
            {t('clientFile.beauty.save')}
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
}
