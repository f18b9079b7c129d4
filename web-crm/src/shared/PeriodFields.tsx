import Box from '@mui/material/Box';
import type { LocalDate } from '@serenaia/shared/paris-time';
import type { ReactNode } from 'react';
import { FrenchDateField } from '@serenaia/shared/FrenchDateField';

/**
 * A period typed as two French dates ("Du", "Au"), side by side; `invalid` (end before start) shows
 * under the second. `children` (a checkbox, a picker) follow on the same row on wide screens.
 */
export function PeriodFields({
  from,
  to,
  onChange,
  labels,
  invalid,
  children,
}: {
  from: LocalDate | null;
  to: LocalDate | null;
  onChange: (period: { from: LocalDate | null; to: LocalDate | null }) => void;
  labels: { from: string; to: string };
  /** The message when the period is not in order, or undefined. */
  invalid?: string;
  children?: ReactNode;
}) {
  return (
    <Box
      className="no-print"
      sx={{
        display: 'grid',
        gap: 1.5,
        gridTemplateColumns: { xs: '1fr 1fr', md: children ? '180px 180px 1fr' : '180px 180px' },
        alignItems: 'start',
        mb: 2,
      }}
    >
      <FrenchDateField label={labels.from} value={from} onChange={(value) => onChange({ from: value, to })} />
      <FrenchDateField
        label={labels.to}
        value={to}
        onChange={(value) => onChange({ from, to: value })}
        error={invalid}
      />
      {children ? <Box sx={{ gridColumn: { xs: '1 / -1', md: 'auto' } }}>{children}</Box> : null}
    </Box>
  );
}
