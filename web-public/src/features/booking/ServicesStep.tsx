import ExpandMore from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Container from '@mui/material/Container';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration, formatPrice } from '@serenaia/shared/format';
import { MAX_SERVICES } from './booking-url';
import type { CatalogCategory, CatalogService } from './types';

export interface ServicesStepProps {
  categories: readonly CatalogCategory[];
  /** In the order chosen. */
  selected: readonly CatalogService[];
  /** Category to open first (from the home page), if any. */
  openCategoryId: string | null;
  onToggle: (serviceId: string) => void;
  onContinue: () => void;
}

function ServiceRow({
  service,
  position,
  disabled,
  onToggle,
}: {
  service: CatalogService;
  /** 1-based rank in the selection, or null when not chosen. */
  position: number | null;
  disabled: boolean;
  onToggle: () => void;
}) {
  const { t } = useTranslation();
  const nameId = `service-${service.id}-name`;
  const detailsId = `service-${service.id}-details`;
  const chosen = position !== null;
  return (
    <Box
      component="label"
      sx={(theme) => ({
        display: 'flex',
        gap: 1,
        alignItems: 'flex-start',
        px: { xs: 1, sm: 1.5 },
        py: 1.5,
        borderRadius: 2,
        cursor: disabled ? 'default' : 'pointer',
        opacity: disabled ? 0.6 : 1,
        border: `1px solid ${chosen ? theme.palette.primary.main : 'transparent'}`,
        backgroundColor: chosen ? alpha(theme.palette.primary.main, 0.07) : 'transparent',
        '&:hover': disabled
          ? {}
          : { backgroundColor: alpha(theme.palette.primary.main, chosen ? 0.1 : 0.04) },
        '&:has(:focus-visible)': { outline: `3px solid ${theme.palette.primary.dark}`, outlineOffset: 1 },
      })}
    >
      <Checkbox
        checked={chosen}
        disabled={disabled}
        onChange={onToggle}
        sx={{ mt: -0.75, ml: -0.5 }}
        slotProps={{ input: { 'aria-labelledby': nameId, 'aria-describedby': detailsId } }}
      />
      <Box sx={{ flexGrow: 1, minWidth: 0 }}>
        <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'baseline' }}>
          <Typography id={nameId} component="span" sx={{ fontWeight: 600, flexGrow: 1 }}>
            {service.name}
          </Typography>
          <Typography component="span" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
            {formatPrice(service.priceCents)}
          </Typography>
        </Box>
        <Box id={detailsId}>
          <Typography
            variant="body2"
            color="text.secondary"
            component="span"
            sx={{ display: 'block', mt: 0.25 }}
          >
            {formatDuration(service.durationMinutes)}
            {service.description ? ` · ${service.description}` : ''}
          </Typography>
        </Box>
        {chosen ? (
          <Chip
            size="small"
            color="primary"
            label={t('servicesStep.order', { position })}
            sx={{ mt: 1, height: 22, fontSize: '0.75rem' }}
          />
        ) : null}
      </Box>
    </Box>
  );
}

/** Step 1: categories as accordions, services to tick (up to five, in order), and a sticky summary. */
export function ServicesStep({
  categories,
  selected,
  openCategoryId,
  onToggle,
  onContinue,
}: ServicesStepProps) {
  const { t } = useTranslation();
  const selectedIds = selected.map((s) => s.id);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => {
    const open = new Set<string>();
    if (openCategoryId !== null) open.add(openCategoryId);
    for (const category of categories) {
      if (category.services.some((s) => selectedIds.includes(s.id))) open.add(category.id);
    }
    const first = categories[0];
    if (open.size === 0 && first !== undefined) open.add(first.id);
    return open;
  });
  const full = selected.length >= MAX_SERVICES;
  const minutes = selected.reduce((sum, s) => sum + s.durationMinutes, 0);
  const price = selected.reduce((sum, s) => sum + s.priceCents, 0);

  if (categories.length === 0) {
    return <Alert severity="info">{t('servicesStep.noServices')}</Alert>;
  }

  return (
    <Box>
      {categories.map((category) => {
        const count = category.services.filter((s) => selectedIds.includes(s.id)).length;
        return (
          <Accordion
            key={category.id}
            expanded={expanded.has(category.id)}
            onChange={(_event, open) => {
              const next = new Set(expanded);
              if (open) next.add(category.id);
              else next.delete(category.id);
              setExpanded(next);
            }}
            disableGutters
            sx={(theme) => ({
              mb: 1.5,
              borderRadius: `${theme.shape.borderRadius}px !important`,
              border: `1px solid ${theme.palette.divider}`,
              boxShadow: 'none',
              '&::before': { display: 'none' },
              overflow: 'hidden',
            })}
          >
            <AccordionSummary
              expandIcon={<ExpandMore />}
              sx={{ px: { xs: 2, sm: 2.5 }, py: 0.5, borderLeft: `4px solid ${category.color}` }}
            >
              <Box sx={{ flexGrow: 1, minWidth: 0, pr: 1 }}>
                <Typography variant="h6" component="h3" sx={{ fontSize: '1.15rem' }}>
                  {category.name}
                </Typography>
                {category.description ? (
                  <Typography variant="body2" color="text.secondary">
                    {category.description}
                  </Typography>
                ) : null}
              </Box>
              {count > 0 ? (
                <Chip
                  size="small"
                  color="primary"
                  variant="outlined"
                  label={t('servicesStep.selectedInCategory', { count })}
                  sx={{ alignSelf: 'center', mr: 1 }}
                />
              ) : null}
            </AccordionSummary>
            <AccordionDetails sx={{ px: { xs: 1, sm: 1.5 }, pt: 0, pb: 1.5 }}>
              {category.services.map((service) => {
                const index = selectedIds.indexOf(service.id);
                return (
                  <ServiceRow
                    key={service.id}
                    service={service}
                    position={index === -1 ? null : index + 1}
                    disabled={index === -1 && full}
                    onToggle={() => onToggle(service.id)}
                  />
                );
              })}
            </AccordionDetails>
          </Accordion>
        );
      })}
      <Paper
        component="section"
        aria-label={t('servicesStep.summaryLabel')}
        elevation={0}
        sx={(theme) => ({
          position: 'sticky',
          bottom: 0,
          zIndex: 2,
          mt: 2,
          mx: { xs: -2, sm: 0 },
          px: { xs: 2, sm: 2.5 },
          py: 1.5,
          pb: 'max(12px, env(safe-area-inset-bottom))',
          borderRadius: { xs: 0, sm: `${theme.shape.borderRadius}px` },
          borderTop: `1px solid ${theme.palette.divider}`,
          boxShadow: `0 -8px 24px ${alpha(theme.palette.text.primary, 0.08)}`,
        })}
      >
        <Container disableGutters sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
          <Box aria-live="polite" sx={{ flexGrow: 1, minWidth: 0 }}>
            {selected.length === 0 ? (
              <Typography color="text.secondary">{t('servicesStep.emptySummary')}</Typography>
            ) : (
              <>
                <Typography sx={{ fontWeight: 600 }}>
                  {t('booking.servicesCount', { count: selected.length })}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {formatDuration(minutes)} · {formatPrice(price)}
                </Typography>
              </>
            )}
            {full ? (
              <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                {t('servicesStep.maxReached', { max: MAX_SERVICES })}
              </Typography>
            ) : null}
          </Box>
          <Button variant="contained" size="large" disabled={selected.length === 0} onClick={onContinue}>
            {t('servicesStep.continue')}
          </Button>
        </Container>
      </Paper>
    </Box>
  );
}
