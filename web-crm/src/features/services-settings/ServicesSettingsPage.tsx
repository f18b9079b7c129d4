import AddOutlined from '@mui/icons-material/AddOutlined';
import ArrowDownwardOutlined from '@mui/icons-material/ArrowDownwardOutlined';
import ArrowUpwardOutlined from '@mui/icons-material/ArrowUpwardOutlined';
import DeleteOutlineOutlined from '@mui/icons-material/DeleteOutlineOutlined';
import DragIndicatorOutlined from '@mui/icons-material/DragIndicatorOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import Skeleton from '@mui/material/Skeleton';
import Snackbar from '@mui/material/Snackbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useCallback, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import {
  DeleteServiceCategoryDocument,
  ReorderServiceCategoriesDocument,
  ReorderServicesDocument,
  ServicesSettingsDocument,
  type SettingsCategoryFieldsFragment,
  type SettingsServiceFieldsFragment,
} from '../../gql/graphql';
import { formatDuration, formatEuros } from '@serenaia/shared/format';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { useInstitute } from '../institute';
import { EmptyList, LoadError, Page, PageHeader } from '../../shared/page';
import { usePermissions } from '../../shared/permissions';
import { CategoryDialog } from './CategoryDialog';
import { ServiceDialog, vatLabel } from './ServiceDialog';
import { moved } from './service-form';

type Category = SettingsCategoryFieldsFragment;
type Service = SettingsServiceFieldsFragment;

/** What is being dragged: a category, or a service within its category. */
type Dragged = { kind: 'category'; id: string } | { kind: 'service'; categoryId: string; id: string };

type Editing =
  | { kind: 'category'; category?: Category }
  | { kind: 'service'; service?: Service; categoryId: string }
  | { kind: 'delete'; category: Category };

/** Up and down buttons: the keyboard's way to reorder (dragging is the pointer's). */
function MoveButtons({
  name,
  index,
  count,
  disabled,
  onMove,
}: {
  name: string;
  index: number;
  count: number;
  disabled: boolean;
  onMove: (to: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <IconButton
        size="small"
        aria-label={t('servicesSettings.moveUp', { name })}
        disabled={disabled || index === 0}
        onClick={() => onMove(index - 1)}
      >
        <ArrowUpwardOutlined fontSize="small" />
      </IconButton>
      <IconButton
        size="small"
        aria-label={t('servicesSettings.moveDown', { name })}
        disabled={disabled || index === count - 1}
        onClick={() => onMove(index + 1)}
      >
        <ArrowDownwardOutlined fontSize="small" />
      </IconButton>
    </>
  );
}

function ServiceRow({
  service,
  index,
  count,
  busy,
  dragProps,
  onMove,
  onEdit,
}: {
  service: Service;
  index: number;
  count: number;
  busy: boolean;
  dragProps: Record<string, unknown>;
  onMove: (to: number) => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const details = [
    formatDuration(service.durationMinutes),
    formatEuros(service.priceCents),
    t('servicesSettings.vat', { rate: vatLabel(service.vatRateBp) }),
    ...(service.depositCents > 0
      ? [t('servicesSettings.deposit', { amount: formatEuros(service.depositCents) })]
      : []),
    ...(service.bufferBeforeMinutes > 0
      ? [t('servicesSettings.bufferBefore', { minutes: service.bufferBeforeMinutes })]
      : []),
    ...(service.bufferAfterMinutes > 0
      ? [t('servicesSettings.bufferAfter', { minutes: service.bufferAfterMinutes })]
      : []),
  ];
  return (
    <Box
      component="li"
      aria-label={service.name}
      {...dragProps}
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 1,
        px: { xs: 1, sm: 2 },
        py: 1.25,
        borderTop: 1,
        borderColor: 'divider',
        opacity: service.active ? 1 : 0.6,
        bgcolor: 'background.paper',
      }}
    >
      <Tooltip title={t('servicesSettings.drag', { name: service.name })}>
        <DragIndicatorOutlined
          aria-hidden
          color="action"
          sx={{ cursor: 'grab', display: { xs: 'none', sm: 'block' } }}
        />
      </Tooltip>
      <Box sx={{ flexGrow: 1, minWidth: 0 }}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.75 }}>
          <Typography sx={{ fontWeight: 600 }}>{service.name}</Typography>
          {service.active ? null : <Chip size="small" label={t('servicesSettings.inactive')} />}
          {service.onlineBookable ? null : (
            <Chip size="small" variant="outlined" label={t('servicesSettings.offline')} />
          )}
        </Box>
        <Typography variant="body2" color="text.secondary">
          {details.join(' · ')}
        </Typography>
      </Box>
      <Box sx={{ display: 'flex', flexShrink: 0 }}>
        <MoveButtons name={service.name} index={index} count={count} disabled={busy} onMove={onMove} />
        <IconButton
          size="small"
          aria-label={t('servicesSettings.edit', { name: service.name })}
          onClick={onEdit}
        >
          <EditOutlined fontSize="small" />
        </IconButton>
      </Box>
    </Box>
  );
}

function CategoryCard({
  category,
  index,
  count,
  busy,
  dragProps,
  headerDragProps,
  children,
  onMove,
  onEdit,
  onDelete,
  onAddService,
}: {
  category: Category;
  index: number;
  count: number;
  busy: boolean;
  dragProps: Record<string, unknown>;
  headerDragProps: Record<string, unknown>;
  children: ReactNode;
  onMove: (to: number) => void;
  onEdit: () => void;
  onDelete: () => void;
  onAddService: () => void;
}) {
  const { t } = useTranslation();
  const headingId = `category-${category.id}`;
  return (
    <Card component="section" aria-labelledby={headingId} {...dragProps} sx={{ mb: 2 }}>
      <Box
        {...headerDragProps}
        sx={{ display: 'flex', alignItems: 'center', gap: 1, px: { xs: 1, sm: 2 }, py: 1.5 }}
      >
        <DragIndicatorOutlined
          aria-hidden
          color="action"
          sx={{ cursor: 'grab', display: { xs: 'none', sm: 'block' } }}
        />
        <Box
          aria-hidden
          sx={{ width: 14, height: 14, borderRadius: '50%', bgcolor: category.color, flexShrink: 0 }}
        />
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.75 }}>
            <Typography id={headingId} component="h2" variant="h6" sx={{ lineHeight: 1.3 }}>
              {category.name}
            </Typography>
            {category.active ? null : <Chip size="small" label={t('servicesSettings.inactive')} />}
          </Box>
          <Typography variant="body2" color="text.secondary">
            {t('servicesSettings.serviceCount', { count: category.services.length })}
          </Typography>
        </Box>
        <Box sx={{ display: 'flex', flexShrink: 0 }}>
          <MoveButtons name={category.name} index={index} count={count} disabled={busy} onMove={onMove} />
          <IconButton
            size="small"
            aria-label={t('servicesSettings.edit', { name: category.name })}
            onClick={onEdit}
          >
            <EditOutlined fontSize="small" />
          </IconButton>
          <IconButton
            size="small"
            aria-label={t('servicesSettings.deleteCategory', { name: category.name })}
            onClick={onDelete}
          >
            <DeleteOutlineOutlined fontSize="small" />
          </IconButton>
        </Box>
      </Box>
      {category.services.length === 0 ? (
        <Typography color="text.secondary" sx={{ px: 2, py: 1.5, borderTop: 1, borderColor: 'divider' }}>
          {t('servicesSettings.emptyCategory')}
        </Typography>
      ) : (
        <Box
          component="ul"
          aria-label={t('servicesSettings.servicesOf', { name: category.name })}
          sx={{ listStyle: 'none', p: 0, m: 0 }}
        >
          {children}
        </Box>
      )}
      <Box sx={{ px: 1, py: 1, borderTop: 1, borderColor: 'divider' }}>
        <Button size="small" startIcon={<AddOutlined />} onClick={onAddService}>
          {t('servicesSettings.addService')}
        </Button>
      </Box>
    </Card>
  );
}

function DeleteCategoryDialog({
  category,
  onClose,
  onDeleted,
}: {
  category: Category;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const [state, remove] = useMutation(DeleteServiceCategoryDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const confirm = async () => {
    const result = await remove({ id: category.id });
    if (result.error) {
      setProblem(
        errorMessage(result.error, { network: t('errors.network'), unexpected: t('errors.unexpected') }),
      );
      return;
    }
    onDeleted();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{t('servicesSettings.confirmDelete.title', { name: category.name })}</DialogTitle>
      <DialogContent>
        {problem ? (
          <Alert severity="error">{problem}</Alert>
        ) : (
          <DialogContentText>{t('servicesSettings.confirmDelete.body')}</DialogContentText>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('servicesSettings.cancel')}</Button>
        <Button
          color="error"
          variant="contained"
          disabled={state.fetching || problem !== null}
          onClick={() => void confirm()}
        >
          {t('servicesSettings.delete')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

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
  const [dragged, setDragged] = useState<Dragged | null>(null);
  const [reorderState, reorderServices] = useMutation(ReorderServicesDocument);
  const [categoryOrderState, reorderCategories] = useMutation(ReorderServiceCategoriesDocument);
  const busy = reorderState.fetching || categoryOrderState.fetching;
  const fallbacks = { network: t('errors.network'), unexpected: t('errors.unexpected') };

  const categories = data?.serviceCategories ?? [];
  const cabinTypes = data?.cabinTypes ?? [];

  const saved = (message: string) => {
    setEditing(null);
    setNotice(message);
    refresh();
  };

  const moveCategory = async (from: number, to: number) => {
    if (from === to || to < 0 || to >= categories.length) return;
    setProblem(null);
    const result = await reorderCategories({
      ids: moved(
        categories.map((c) => c.id),
        from,
        to,
      ),
    });
    if (result.error) return setProblem(errorMessage(result.error, fallbacks));
    setNotice(t('servicesSettings.orderSaved'));
    refresh();
  };

  const moveService = async (category: Category, from: number, to: number) => {
    if (from === to || to < 0 || to >= category.services.length) return;
    setProblem(null);
    const serviceIds = moved(
      category.services.map((s) => s.id),
      from,
      to,
    );
    const result = await reorderServices({ input: { categoryId: category.id, serviceIds } });
    if (result.error) return setProblem(errorMessage(result.error, fallbacks));
    setNotice(t('servicesSettings.orderSaved'));
    refresh();
  };

  // Native drag and drop: a category's header drags the category, a row drags a service within its category.
  const categoryDrag = (index: number) => ({
    draggable: !busy,
    onDragStart: (e: DragEvent) => {
      e.dataTransfer.effectAllowed = 'move';
      setDragged({ kind: 'category', id: categories[index].id });
    },
    onDragEnd: () => setDragged(null),
  });
  const categoryDrop = (index: number) => ({
    onDragOver: (e: DragEvent) => {
      if (dragged?.kind === 'category') e.preventDefault();
    },
    onDrop: (e: DragEvent) => {
      if (dragged?.kind !== 'category') return;
      e.preventDefault();
      const from = categories.findIndex((c) => c.id === dragged.id);
      setDragged(null);
      void moveCategory(from, index);
    },
  });
  const serviceDrag = (category: Category, index: number) => ({
    draggable: !busy,
    onDragStart: (e: DragEvent) => {
      e.stopPropagation();
      e.dataTransfer.effectAllowed = 'move';
      setDragged({ kind: 'service', categoryId: category.id, id: category.services[index].id });
    },
    onDragEnd: () => setDragged(null),
    onDragOver: (e: DragEvent) => {
      if (dragged?.kind === 'service' && dragged.categoryId === category.id) {
        e.preventDefault();
        e.stopPropagation();
      }
    },
    onDrop: (e: DragEvent) => {
      if (dragged?.kind !== 'service' || dragged.categoryId !== category.id) return;
      e.preventDefault();
      e.stopPropagation();
      const from = category.services.findIndex((s) => s.id === dragged.id);
      setDragged(null);
      void moveService(category, from, index);
    },
  });

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
