/**
 * Paging of the CRM's long lists (ledger, message log): the table's footer on wide screens, page
 * buttons under the cards on phones. Pages are 0-based, as in MUI's TablePagination.
 */
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import Pagination from '@mui/material/Pagination';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination, { type TablePaginationProps } from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import { useState, type ReactNode } from 'react';

export const PAGE_SIZES = [25, 50, 100];

interface PagingProps {
  total: number;
  pageIndex: number;
  pageSize: number;
  onPage: (page: number) => void;
}

/**
 * The footer of a table: page, rows per page (changing it goes back to the first page). When `total` is
 * only a lower bound (`atLeastLabel` given), the next page stays offered and the label says "more than".
 */
export function TablePager({
  total,
  pageIndex,
  pageSize,
  onPage,
  onPageSize,
  rowsPerPageLabel,
  atLeastLabel,
}: PagingProps & {
  onPageSize: (size: number) => void;
  rowsPerPageLabel: string;
  atLeastLabel?: TablePaginationProps['labelDisplayedRows'];
}) {
  return (
    <TablePagination
      component="div"
      count={atLeastLabel ? -1 : total}
      labelDisplayedRows={atLeastLabel}
      page={atLeastLabel ? pageIndex : Math.min(pageIndex, Math.max(0, Math.ceil(total / pageSize) - 1))}
      rowsPerPage={pageSize}
      rowsPerPageOptions={PAGE_SIZES}
      onPageChange={(_, next) => onPage(next)}
      onRowsPerPageChange={(e) => {
        onPageSize(Number(e.target.value));
        onPage(0);
      }}
      labelRowsPerPage={rowsPerPageLabel}
    />
  );
}

/** A small table in a card with its pager as footer: `head` is the header row's cells, `children` the rows. */
export function PagedTable({
  label,
  head,
  children,
  onPageSize,
  rowsPerPageLabel,
  ...paging
}: PagingProps & {
  /** The table's name, read by screen readers. */
  label: string;
  head: ReactNode;
  children: ReactNode;
  onPageSize: (size: number) => void;
  rowsPerPageLabel: string;
}) {
  return (
    <Card>
      <TableContainer>
        <Table size="small" aria-label={label}>
          <TableHead>
            <TableRow>{head}</TableRow>
          </TableHead>
          <TableBody>{children}</TableBody>
        </Table>
      </TableContainer>
      <TablePager {...paging} onPageSize={onPageSize} rowsPerPageLabel={rowsPerPageLabel} />
    </Card>
  );
}

/** Page buttons under a list of cards, shown only when there is more than one page. */
export function CardPager({ total, pageIndex, pageSize, onPage, label }: PagingProps & { label: string }) {
  if (total <= pageSize) return null;
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', mt: 2 }}>
      <Pagination
        count={Math.ceil(total / pageSize)}
        page={pageIndex + 1}
        onChange={(_, next) => onPage(next - 1)}
        aria-label={label}
      />
    </Box>
  );
}

/**
 * Keyset cursors of a list's pages (the server's `nextCursor`), per `scope` (the filter and page size):
 * stepping to the next page starts after the last row shown, which stays fast however deep the page; a
 * page reached otherwise (a link, a jump) has no cursor and pages by offset.
 */
export function usePageCursors(scope: unknown) {
  const [cursors, setCursors] = useState<Record<string, string>>({});
  const key = (index: number) => JSON.stringify([scope, index]);
  return {
    cursorOf: (index: number): string | null => cursors[key(index)] ?? null,
    remember: (index: number, cursor: string | null | undefined) => {
      if (cursor) setCursors((known) => ({ ...known, [key(index)]: cursor }));
    },
  };
}
