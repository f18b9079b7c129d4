/**
 * A paged list of the CRM that opens a detail page per row: a table with its pager on wide screens,
 * one tappable card per row with page buttons under them on phones and tablets. The page keeps its
 * query, filters and empty state; this keeps the two layouts alike from one list to the next.
 * Without `rowHref` a row opens nothing (its actions sit in its cells and card); without `onPage` the
 * list shows every row it is given, with no pager.
 */
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { CardPager, TablePager } from './paging';

export interface ListColumn<Row> {
  key: string;
  header: string;
  align?: 'left' | 'right';
  /** The cell's content (the first column usually links to `rowHref`). */
  cell: (row: Row) => ReactNode;
}

export function ListTable<Row extends { id: string }>({
  label,
  rows,
  columns,
  card,
  rowHref,
  total,
  pageIndex,
  pageSize,
  onPage,
  onPageSize,
  rowsPerPageLabel,
}: {
  /** The list's name, read by screen readers (the table's and the pager's label). */
  label: string;
  rows: readonly Row[];
  columns: readonly ListColumn<Row>[];
  /** A row's card content on a phone (the whole card opens `rowHref`). */
  card: (row: Row) => ReactNode;
  rowHref?: (row: Row) => string;
  total?: number;
  pageIndex?: number;
  pageSize?: number;
  onPage?: (index: number) => void;
  onPageSize?: (size: number) => void;
  rowsPerPageLabel?: string;
}) {
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('md'), { noSsr: true });
  if (rows.length === 0) return null;
  if (phone) {
    return (
      <Stack spacing={1.5}>
        {rows.map((row) => (
          <Card key={row.id} variant="outlined">
            {rowHref ? (
              <CardActionArea component={RouterLink} to={rowHref(row)}>
                <CardContent>{card(row)}</CardContent>
              </CardActionArea>
            ) : (
              <CardContent>{card(row)}</CardContent>
            )}
          </Card>
        ))}
        {onPage ? (
          <CardPager
            total={total ?? rows.length}
            pageIndex={pageIndex ?? 0}
            pageSize={pageSize ?? rows.length}
            onPage={onPage}
            label={label}
          />
        ) : null}
      </Stack>
    );
  }
  return (
    <Card>
      <TableContainer>
        <Table size="small" aria-label={label}>
          <TableHead>
            <TableRow>
              {columns.map((column) => (
                <TableCell key={column.key} align={column.align}>
                  {column.header}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id} hover>
                {columns.map((column) => (
                  <TableCell
                    key={column.key}
                    align={column.align}
                    sx={column.align === 'right' ? { whiteSpace: 'nowrap' } : undefined}
                  >
                    {column.cell(row)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {onPage ? (
        <TablePager
          total={total ?? rows.length}
          pageIndex={pageIndex ?? 0}
          pageSize={pageSize ?? rows.length}
          onPage={onPage}
          onPageSize={onPageSize ?? (() => undefined)}
          rowsPerPageLabel={rowsPerPageLabel ?? ''}
        />
      ) : null}
    </Card>
  );
}
