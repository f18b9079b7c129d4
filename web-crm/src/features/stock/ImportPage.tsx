import ArrowBack from '@mui/icons-material/ArrowBack';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { useMutation } from 'urql';
import { ImportProductsDocument, type ImportProductsMutation } from '../../gql/graphql';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { useInstitute } from '../../shared/institute';
import { Page, PageHeader, PermissionGate } from '../../shared/page';

type Report = ImportProductsMutation['importProducts'];

/** The columns the server reads (required ones first), as the help shows them. */
const COLUMNS = 'nom;prix_ttc;tva;marque;categorie;code_barres;cout_achat;type;unite;seuil;fournisseur';
const EXAMPLE =
  'Sérum éclat;34,90;20;Maison Lys;Visage;3760000000017;12,50;vente;piece;3;Maison Lys Cosmétiques';

/** The file's text, as UTF-8 (the server says so when it was saved in another encoding). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file, 'utf-8');
  });
}

/** `/stock/import`: paste or choose a product CSV, see what would happen (dry run), then import. */
export function ImportPage() {
  const { t } = useTranslation();
  const institute = useInstitute();
  return (
    <Page maxWidth={900} pageTitle={t('stock.import.pageTitle')} institute={institute.institute?.name}>
      <PageHeader
        title={t('stock.import.title')}
        subtitle={t('stock.import.subtitle')}
        actions={
          <Button component={RouterLink} to="/stock" startIcon={<ArrowBack />}>
            {t('stock.orders.back')}
          </Button>
        }
        sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}
      />
      <PermissionGate operation="importProducts" denied={t('stock.import.denied')}>
        <ImportForm />
      </PermissionGate>
    </Page>
  );
}

function ImportForm() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<Report | null>(null);
  const [done, setDone] = useState<Report | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [state, importProducts] = useMutation(ImportProductsDocument);

  const changeText = (value: string) => {
    setText(value);
    setPreview(null);
    setDone(null);
    setProblem(null);
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setFileName(file.name);
    try {
      changeText(await readText(file));
    } catch {
      setProblem(t('stock.import.unreadable'));
    }
  };

  const run = async (dryRun: boolean, importValidLines: boolean) => {
    if (text.trim() === '') return setProblem(t('stock.import.emptyFile'));
    setProblem(null);
    const result = await importProducts({ file: text, dryRun, importValidLines });
    if (result.error) {
      const byField = fieldErrors(result.error, '');
      return setProblem(
        byField.file ??
          errorMessage(result.error, { network: t('errors.network'), unexpected: t('errors.unexpected') }),
      );
    }
    const report = result.data?.importProducts ?? null;
    if (dryRun) setPreview(report);
    else {
      setPreview(null);
      setDone(report);
    }
  };

  const valid = preview === null ? 0 : preview.created + preview.updated;
  return (
    <Stack spacing={2}>
      <Card variant="outlined">
        <CardContent>
          <Typography sx={{ mb: 1 }}>{t('stock.import.help')}</Typography>
          <Typography
            component="pre"
            variant="body2"
            sx={{ m: 0, p: 1, bgcolor: 'action.hover', borderRadius: 1, overflowX: 'auto' }}
          >
            {`${COLUMNS}\n${EXAMPLE}`}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {t('stock.import.rules')}
          </Typography>
        </CardContent>
      </Card>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
        <Button variant="outlined" component="label" startIcon={<UploadFileOutlined />}>
          {t('stock.import.choose')}
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            hidden
            aria-label={t('stock.import.choose')}
            onChange={(e) => void onFile(e)}
          />
        </Button>
        {fileName && <Typography color="text.secondary">{fileName}</Typography>}
      </Stack>
      <TextField
        label={t('stock.import.paste')}
        value={text}
        onChange={(e) => changeText(e.target.value)}
        multiline
        minRows={6}
        maxRows={16}
        error={problem !== null}
        helperText={problem ?? t('stock.import.pasteHelp')}
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
      />
      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        <Button variant="contained" disabled={state.fetching} onClick={() => void run(true, false)}>
          {t('stock.import.preview')}
        </Button>
      </Stack>
      {preview && (
        <Card component="section" variant="outlined" aria-label={t('stock.import.previewTitle')}>
          <CardContent>
            <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
              {t('stock.import.previewTitle')}
            </Typography>
            <Typography>
              {t('stock.import.wouldCreate', { count: preview.created })} ·{' '}
              {t('stock.import.wouldUpdate', { count: preview.updated })}
            </Typography>
            {preview.problems.length > 0 && (
              <>
                <Alert severity="warning" sx={{ my: 1 }}>
                  {t('stock.import.problems', { count: preview.problems.length })}
                </Alert>
                <List dense disablePadding aria-label={t('stock.import.problemsList')}>
                  {preview.problems.map((p, i) => (
                    <ListItem key={i} disableGutters divider>
                      <ListItemText
                        primary={p.message}
                        secondary={
                          p.column
                            ? t('stock.import.lineColumn', { line: p.line, column: p.column })
                            : t('stock.import.line', { line: p.line })
                        }
                      />
                    </ListItem>
                  ))}
                </List>
              </>
            )}
            <Stack
              direction="row"
              spacing={1}
              sx={{ justifyContent: 'flex-end', mt: 2, flexWrap: 'wrap', gap: 1 }}
            >
              {preview.problems.length === 0 && valid > 0 && (
                <Button variant="contained" disabled={state.fetching} onClick={() => void run(false, false)}>
                  {t('stock.import.confirm', { count: valid })}
                </Button>
              )}
              {preview.problems.length > 0 && valid > 0 && (
                <Button variant="outlined" disabled={state.fetching} onClick={() => void run(false, true)}>
                  {t('stock.import.confirmValid', { count: valid })}
                </Button>
              )}
            </Stack>
          </CardContent>
        </Card>
      )}
      {done && (
        <Alert severity={done.applied ? 'success' : 'info'}>
          {done.applied
            ? t('stock.import.done', { created: done.created, updated: done.updated })
            : t('stock.import.nothingDone')}
        </Alert>
      )}
    </Stack>
  );
}
