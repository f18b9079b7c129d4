import Add from '@mui/icons-material/Add';
import ArrowBack from '@mui/icons-material/ArrowBack';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { SuppliersDocument } from '../../gql/graphql';
import { useInstitute } from '../../shared/institute';
import { EmptyList, ListStatus, LoadError, Page, PageHeader, PermissionGate } from '../../shared/page';
import { usePermissions } from '../../shared/permissions';
import { SupplierDialog } from './SupplierDialog';

/** `/stock/fournisseurs`: the suppliers with their contact details; admins add and edit them. */
export function SuppliersPage() {
  const { t } = useTranslation();
  const institute = useInstitute();
  const { can } = usePermissions();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [{ data, error, fetching }, reload] = useQuery({ query: SuppliersDocument });
  const suppliers = data?.suppliers ?? [];
  return (
    <Page maxWidth={1100} pageTitle={t('stock.suppliers.pageTitle')} institute={institute.institute?.name}>
      <PageHeader
        title={t('stock.suppliers.title')}
        subtitle={t('stock.suppliers.subtitle')}
        actions={
          <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
            {can('upsertSupplier') && (
              <Button variant="contained" startIcon={<Add />} onClick={() => setCreating(true)}>
                {t('stock.suppliers.new')}
              </Button>
            )}
            <Button component={RouterLink} to="/stock" startIcon={<ArrowBack />}>
              {t('stock.orders.back')}
            </Button>
          </Stack>
        }
        sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}
      />
      <PermissionGate operation="suppliers" denied={t('stock.suppliers.denied')}>
        {error && (
          <LoadError
            message={t('errors.unexpected')}
            error={error}
            onRetry={() => reload({ requestPolicy: 'network-only' })}
          />
        )}
        <ListStatus count={t('stock.suppliers.count', { count: suppliers.length })} refreshing={fetching} />
        {data && suppliers.length === 0 && <EmptyList text={t('stock.suppliers.empty')} />}
        <Box
          component="ul"
          aria-label={t('stock.suppliers.title')}
          sx={{
            p: 0,
            mt: 1,
            display: 'grid',
            gap: 1.5,
            gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
            listStyle: 'none',
          }}
        >
          {suppliers.map((s) => (
            <Card component="li" variant="outlined" key={s.id}>
              <CardActionArea
                component={RouterLink}
                to={`/stock/fournisseurs/${s.id}`}
                sx={{ height: '100%' }}
              >
                <CardContent>
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
                    <Typography sx={{ fontWeight: 600 }}>{s.name}</Typography>
                    {!s.active && <Chip size="small" label={t('stock.suppliers.inactive')} />}
                  </Stack>
                  <Typography variant="body2" color="text.secondary">
                    {[s.contactName, s.email, s.phone].some(Boolean)
                      ? [s.contactName, s.email, s.phone]
                          .filter((v): v is string => Boolean(v))
                          .map((v, i) => (
                            <Fragment key={v}>
                              {i > 0 && ' · '}
                              <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
                                {v}
                              </Box>
                            </Fragment>
                          ))
                      : t('stock.suppliers.noContact')}
                  </Typography>
                </CardContent>
              </CardActionArea>
            </Card>
          ))}
        </Box>
      </PermissionGate>
      {creating && (
        <SupplierDialog
          supplier={null}
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            void navigate(`/stock/fournisseurs/${saved.id}`);
          }}
        />
      )}
    </Page>
  );
}
