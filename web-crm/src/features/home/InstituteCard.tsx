import StorefrontOutlined from '@mui/icons-material/StorefrontOutlined';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Divider from '@mui/material/Divider';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { addressLines, formatSiret, phoneHref } from '@serenaia/shared/format';
import type { InstituteIdentity } from '../../shared/institute';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography
        component="dt"
        variant="caption"
        color="text.secondary"
        sx={{ textTransform: 'uppercase', letterSpacing: '0.08em' }}
      >
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, mt: 0.5, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </Box>
  );
}

/** The institute's identity as printed on invoices: name, legal name, address, SIRET, VAT number. */
export function InstituteCard({ institute }: { institute: InstituteIdentity }) {
  const { t } = useTranslation();
  const notSet = (
    <Typography component="span" color="text.secondary" sx={{ fontStyle: 'italic' }}>
      {t('home.institute.notSet')}
    </Typography>
  );
  return (
    <Card component="section" aria-labelledby="institute-card-title">
      <CardHeader
        avatar={<StorefrontOutlined color="primary" />}
        title={t('home.institute.title')}
        subheader={t('home.institute.subtitle')}
        slotProps={{ title: { id: 'institute-card-title', variant: 'h6', component: 'h2' } }}
        sx={{ px: { xs: 2.5, sm: 3 }, pt: 2.5 }}
      />
      <Divider />
      <CardContent sx={{ px: { xs: 2.5, sm: 3 }, py: 3 }}>
        <Typography variant="h5" component="p" sx={{ mb: 3 }}>
          {institute.name}
        </Typography>
        <Box
          component="dl"
          sx={{
            m: 0,
            display: 'grid',
            gap: 3,
            gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))' },
          }}
        >
          <Fact label={t('home.institute.legalName')}>{institute.legalName}</Fact>
          <Fact label={t('home.institute.address')}>
            {addressLines(institute).map((line) => (
              <Box component="span" key={line} sx={{ display: 'block' }}>
                {line}
              </Box>
            ))}
          </Fact>
          <Fact label={t('home.institute.siret')}>{formatSiret(institute.siret)}</Fact>
          <Fact label={t('home.institute.vatNumber')}>{institute.vatNumber ?? notSet}</Fact>
          <Fact label={t('home.institute.phone')}>
            {institute.phone ? <Link href={phoneHref(institute.phone)}>{institute.phone}</Link> : notSet}
          </Fact>
          <Fact label={t('home.institute.email')}>
            {institute.email ? <Link href={`mailto:${institute.email}`}>{institute.email}</Link> : notSet}
          </Fact>
        </Box>
      </CardContent>
    </Card>
  );
}
