import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { SaleDetailQuery } from '../../gql/graphql';
import { formatEuros } from '@serenaia/shared/format';
import { formatRate, tenderLabel } from './receipt-format';

/** Columns a phone leaves out (they are repeated under the label). */
const wide = { display: { xs: 'none', sm: 'table-cell' } } as const;

/** The ticket's lines (with discount and practitioner), VAT per rate and tenders. */
export function SaleLinesCard({
  sale,
  practitionerName,
}: {
  sale: SaleDetailQuery['sale'];
  practitionerName: (id: string | null | undefined) => string;
}) {
  const { t } = useTranslation();
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component="h2">
          {t('sales.detail.lines')}
        </Typography>
        <TableContainer>
          <Table size="small" aria-label={t('sales.detail.lines')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('sales.detail.label')}</TableCell>
                <TableCell align="right" sx={wide}>
                  {t('sales.detail.quantity')}
                </TableCell>
                <TableCell align="right" sx={wide}>
                  {t('sales.detail.unitPrice')}
                </TableCell>
                <TableCell align="right" sx={wide}>
                  {t('sales.detail.vat')}
                </TableCell>
                <TableCell align="right" sx={wide}>
                  {t('sales.detail.discount')}
                </TableCell>
                <TableCell align="right">{t('sales.detail.total')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {sale.lines.map((l) => (
                <TableRow key={l.id}>
                  <TableCell>
                    {l.label}
                    <Typography variant="body2" color="text.secondary" sx={{ display: { sm: 'none' } }}>
                      {l.quantity} × {formatEuros(l.unitPriceCents)} · {t('sales.detail.vat')}{' '}
                      {formatRate(l.vatRateBp)}
                      {l.discountCents
                        ? ` · ${t('sales.detail.discount')} ${formatEuros(-l.discountCents)}`
                        : ''}
                    </Typography>
                    {l.practitionerId ? (
                      <Typography variant="body2" color="text.secondary">
                        {t('sales.detail.practitioner')} : {practitionerName(l.practitionerId)}
                      </Typography>
                    ) : null}
                  </TableCell>
                  <TableCell align="right" sx={wide}>
                    {l.quantity}
                  </TableCell>
                  <TableCell align="right" sx={wide}>
                    {formatEuros(l.unitPriceCents)}
                  </TableCell>
                  <TableCell align="right" sx={wide}>
                    {formatRate(l.vatRateBp)}
                  </TableCell>
                  <TableCell align="right" sx={wide}>
                    {l.discountCents ? formatEuros(-l.discountCents) : ''}
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {formatEuros(l.totalInclCents)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        {sale.ticketDiscount ? (
          <Typography sx={{ mt: 1 }}>
            {t('sales.detail.ticketDiscount', {
              value:
                sale.ticketDiscount.kind === 'PERCENT'
                  ? formatRate(sale.ticketDiscount.value)
                  : formatEuros(sale.ticketDiscount.value),
            })}
            {sale.ticketDiscount.reason ? ` (${sale.ticketDiscount.reason})` : ''}
          </Typography>
        ) : null}
        <Typography variant="subtitle2" sx={{ mt: 2 }}>
          {t('sales.detail.vatTotals')}
        </Typography>
        {sale.vatTotals.map((v) => (
          <Typography key={v.rateBp} variant="body2">
            {t('sales.detail.vatLine', {
              rate: formatRate(v.rateBp),
              base: formatEuros(v.baseCents),
              vat: formatEuros(v.vatCents),
            })}
          </Typography>
        ))}
        <Typography variant="subtitle2" sx={{ mt: 2 }}>
          {t('sales.detail.tenders')}
        </Typography>
        {sale.tenders
          .filter((x) => x.status === 'CONFIRMED')
          .map((x) => (
            <Typography key={x.id} variant="body2">
              {tenderLabel(x.kind)} : {formatEuros(x.amountCents + x.changeCents)}
              {x.reference ? ` (${x.reference})` : ''}
            </Typography>
          ))}
        {sale.changeCents > 0 ? (
          <Typography variant="body2">
            {t('sales.detail.change', { amount: formatEuros(sale.changeCents) })}
          </Typography>
        ) : null}
      </CardContent>
    </Card>
  );
}
