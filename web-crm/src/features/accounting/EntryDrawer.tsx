import CloseOutlined from '@mui/icons-material/CloseOutlined';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { AccountingEntriesQuery } from '../../gql/graphql';
import { formatDateTime } from '../../shared/date-format';
import { AmountCell } from './amounts';
import { EntryStatusChip } from './EntryStatusChip';
import { frenchDay } from './periods';

export type Entry = AccountingEntriesQuery['accountingEntries']['items'][number];

/** The sources the server names (`AccountingEntry.sourceKind`); anything else is shown as it comes. */
const SOURCE_KINDS = [
  'POS_Z',
  'GIFT_CARD_EXPIRY',
  'GIFT_CARD_REVIVAL',
  'PAYMENT',
  'PAYMENT_REFUND',
  'BOOKING',
  'GIFT_CARD_ORDER',
  'PAYOUT',
  'CASH_BANKING',
  'OPENING',
] as const;
type SourceKind = (typeof SOURCE_KINDS)[number];

/** Where each kind of source is shown in the CRM, for the roles that read the accounts. */
const SOURCE_PAGES: Partial<Record<SourceKind, string>> = {
  POS_Z: '/caisse/clotures',
  PAYMENT: '/paiements',
  PAYMENT_REFUND: '/paiements',
  GIFT_CARD_ORDER: '/paiements',
  PAYOUT: '/comptabilite/banque',
  CASH_BANKING: '/comptabilite/banque',
  OPENING: '/comptabilite/periodes',
};

function knownKind(kind: string): SourceKind | null {
  return (SOURCE_KINDS as readonly string[]).includes(kind) ? (kind as SourceKind) : null;
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary">
        {term}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0 }}>
        {children}
      </Typography>
    </>
  );
}

/** An entry's detail beside the list: its header, its source (linked) and its lines, balanced. */
export function EntryDrawer({ entry, onClose }: { entry: Entry | null; onClose: () => void }) {
  const { t } = useTranslation();
  const title = entry ? t('accounting.detail.title', { piece: entry.pieceRef }) : '';
  const kind = entry ? knownKind(entry.sourceKind) : null;
  const source = kind === null ? null : (SOURCE_PAGES[kind] ?? null);
  return (
    <Drawer
      anchor="right"
      open={entry !== null}
      onClose={onClose}
      // Above the app bar, which sits above the permanent navigation drawer on wide screens.
      sx={{ zIndex: (theme) => theme.zIndex.modal }}
      slotProps={{ paper: { sx: { width: { xs: '100%', sm: 560 } }, 'aria-label': title, role: 'dialog' } }}
    >
      {entry ? (
        <Box sx={{ p: { xs: 2, sm: 3 } }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 2 }}>
            <Typography variant="h5" component="h2" sx={{ flexGrow: 1 }}>
              {title}
            </Typography>
            <IconButton aria-label={t('accounting.detail.close')} onClick={onClose}>
              <CloseOutlined />
            </IconButton>
          </Box>
          <Typography sx={{ mb: 2 }}>{entry.label}</Typography>
          <Box
            component="dl"
            sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.75, mb: 3 }}
          >
            <Fact term={t('accounting.detail.journal')}>
              {entry.journalCode} · {entry.journalLabel}
            </Fact>
            <Fact term={t('accounting.detail.number')}>
              {entry.entryNum ?? t('accounting.detail.numberNone')}
            </Fact>
            <Fact term={t('accounting.detail.date')}>{frenchDay(entry.entryDate)}</Fact>
            <Fact term={t('accounting.detail.pieceDate')}>{frenchDay(entry.pieceDate)}</Fact>
            <Fact term={t('accounting.detail.status')}>
              {entry.validatedAt ? (
                <>
                  <EntryStatusChip validated entryNum={entry.entryNum ?? null} />{' '}
                  {formatDateTime(entry.validatedAt)}
                </>
              ) : (
                t('accounting.detail.draft')
              )}
            </Fact>
            <Fact term={t('accounting.detail.source')}>
              {kind === null
                ? t('accounting.detail.sources.other', { kind: entry.sourceKind })
                : t(`accounting.detail.sources.${kind}`)}
              {source && kind ? (
                <>
                  <br />
                  <Link component={RouterLink} to={source}>
                    {t(`accounting.detail.openSources.${kind}`, t('accounting.detail.openSource'))}
                  </Link>
                </>
              ) : null}
            </Fact>
          </Box>
          <Table size="small" aria-label={t('accounting.detail.lines')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('accounting.detail.account')}</TableCell>
                <TableCell align="right">{t('accounting.amounts.debit')}</TableCell>
                <TableCell align="right">{t('accounting.amounts.credit')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {entry.lines.map((line) => (
                <TableRow key={line.position}>
                  <TableCell>
                    {line.accountNumber}
                    <Typography variant="caption" component="div" color="text.secondary">
                      {line.accountLabel}
                    </Typography>
                    {line.label !== entry.label ? (
                      <Typography variant="caption" component="div">
                        {line.label}
                      </Typography>
                    ) : null}
                  </TableCell>
                  <AmountCell cents={line.debitCents} />
                  <AmountCell cents={line.creditCents} />
                </TableRow>
              ))}
              <TableRow sx={{ '& td': { fontWeight: 700, borderBottom: 0 } }}>
                <TableCell>{t('accounting.amounts.total')}</TableCell>
                <AmountCell cents={entry.debitCents} showZero />
                <AmountCell cents={entry.creditCents} showZero />
              </TableRow>
            </TableBody>
          </Table>
        </Box>
      ) : null}
    </Drawer>
  );
}
