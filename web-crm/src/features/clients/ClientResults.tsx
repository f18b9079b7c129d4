import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { formatEuros } from '@serenaia/shared/format';
import type { ClientListQuery, ClientSort } from '../../gql/graphql';
import { formatShortDate } from '../../shared/date-format';
import { displayPhone } from './phone';

export type ClientListRow = ClientListQuery['clients']['rows'][number];

const SORTABLE: { sort: ClientSort; label: 'name' | 'lastVisit' | 'visits' | 'totalSpent' }[] = [
  { sort: 'NAME', label: 'name' },
  { sort: 'LAST_VISIT', label: 'lastVisit' },
  { sort: 'TOTAL_SPENT', label: 'totalSpent' },
];

const tagChips = (list: readonly string[]) =>
  list.map((tag) => <Chip key={tag} label={tag} size="small" sx={{ mr: 0.5, mb: 0.5 }} />);

function useLastVisit() {
  const { t } = useTranslation();
  return (at: string | null | undefined) => (at ? formatShortDate(at) : t('clients.never'));
}

/** Phones: one card per client, the whole card opens the file. */
export function ClientResultCards({ rows }: { rows: readonly ClientListRow[] }) {
  const { t } = useTranslation();
  const lastVisit = useLastVisit();
  return (
    <Box
      component="ul"
      aria-label={t('clients.title')}
      sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.25 }}
    >
      {rows.map(({ client: c, lastVisitAt, totalSpentCents }) => (
        <Card component="li" key={c.id} data-client-id={c.id}>
          <CardActionArea component={RouterLink} to={`/clients/${c.id}`}>
            <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 }, display: 'grid', gap: 0.5 }}>
              <Typography sx={{ fontWeight: 700 }}>
                {c.lastName} {c.firstName}
              </Typography>
              <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                {[displayPhone(c.phone), c.email].filter(Boolean).join(' · ')}
              </Typography>
              <Typography variant="body2">
                {t('clients.column.lastVisit')} : {lastVisit(lastVisitAt)} · {formatEuros(totalSpentCents)}
              </Typography>
              {c.tags.length > 0 ? <Box>{tagChips(c.tags)}</Box> : null}
            </CardContent>
          </CardActionArea>
        </Card>
      ))}
    </Box>
  );
}

interface TableProps {
  rows: readonly ClientListRow[];
  sort: ClientSort | null;
  descending: boolean;
  onSort: (sort: ClientSort) => void;
  /** The pager under the table. */
  footer: ReactNode;
}

/** Wide screens: a table with sortable columns (name, last visit, total spent); a row opens the file. */
export function ClientResultsTable({ rows, sort, descending, onSort, footer }: TableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const lastVisit = useLastVisit();
  const sortable = (s: (typeof SORTABLE)[number]) => (
    <TableSortLabel
      active={sort === s.sort}
      direction={sort === s.sort && descending ? 'desc' : 'asc'}
      onClick={() => onSort(s.sort)}
    >
      {t(`clients.column.${s.label}`)}
    </TableSortLabel>
  );
  return (
    <Card>
      <TableContainer>
        <Table size="small" aria-label={t('clients.title')}>
          <TableHead>
            <TableRow>
              {SORTABLE.slice(0, 1).map((s) => (
                <TableCell key={s.sort}>{sortable(s)}</TableCell>
              ))}
              <TableCell>{t('clients.column.contact')}</TableCell>
              <TableCell>{t('clients.column.tags')}</TableCell>
              <TableCell align="right">{t('clients.column.visits')}</TableCell>
              {SORTABLE.slice(1).map((s) => (
                <TableCell key={s.sort} align="right">
                  {sortable(s)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(({ client: c, lastVisitAt, visits, totalSpentCents }) => (
              <TableRow
                key={c.id}
                data-client-id={c.id}
                hover
                sx={{ cursor: 'pointer' }}
                onClick={() => void navigate(`/clients/${c.id}`)}
              >
                <TableCell sx={{ fontWeight: 600 }}>
                  <RouterLink to={`/clients/${c.id}`} style={{ color: 'inherit', textDecoration: 'none' }}>
                    {c.lastName} {c.firstName}
                  </RouterLink>
                </TableCell>
                <TableCell sx={{ maxWidth: 280, overflowWrap: 'anywhere' }}>
                  {displayPhone(c.phone)}
                  {c.phone && c.email ? <br /> : null}
                  {c.email}
                </TableCell>
                <TableCell>{tagChips(c.tags)}</TableCell>
                <TableCell align="right">{visits}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {lastVisit(lastVisitAt)}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {formatEuros(totalSpentCents)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {footer}
    </Card>
  );
}
