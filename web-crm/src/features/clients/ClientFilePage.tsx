import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { formatEuros } from '@serenaia/shared/format';
import { errorCode } from '@serenaia/shared/graphql-errors';
import { ArchiveClientDocument, ClientFileDocument, type ClientFileQuery } from '../../gql/graphql';
import { useInstitute } from '../../shared/institute';
import { formatShortDate } from '../../shared/date-format';
import { LoadError, Page, PageHeader } from '../../shared/page';
import { BeautyTab } from './BeautyTab';
import { BookingsTab, MessagesTab, PaymentsTab } from './ClientHistoryTabs';
import { ClientFormDialog } from './ClientFormDialog';
import { LoyaltyTab } from './LoyaltyTab';
import { NotesTab } from './NotesTab';
import { displayPhone } from './phone';

type File = ClientFileQuery['clientFile'];

/** The file's tabs, in order; later features (purchases, loyalty, gift cards) add theirs here. */
export const CLIENT_FILE_TABS = [
  'info',
  'beauty',
  'bookings',
  'payments',
  'loyalty',
  'notes',
  'messages',
] as const;
export type ClientFileTab = (typeof CLIENT_FILE_TABS)[number];

/** `/clients/:clientId`: the client's file, its figures and tabs (`?onglet=` keeps the tab in the URL). */
export function ClientFilePage() {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const { institute } = useInstitute();
  const [params, setParams] = useSearchParams();
  const tab: ClientFileTab = CLIENT_FILE_TABS.find((x) => x === params.get('onglet')) ?? 'info';
  const [editing, setEditing] = useState(false);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ClientFileDocument,
    variables: { id: clientId },
    requestPolicy: 'cache-and-network',
  });
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [, archive] = useMutation(ArchiveClientDocument);
  const file = data?.clientFile;

  if (!file) {
    return (
      <Page maxWidth={1100} pageTitle={t('clientFile.pageTitle')} institute={institute?.name}>
        <BackLink />
        {fetching ? <Skeleton variant="rounded" height={360} /> : null}
        {error && errorCode(error) === 'NOT_FOUND' ? (
          <Alert severity="info">{t('clientFile.notFound')}</Alert>
        ) : null}
        {error && errorCode(error) !== 'NOT_FOUND' ? (
          <LoadError message={t('clientFile.loadError')} error={error} onRetry={reload} />
        ) : null}
      </Page>
    );
  }
  const c = file.client;
  const name = `${c.firstName} ${c.lastName}`;
  return (
    <Page maxWidth={1100} pageTitle={name} institute={institute?.name}>
      <BackLink />
      <PageHeader
        title={name}
        subtitle={
          c.archivedAt
            ? t('clientFile.archivedOn', { date: formatShortDate(c.archivedAt) })
            : t('clientFile.clientSince', { date: formatShortDate(c.createdAt) })
        }
        sx={{ flexWrap: 'wrap' }}
        actions={
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', alignSelf: 'flex-start' }}>
            <Button variant="outlined" onClick={() => setEditing(true)}>
              {t('clientFile.edit')}
            </Button>
            <Button
              color="inherit"
              onClick={() =>
                void archive({ input: { clientId: c.id, archived: !c.archivedAt } }).then(reload)
              }
            >
              {c.archivedAt ? t('clientFile.unarchive') : t('clientFile.archive')}
            </Button>
          </Box>
        }
      />
      {c.tags.length > 0 ? (
        <Box sx={{ mb: 2 }}>
          {c.tags.map((tag) => (
            <Chip key={tag} label={tag} size="small" sx={{ mr: 0.5 }} />
          ))}
        </Box>
      ) : null}
      <Stats file={file} />
      <Tabs
        value={tab}
        onChange={(_, next: ClientFileTab) =>
          setParams((prev) => {
            const p = new URLSearchParams(prev);
            if (next === 'info') p.delete('onglet');
            else p.set('onglet', next);
            return p;
          })
        }
        variant="scrollable"
        allowScrollButtonsMobile
        sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
      >
        {CLIENT_FILE_TABS.map((x) => (
          <Tab key={x} value={x} label={t(`clientFile.tabs.${x}`)} />
        ))}
      </Tabs>
      {tab === 'info' ? <InfoTab file={file} /> : null}
      {tab === 'beauty' ? <BeautyTab clientId={c.id} exists={file.hasBeautyFile} onSaved={reload} /> : null}
      {tab === 'bookings' ? <BookingsTab file={file} /> : null}
      {tab === 'payments' ? <PaymentsTab file={file} /> : null}
      {tab === 'loyalty' ? <LoyaltyTab clientId={c.id} /> : null}
      {tab === 'notes' ? <NotesTab clientId={c.id} notes={file.notes} onChanged={reload} /> : null}
      {tab === 'messages' ? <MessagesTab file={file} /> : null}
      {editing ? (
        <ClientFormDialog
          open
          client={c}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            reload();
          }}
        />
      ) : null}
    </Page>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Link component={RouterLink} to="/clients" sx={{ display: 'inline-block', mb: 1 }}>
      ← {t('clientFile.back')}
    </Link>
  );
}

function Stats({ file }: { file: File }) {
  const { t } = useTranslation();
  const s = file.stats;
  const items: [string, string][] = [
    [t('clientFile.stats.visits'), String(s.visits)],
    [t('clientFile.stats.totalSpent'), formatEuros(s.totalSpentCents)],
    [
      t('clientFile.stats.averageBasket'),
      s.averageBasketCents === null ? '—' : formatEuros(s.averageBasketCents ?? 0),
    ],
    [t('clientFile.stats.lastVisit'), s.lastVisitAt ? formatShortDate(s.lastVisitAt) : t('clients.never')],
    [t('clientFile.stats.noShowRate'), `${s.noShows} (${Math.round(s.noShowRate * 100)} %)`],
  ];
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(5, 1fr)' },
        gap: 1.25,
        mb: 1.5,
      }}
    >
      {items.map(([label, value]) => (
        <Card key={label}>
          <CardContent sx={{ py: 1.25, '&:last-child': { pb: 1.25 } }}>
            <Typography variant="body2" color="text.secondary">
              {label}
            </Typography>
            <Typography variant="h6" component="p" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {value}
            </Typography>
          </CardContent>
        </Card>
      ))}
      {s.favouriteServices.length > 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ gridColumn: '1 / -1' }}>
          {t('clientFile.stats.favourites')} : {s.favouriteServices.join(', ')}
        </Typography>
      ) : null}
    </Box>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box>
      <Typography variant="subtitle2" color="text.secondary">
        {title}
      </Typography>
      <Typography component="div">{children}</Typography>
    </Box>
  );
}

function InfoTab({ file }: { file: File }) {
  const { t } = useTranslation();
  const c = file.client;
  const none = t('clientFile.info.none');
  return (
    <Card>
      <CardContent sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
        <Section title={t('clientFile.info.identity')}>
          {c.firstName} {c.lastName}
        </Section>
        <Section title={t('clientFile.info.contact')}>
          <Box sx={{ overflowWrap: 'anywhere' }}>
            {displayPhone(c.phone) ?? none}
            <br />
            {c.email ?? none}
          </Box>
        </Section>
        <Section title={t('clientFile.info.birthday')}>
          {c.birthday ? formatShortDate(`${c.birthday}T12:00:00Z`) : none}
        </Section>
        <Section title={t('clientFile.info.address')}>
          {c.addressLine1 || c.city
            ? [c.addressLine1, [c.postalCode, c.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
            : none}
        </Section>
        <Section title={t('clientFile.info.practitioner')}>{file.preferredPractitionerName ?? none}</Section>
        <Section title={t('clientFile.info.tags')}>{c.tags.length > 0 ? c.tags.join(', ') : none}</Section>
        <Section title={t('clientFile.info.consents')}>
          {c.marketingConsent ? t('clientFile.info.marketingYes') : t('clientFile.info.marketingNo')}
          {c.serviceEmailOptOut ? (
            <>
              <br />
              {t('clientFile.info.emailOptOut')}
            </>
          ) : null}
          {c.serviceSmsOptOut ? (
            <>
              <br />
              {t('clientFile.info.smsOptOut')}
            </>
          ) : null}
        </Section>
      </CardContent>
    </Card>
  );
}
