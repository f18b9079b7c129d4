import TableCell, { type TableCellProps } from '@mui/material/TableCell';
import { formatEuros } from '@serenaia/shared/format';

/** A debit or credit cell: euros in French, empty for zero (unless `showZero`), right-aligned on one line. */
export function AmountCell({
  cents,
  showZero = false,
  ...props
}: { cents: number; showZero?: boolean } & Omit<TableCellProps, 'sx' | 'align'>) {
  return (
    <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }} {...props}>
      {!showZero && cents === 0 ? '' : formatEuros(cents)}
    </TableCell>
  );
}

/** A column left out on a phone (its content is repeated elsewhere in the row, or secondary). */
export const WIDE_ONLY = { display: { xs: 'none', sm: 'table-cell' } } as const;

/** Tighter cells on a phone, so a report's amount columns fit the screen's width. */
export const PHONE_CELLS = { '& td, & th': { px: { xs: 1, sm: 2 } } } as const;
