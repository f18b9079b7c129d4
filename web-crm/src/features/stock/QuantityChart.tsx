import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StockUnit } from '../../gql/graphql';
import { formatShortDate } from '../../shared/date-format';
import { chartGeometry, quantitySteps, type LedgerPoint } from './stock-chart';

const BOX = { width: 400, height: 150, padding: { top: 10, right: 8, bottom: 22, left: 40 } };

/** Quantity over time from the ledger (the movements listed in the drawer), as a small SVG step chart. */
export function QuantityChart({
  movements,
  quantity,
  threshold,
  unit,
  now,
  partial,
}: {
  /** Newest first. */
  movements: readonly LedgerPoint[];
  quantity: number;
  threshold: number | null;
  unit: StockUnit;
  now: number;
  /** Only the latest movements are drawn. */
  partial: boolean;
}) {
  const { t } = useTranslation();
  const theme = useTheme();
  const steps = useMemo(() => quantitySteps(movements, quantity, now), [movements, quantity, now]);
  const g = useMemo(() => chartGeometry(steps, BOX), [steps]);
  if (g === null) return null;
  const unitLabel = t(`stock.units.${unit}`);
  const fromLabel = formatShortDate(new Date(g.from).toISOString());
  const toLabel = formatShortDate(new Date(g.to).toISOString());
  const label = t('stock.chart.label', {
    start: steps[0].quantity,
    end: quantity,
    unit: unitLabel,
    from: fromLabel,
    to: toLabel,
  });
  const left = BOX.padding.left;
  const right = BOX.width - BOX.padding.right;
  const axis = theme.palette.text.secondary;
  const showThreshold = threshold !== null && threshold >= g.min && threshold <= g.max;
  return (
    <Box component="figure" sx={{ m: 0 }}>
      <Box
        component="svg"
        role="img"
        aria-label={label}
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        sx={{ width: '100%', height: 'auto', display: 'block' }}
      >
        <line x1={left} x2={right} y1={g.y(0)} y2={g.y(0)} stroke={theme.palette.divider} />
        {showThreshold && (
          <line
            x1={left}
            x2={right}
            y1={g.y(threshold)}
            y2={g.y(threshold)}
            stroke={theme.palette.warning.main}
            strokeDasharray="4 3"
          />
        )}
        <path d={g.path} fill="none" stroke={theme.palette.primary.main} strokeWidth={2} />
        <g fill={axis} fontSize={12} fontFamily={theme.typography.fontFamily}>
          <text x={left - 6} y={g.y(g.max) + 4} textAnchor="end">
            {g.max}
          </text>
          <text x={left - 6} y={g.y(g.min) + 4} textAnchor="end">
            {g.min}
          </text>
          <text x={left} y={BOX.height - 6}>
            {fromLabel}
          </text>
          <text x={right} y={BOX.height - 6} textAnchor="end">
            {toLabel}
          </text>
        </g>
      </Box>
      <Typography component="figcaption" variant="caption" color="text.secondary">
        {[
          t('stock.chart.caption', { unit: unitLabel }),
          showThreshold ? t('stock.chart.threshold') : null,
          partial ? t('stock.chart.partial') : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Typography>
    </Box>
  );
}
