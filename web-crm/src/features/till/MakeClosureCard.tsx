import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClosurePeriod } from '../../gql/graphql';
import { FrenchDateField } from '@serenaia/shared/FrenchDateField';
import { periodLabel } from './closure-text';

interface MakeClosureCardProps {
  /** Today's Paris date: no closure of a later day. */
  today: string;
  /** The month and the year that may be closed now (first day of each), if any. */
  month: string | null;
  year: string | null;
  busy: boolean;
  onAsk: (period: ClosurePeriod, date: string) => void;
}

/** "Faire une clôture": the day to close (today by default), and the month or year when they are due. */
export function MakeClosureCard({ today, month, year, busy, onAsk }: MakeClosureCardProps) {
  const { t } = useTranslation();
  const [day, setDay] = useState<string | null>(today);
  return (
    <Card component="section" aria-labelledby="till-make-title">
      <CardContent sx={{ p: { xs: 2, md: 3 } }}>
        <Typography id="till-make-title" variant="h6" component="h2" sx={{ mb: 2 }}>
          {t('till.closures.makeTitle')}
        </Typography>
        <Stack
          direction={{ xs: 'column', md: 'row' }}
          spacing={2}
          useFlexGap
          sx={{ alignItems: { md: 'center' }, flexWrap: 'wrap' }}
        >
          <Box sx={{ width: { xs: '100%', md: 200 } }}>
            <FrenchDateField label={t('till.closures.day')} value={day} onChange={setDay} />
          </Box>
          <Button
            variant="contained"
            sx={{ minHeight: 56, px: 3 }}
            disabled={day === null || day > today || busy}
            onClick={() => day !== null && onAsk('DAY', day)}
          >
            {t('till.closures.closeDay')}
          </Button>
          {month !== null ? (
            <Button
              variant="outlined"
              sx={{ minHeight: 56, px: 3 }}
              disabled={busy}
              onClick={() => month !== null && onAsk('MONTH', month)}
            >
              {t('till.closures.closeMonth', { month: periodLabel('MONTH', month) })}
            </Button>
          ) : null}
          {year !== null ? (
            <Button
              variant="outlined"
              sx={{ minHeight: 56, px: 3 }}
              disabled={busy}
              onClick={() => year !== null && onAsk('YEAR', year)}
            >
              {t('till.closures.closeYear', { year: year.slice(0, 4) })}
            </Button>
          ) : null}
        </Stack>
      </CardContent>
    </Card>
  );
}
