/** The catalogue as the settings page lists it: category cards and their service rows. */
import AddOutlined from '@mui/icons-material/AddOutlined';
import ArrowDownwardOutlined from '@mui/icons-material/ArrowDownwardOutlined';
import ArrowUpwardOutlined from '@mui/icons-material/ArrowUpwardOutlined';
import DeleteOutlineOutlined from '@mui/icons-material/DeleteOutlineOutlined';
import DragIndicatorOutlined from '@mui/icons-material/DragIndicatorOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type SettingsCategoryFieldsFragment, type SettingsServiceFieldsFragment } from '../../gql/graphql';
import { formatDuration, formatEuros } from '@serenaia/shared/format';
import { vatLabel } from './service-form';

type Category = SettingsCategoryFieldsFragment;
type Service = SettingsServiceFieldsFragment;

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

/** One service of a category: its figures, drag handle, move buttons and edit. */
export function ServiceRow({
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

/** A category: its header (drag, move, edit, delete), its services, and "add a service". */
export function CategoryCard({
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
