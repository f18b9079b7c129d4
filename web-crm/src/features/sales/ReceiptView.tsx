import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { SaleReceiptFieldsFragment } from '../../gql/graphql';
import { formatEuros } from '@serenaia/shared/format';
import { formatRate } from './receipt-format';

type Receipt = SaleReceiptFieldsFragment;

const row = { display: 'flex', justifyContent: 'space-between', gap: '1ch' } as const;
const rule = { borderTop: '1px dashed #000', my: '1.5mm' } as const;

/** The 80 mm thermal receipt: monospace, black on white, every mention the law asks for. */
export function RollReceipt({ receipt: r }: { receipt: Receipt }) {
  const { t } = useTranslation();
  return (
    <Box
      component="article"
      aria-label={r.title}
      sx={{
        width: '72mm',
        mx: 'auto',
        p: '4mm',
        bgcolor: '#fff',
        color: '#000',
        fontFamily: '"DejaVu Sans Mono", "Courier New", monospace',
        fontSize: '11px',
        lineHeight: 1.35,
        '& p': { m: 0 },
      }}
    >
      <Box sx={{ textAlign: 'center' }}>
        <p style={{ fontWeight: 700, fontSize: '13px' }}>{r.institute.name}</p>
        {r.institute.addressLines.map((a) => (
          <p key={a}>{a}</p>
        ))}
        <p>{t('sales.receipt.siret', { siret: r.institute.siret })}</p>
        {r.institute.vatNumber ? <p>{t('sales.receipt.vatNumber', { vat: r.institute.vatNumber })}</p> : null}
      </Box>
      <Box sx={rule} />
      {r.duplicate ? (
        <Box sx={{ textAlign: 'center', fontWeight: 700 }}>
          <p>*** {t('sales.receipt.duplicate', { number: r.duplicate.number })} ***</p>
          <p style={{ fontWeight: 400 }}>
            {t('sales.receipt.printedAt', { date: r.duplicate.printedAtLocal })}
          </p>
        </Box>
      ) : null}
      <Box sx={row}>
        <strong>{r.title}</strong>
        <span>{r.issuedAtLocal}</span>
      </Box>
      <p>{t('sales.receipt.till', { till: r.tillName })}</p>
      {r.originalNumber !== null && r.originalNumber !== undefined ? (
        <p>{t('sales.receipt.creditOf', { number: r.originalNumber })}</p>
      ) : null}
      {r.reason ? <p>{t('sales.receipt.reason', { reason: r.reason })}</p> : null}
      <Box sx={rule} />
      {r.lines.map((l, i) => (
        <Box key={i} sx={{ mb: '1mm' }}>
          <p>{l.label}</p>
          <Box sx={row}>
            <span>
              {l.quantity} x {formatEuros(l.unitPriceCents)} · TVA {formatRate(l.vatRateBp)}
            </span>
            <span>{formatEuros(l.totalInclCents)}</span>
          </Box>
          {l.discountCents !== 0 ? <p>dont remise {formatEuros(-l.discountCents)}</p> : null}
        </Box>
      ))}
      <Box sx={rule} />
      <Box sx={{ ...row, fontWeight: 700, fontSize: '13px' }}>
        <span>{t('sales.receipt.totalIncl')}</span>
        <span>{formatEuros(r.totalInclCents)}</span>
      </Box>
      <Box sx={row}>
        <span>{t('sales.receipt.totalExcl')}</span>
        <span>{formatEuros(r.totalExclCents)}</span>
      </Box>
      <Box sx={row}>
        <span>{t('sales.receipt.totalVat')}</span>
        <span>{formatEuros(r.totalVatCents)}</span>
      </Box>
      {r.vatTotals.map((v) => (
        <Box key={v.rateBp} sx={row}>
          <span>
            {t('sales.receipt.vatLine', { rate: formatRate(v.rateBp), base: formatEuros(v.baseCents) })}
          </span>
          <span>{formatEuros(v.vatCents)}</span>
        </Box>
      ))}
      <Box sx={rule} />
      {r.tenders.map((x, i) => (
        <Box key={i} sx={row}>
          <span>{x.label}</span>
          <span>{formatEuros(x.changeCents > 0 ? x.givenCents : x.amountCents)}</span>
        </Box>
      ))}
      {r.changeCents > 0 ? (
        <Box sx={row}>
          <span>{t('sales.receipt.change')}</span>
          <span>{formatEuros(r.changeCents)}</span>
        </Box>
      ) : null}
      <Box sx={rule} />
      <Box sx={{ textAlign: 'center' }}>
        <p>{t('sales.receipt.hash', { hash: r.shortHash })}</p>
        <p>{t('sales.receipt.thanks')}</p>
      </Box>
    </Box>
  );
}

/** The A4 « note » (mandatory for services above 25 €): the same mentions, laid out as a document. */
export function NoteReceipt({ receipt: r }: { receipt: Receipt }) {
  const { t } = useTranslation();
  const cell = { borderBottom: '1px solid #bbb', p: '2mm', textAlign: 'right' } as const;
  return (
    <Box
      component="article"
      aria-label={r.title}
      sx={{
        maxWidth: '180mm',
        mx: 'auto',
        p: '12mm',
        bgcolor: '#fff',
        color: '#000',
        fontSize: '12px',
        '& p': { m: 0 },
      }}
    >
      <p style={{ fontSize: '18px', fontWeight: 700 }}>{r.institute.name}</p>
      {r.institute.addressLines.map((a) => (
        <p key={a}>{a}</p>
      ))}
      <p>{t('sales.receipt.siret', { siret: r.institute.siret })}</p>
      {r.institute.vatNumber ? <p>{t('sales.receipt.vatNumber', { vat: r.institute.vatNumber })}</p> : null}
      {r.duplicate ? (
        <p style={{ marginTop: '4mm', fontWeight: 700 }}>
          {t('sales.receipt.duplicate', { number: r.duplicate.number })} (
          {t('sales.receipt.printedAt', { date: r.duplicate.printedAtLocal })})
        </p>
      ) : null}
      <p style={{ marginTop: '6mm', fontSize: '16px', fontWeight: 700 }}>
        {t('sales.receipt.noteTitle', { title: r.title })}
      </p>
      <p>
        {t('sales.receipt.date', { date: r.issuedAtLocal })} · {t('sales.receipt.till', { till: r.tillName })}
      </p>
      {r.clientName ? <p>{t('sales.receipt.client', { client: r.clientName })}</p> : null}
      {r.originalNumber !== null && r.originalNumber !== undefined ? (
        <p>{t('sales.receipt.creditOf', { number: r.originalNumber })}</p>
      ) : null}
      <Box component="table" sx={{ width: '100%', borderCollapse: 'collapse', mt: '6mm' }}>
        <thead>
          <tr>
            <Box component="th" sx={{ ...cell, textAlign: 'left' }}>
              {t('sales.receipt.columns.label')}
            </Box>
            <Box component="th" sx={cell}>
              {t('sales.receipt.columns.quantity')}
            </Box>
            <Box component="th" sx={cell}>
              {t('sales.receipt.columns.unitPrice')}
            </Box>
            <Box component="th" sx={cell}>
              {t('sales.receipt.columns.vat')}
            </Box>
            <Box component="th" sx={cell}>
              {t('sales.receipt.columns.total')}
            </Box>
          </tr>
        </thead>
        <tbody>
          {r.lines.map((l, i) => (
            <tr key={i}>
              <Box component="td" sx={{ ...cell, textAlign: 'left' }}>
                {l.label}
              </Box>
              <Box component="td" sx={cell}>
                {l.quantity}
              </Box>
              <Box component="td" sx={cell}>
                {formatEuros(l.unitPriceCents)}
              </Box>
              <Box component="td" sx={cell}>
                {formatRate(l.vatRateBp)}
              </Box>
              <Box component="td" sx={cell}>
                {formatEuros(l.totalInclCents)}
              </Box>
            </tr>
          ))}
        </tbody>
      </Box>
      <Box sx={{ ml: 'auto', mt: '6mm', width: '80mm', '& > div': row }}>
        {r.vatTotals.map((v) => (
          <Box key={v.rateBp}>
            <span>{t('sales.receipt.vatBase', { rate: formatRate(v.rateBp) })}</span>
            <span>
              {formatEuros(v.baseCents)} · TVA {formatEuros(v.vatCents)}
            </span>
          </Box>
        ))}
        <Box>
          <span>{t('sales.receipt.totalExcl')}</span>
          <span>{formatEuros(r.totalExclCents)}</span>
        </Box>
        <Box>
          <span>{t('sales.receipt.totalVat')}</span>
          <span>{formatEuros(r.totalVatCents)}</span>
        </Box>
        <Box sx={{ fontWeight: 700 }}>
          <span>{t('sales.receipt.totalIncl')}</span>
          <span>{formatEuros(r.totalInclCents)}</span>
        </Box>
        {r.tenders.map((x, i) => (
          <Box key={i}>
            <span>{x.label}</span>
            <span>{formatEuros(x.changeCents > 0 ? x.givenCents : x.amountCents)}</span>
          </Box>
        ))}
        {r.changeCents > 0 ? (
          <Box>
            <span>{t('sales.receipt.change')}</span>
            <span>{formatEuros(r.changeCents)}</span>
          </Box>
        ) : null}
      </Box>
      <p style={{ marginTop: '10mm', fontSize: '10px' }}>{t('sales.receipt.hash', { hash: r.shortHash })}</p>
    </Box>
  );
}
