import AddOutlined from '@mui/icons-material/AddOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Snackbar from '@mui/material/Snackbar';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { useQuery } from 'urql';
import {
  ServicesSettingsDocument,
  type SettingsCategoryFieldsFragment,
  type SettingsServiceFieldsFragment,
} from '../../gql/graphql';
import { useInstitute } from '../../shared/institute';
import { EmptyList, LoadError, Page, PageHeader } from '../../shared/page';
import { usePermissions } from '../../shared/permissions';
import { CategoryCard, ServiceRow } from './CatalogueRows';
import { CategoryDialog, DeleteCategoryDialog } from './CategoryDialog';
import { useCatalogueOrder } from './useCatalogueOrder';
import { ServiceDialog } from './ServiceDialog';

type Category = SettingsCategoryFieldsFragment;
type Service = SettingsServiceFieldsFragment;

type Editing =
  | { kind: 'category'; category?: Category }
  | { kind: 'service'; service?: Service; categoryId: string }
  | { kind: 'delete'; category: Category };

/** "Réglages › Prestations": categories and their services, created, edited and ordered by an admin. */
export function ServicesSettingsPage() {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  const { can, ready } = usePermissions();
  const allowed = can('upsertService');
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: ServicesSettingsDocument,
    pause: !allowed,
  });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const categories = data?.serviceCategories ?? [];
  const cabinTypes = data?.cabinTypes ?? [];
  const { busy, moveCategory, moveService, categoryDrag, categoryDrop, serviceDrag } = useCatalogueOrder(
    categories,
    {
      onSaved: () => {
        setNotice(t('servicesSettings.orderSaved'));
        refresh();
      },
      onProblem: setProblem,
    },
  );

  const saved = (message: string) => {
    setEditing(null);
    setNotice(message);
    refresh();
  };

  const header = (
    <PageHeader
      title={t('servicesSettings.title')}
      subtitle={t('servicesSettings.subtitle')}
      sx={{ flexDirection: { xs: 'column', sm: 'row' }, alignItems: { sm: 'flex-start' } }}
      actions={
        allowed ? (
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', flexShrink: 0 }}>
            <Button
              variant="outlined"
              startIcon={<AddOutlined />}
              onClick={() => setEditing({ kind: 'category' })}
            >
              {t('servicesSettings.newCategory')}
            </Button>
            <Button
              variant="contained"
              startIcon={<AddOutlined />}
              disabled={categories.length === 0}
              onClick={() => setEditing({ kind: 'service', categoryId: categories[0]?.id ?? '' })}
            >
              {t('servicesSettings.newService')}
            </Button>
          </Box>
        ) : undefined
      }
    />
  );

  return (
    <Page maxWidth={960} pageTitle={t('servicesSettings.pageTitle')} institute={institute?.name}>
      <Button component={RouterLink} to="/reglages" size="small" sx={{ mb: 1, ml: -1 }}>
        ‹ {t('servicesSettings.back')}
      </Button>
      {header}
      {!ready ? (
        <Skeleton variant="rounded" height={320} />
      ) : !allowed ? (
        <Alert severity="info">{t('servicesSettings.adminOnly')}</Alert>
      ) : error && !data ? (
        <LoadError message={t('servicesSettings.loadError')} error={error} onRetry={refresh} />
      ) : !data && fetching ? (
        <Skeleton variant="rounded" height={320} />
      ) : categories.length === 0 ? (
        <EmptyList text={t('servicesSettings.empty')} />
      ) : (
        <Box aria-label={t('servicesSettings.categories')} role="region">
          {problem ? (
            <Alert severity="error" sx={{ mb: 2 }} onClose={() => setProblem(null)}>
              {problem}
            </Alert>
          ) : null}
          {categories.map((category, index) => (
            <CategoryCard
              key={category.id}
              category={category}
              index={index}
              count={categories.length}
              busy={busy}
              dragProps={categoryDrop(index)}
              headerDragProps={categoryDrag(index)}
              onMove={(to) => void moveCategory(index, to)}
              onEdit={() => setEditing({ kind: 'category', category })}
              onDelete={() => setEditing({ kind: 'delete', category })}
              onAddService={() => setEditing({ kind: 'service', categoryId: category.id })}
            >
              {category.services.map((service, serviceIndex) => (
                <ServiceRow
                  key={service.id}
                  service={service}
                  index={serviceIndex}
                  count={category.services.length}
                  busy={busy}
                  dragProps={serviceDrag(category, serviceIndex)}
                  onMove={(to) => void moveService(category, serviceIndex, to)}
                  onEdit={() => setEditing({ kind: 'service', service, categoryId: category.id })}
                />
              ))}
            </CategoryCard>
          ))}
        </Box>
      )}
      {editing?.kind === 'category' ? (
        <CategoryDialog
          category={editing.category}
          onClose={() => setEditing(null)}
          onSaved={() => saved(t('servicesSettings.categorySaved'))}
        />
      ) : null}
      {editing?.kind === 'service' ? (
        <ServiceDialog
          service={editing.service}
          categoryId={editing.categoryId}
          categories={categories}
          cabinTypes={cabinTypes}
          onClose={() => setEditing(null)}
          onSaved={() => saved(t('servicesSettings.saved'))}
        />
      ) : null}
      {editing?.kind === 'delete' ? (
        <DeleteCategoryDialog
          category={editing.category}
          onClose={() => setEditing(null)}
          onDeleted={() => saved(t('servicesSettings.categoryDeleted'))}
        />
      ) : null}
      <Snackbar
        open={notice !== null}
        autoHideDuration={4000}
        onClose={() => setNotice(null)}
        message={notice}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      />
    </Page>
  );
}
