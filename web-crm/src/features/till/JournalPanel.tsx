import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  ExportJournalArchiveDocument,
  JournalPublicKeyDocument,
  VerifyJournalDocument,
  type VerifyJournalMutation,
} from '../../gql/graphql';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { FrenchDateField, useDateValidity } from '@serenaia/shared/FrenchDateField';
import { usePermissions } from '../../shared/permissions';

type Verification = VerifyJournalMutation['verifyJournal'];

/** A base64 file handed to the browser as a download. */
function download(filename: string, base64: string) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The inalterable journal: its verification on demand, a signed archive, the key that checks it. */
export function JournalPanel({ tillId }: { tillId: string }) {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const fallbacks = { network: t('errors.network'), unexpected: t('errors.unexpected') };
  const [verifyState, verify] = useMutation(VerifyJournalDocument);
  const [archiveState, exportArchive] = useMutation(ExportJournalArchiveDocument);
  const [{ data: keyData }] = useQuery({ query: JournalPublicKeyDocument, pause: !can('journalPublicKey') });
  const [result, setResult] = useState<Verification | null>(null);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [archived, setArchived] = useState<string | null>(null);
  const dates = useDateValidity();
  const [copied, setCopied] = useState(false);

  const runVerify = async () => {
    const r = await verify({ input: { tillId } });
    setResult(r.data?.verifyJournal ?? null);
  };
  const runArchive = async () => {
    setArchived(null);
    const r = await exportArchive({ input: { tillId, from, to } });
    const a = r.data?.exportJournalArchive;
    if (a === undefined) return;
    download(a.filename, a.contentBase64);
    setArchived(
      t('till.journal.downloaded', { file: a.filename, count: a.recordCount, sha: a.sha256.slice(0, 16) }),
    );
  };

  return (
    <Card component="section" aria-labelledby="till-journal-title">
      <CardContent sx={{ p: { xs: 2, md: 3 } }}>
        <Typography id="till-journal-title" variant="h6" component="h2">
          {t('till.journal.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t('till.journal.intro')}
        </Typography>
        {can('verifyJournal') ? (
          <Stack spacing={1.5} sx={{ mb: 3 }}>
            <VerificationStatus result={result} />
            {verifyState.error ? (
              <Alert severity="error">{errorMessage(verifyState.error, fallbacks)}</Alert>
            ) : null}
            <Box>
              <Button
                variant="contained"
                sx={{ minHeight: 56, px: 3 }}
                disabled={verifyState.fetching}
                onClick={() => void runVerify()}
              >
                {t('till.journal.verify')}
              </Button>
            </Box>
          </Stack>
        ) : (
          <Typography color="text.secondary" sx={{ mb: 3 }}>
            {t('till.journal.verifyDenied')}
          </Typography>
        )}
        {can('exportJournalArchive') ? (
          <Box component="section" aria-labelledby="till-archive-title" sx={{ mb: 3 }}>
            <Typography id="till-archive-title" variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
              {t('till.journal.archiveTitle')}
            </Typography>
            <Typography color="text.secondary" sx={{ mb: 1.5 }}>
              {t('till.journal.archiveIntro')}
            </Typography>
            <Stack
              direction={{ xs: 'column', md: 'row' }}
              spacing={2}
              useFlexGap
              sx={{ alignItems: { md: 'center' } }}
            >
              <Box sx={{ width: { xs: '100%', md: 190 } }}>
                <FrenchDateField
                  label={t('till.journal.from')}
                  value={from}
                  onChange={setFrom}
                  onValidityChange={dates.validity('from')}
                />
              </Box>
              <Box sx={{ width: { xs: '100%', md: 190 } }}>
                <FrenchDateField
                  label={t('till.journal.to')}
                  value={to}
                  onChange={setTo}
                  onValidityChange={dates.validity('to')}
                />
              </Box>
              <Button
                variant="outlined"
                sx={{ minHeight: 56, px: 3 }}
                disabled={archiveState.fetching || dates.invalid}
                onClick={() => void runArchive()}
              >
                {t('till.journal.download')}
              </Button>
            </Stack>
            {archiveState.error ? (
              <Alert severity="error" sx={{ mt: 1.5 }}>
                {errorMessage(archiveState.error, fallbacks)}
              </Alert>
            ) : null}
            {archived !== null ? (
              <Alert severity="success" sx={{ mt: 1.5 }}>
                {archived}
              </Alert>
            ) : null}
          </Box>
        ) : null}
        {keyData !== undefined ? (
          <Box component="section" aria-labelledby="till-key-title">
            <Typography id="till-key-title" variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
              {t('till.journal.keyTitle')}
            </Typography>
            <Typography color="text.secondary" sx={{ mb: 1 }}>
              {t('till.journal.keyIntro')}
            </Typography>
            <Box
              component="pre"
              sx={{
                p: 1.5,
                bgcolor: 'action.hover',
                borderRadius: 1,
                overflowX: 'auto',
                fontSize: '0.8rem',
                m: 0,
              }}
            >
              {keyData.journalPublicKey}
            </Box>
            <Button
              sx={{ mt: 1, minHeight: 48 }}
              onClick={() => {
                void navigator.clipboard?.writeText(keyData.journalPublicKey).then(() => setCopied(true));
              }}
            >
              {copied ? t('till.journal.copied') : t('till.journal.copy')}
            </Button>
          </Box>
        ) : null}
      </CardContent>
    </Card>
  );
}

/** The last run's answer: intact, or the first broken link in French. */
export function VerificationStatus({ result }: { result: Verification | null }) {
  const { t } = useTranslation();
  if (result === null)
    return (
      <Alert severity="info" role="status">
        {t('till.journal.notYet')}
      </Alert>
    );
  if (result.broken) {
    return (
      <Alert severity="error" role="alert">
        {t('till.journal.broken', {
          seq: result.broken.seq,
          kind: result.broken.kind,
          problem: result.broken.problem,
        })}
      </Alert>
    );
  }
  return (
    <Alert severity="success" role="status">
      {result.recordsChecked === 0
        ? t('till.journal.okEmpty')
        : t('till.journal.ok', {
            records: t('till.journal.records', { count: result.recordsChecked }),
            closures: t('till.journal.closuresChecked', { count: result.closuresChecked }),
            first: result.firstSeq ?? 1,
            last: result.lastSeq ?? result.recordsChecked,
          })}
    </Alert>
  );
}
