import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { fieldErrors } from '@serenaia/shared/graphql-errors';
import { AddClientNoteDocument, PinClientNoteDocument, type ClientFileQuery } from '../../gql/graphql';
import { formatDateTime } from '../../shared/date-format';

type Note = ClientFileQuery['clientFile']['notes'][number];

/** Dated notes with their author, pinned first; add and pin. */
export function NotesTab({
  clientId,
  notes,
  onChanged,
}: {
  clientId: string;
  notes: readonly Note[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [{ fetching, error }, add] = useMutation(AddClientNoteDocument);
  const [, pin] = useMutation(PinClientNoteDocument);
  const problems = fieldErrors(error);
  const submit = async () => {
    if (body.trim() === '') return;
    const result = await add({ input: { clientId, body: body.trim() } });
    if (result.data) {
      setBody('');
      onChanged();
    }
  };
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      <Card>
        <CardContent sx={{ display: 'grid', gap: 1 }}>
          <TextField
            label={t('clientFile.notes.label')}
            multiline
            minRows={2}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            error={Boolean(problems.body)}
            helperText={problems.body}
          />
          {error && !problems.body ? <Alert severity="error">{t('clientFile.notes.error')}</Alert> : null}
          <Box>
            <Button
              variant="contained"
              disabled={fetching || body.trim() === ''}
              onClick={() => void submit()}
            >
              {t('clientFile.notes.add')}
            </Button>
          </Box>
        </CardContent>
      </Card>
      {notes.length === 0 ? (
        <Typography color="text.secondary">{t('clientFile.notes.empty')}</Typography>
      ) : (
        <Box
          component="ul"
          aria-label={t('clientFile.tabs.notes')}
          sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1 }}
        >
          {notes.map((n) => (
            <Card component="li" key={n.id} data-note-id={n.id} variant={n.pinned ? 'outlined' : 'elevation'}>
              <CardContent sx={{ py: 1.25, '&:last-child': { pb: 1.25 } }}>
                <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, alignItems: 'center' }}>
                  <Typography variant="body2" color="text.secondary" component="div">
                    {t('clientFile.notes.by', {
                      date: formatDateTime(n.createdAt),
                      author: n.authorName ?? '—',
                    })}
                    {n.pinned ? (
                      <Chip size="small" label={t('clientFile.notes.pinned')} sx={{ ml: 1 }} />
                    ) : null}
                  </Typography>
                  <Button
                    size="small"
                    onClick={() => void pin({ input: { noteId: n.id, pinned: !n.pinned } }).then(onChanged)}
                  >
                    {n.pinned ? t('clientFile.notes.unpin') : t('clientFile.notes.pin')}
                  </Button>
                </Box>
                <Typography sx={{ whiteSpace: 'pre-wrap' }}>{n.body}</Typography>
              </CardContent>
            </Card>
          ))}
        </Box>
      )}
    </Box>
  );
}
