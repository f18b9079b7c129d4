import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { type DepositKind, type SettingsServiceFieldsFragment } from '../../gql/graphql';
import { usePermissions } from '../../shared/permissions';
import { CabinConsumptionFields } from './CabinConsumptionFields';
import { DEPOSIT_KINDS, VAT_RATES_BP, vatLabel } from './service-form';
import { useServiceForm } from './useServiceForm';

/** Creates a service (no `service`) or edits one; checks every field as the server does. */
export function ServiceDialog({
  service,
  categoryId,
  categories,
  cabinTypes,
  onClose,
  onSaved,
}: {
  service?: SettingsServiceFieldsFragment;
  categoryId: string;
  categories: { id: string; name: string }[];
  cabinTypes: { id: string; name: string }[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'), { noSsr: true });
  const {
    form,
    set,
    submit,
    problem,
    message,
    fieldProps,
    busy,
    consumption,
    consumptionErrors,
    loadConsumption,
    changeConsumption,
  } = useServiceForm({ service, categoryId, onSaved });
  const { can } = usePermissions();
  const f = 'servicesSettings.serviceForm';

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" fullScreen={phone}>
      <Box
        component="form"
        noValidate
        autoComplete="off"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <DialogTitle>{t(service ? `${f}.editTitle` : `${f}.createTitle`)}</DialogTitle>
        <DialogContent>
          {problem ? (
            <Alert severity="error" sx={{ mb: 2 }}>
              {problem}
            </Alert>
          ) : null}
          <Box
            sx={{
              display: 'grid',
              gap: 2,
              pt: 1,
              gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' },
              '& .wide': { gridColumn: { sm: '1 / -1' } },
            }}
          >
            <TextField
              className="wide"
              label={t(`${f}.name`)}
              value={form.name}
              onChange={(e) => set('name', e.target.value)}
              autoFocus
              required
              {...fieldProps('name')}
            />
            <TextField
              select
              label={t(`${f}.category`)}
              value={form.categoryId}
              onChange={(e) => set('categoryId', e.target.value)}
              {...fieldProps('categoryId')}
            >
              {categories.map((c) => (
                <MenuItem key={c.id} value={c.id}>
                  {c.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label={t(`${f}.cabinType`)}
              value={form.cabinTypeId}
              onChange={(e) => set('cabinTypeId', e.target.value)}
              slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
              {...fieldProps('cabinTypeId')}
            >
              <MenuItem value="">{t(`${f}.noCabinType`)}</MenuItem>
              {cabinTypes.map((c) => (
                <MenuItem key={c.id} value={c.id}>
                  {c.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={t(`${f}.duration`)}
              value={form.duration}
              onChange={(e) => set('duration', e.target.value)}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              required
              {...fieldProps('duration')}
            />
            <TextField
              label={t(`${f}.price`)}
              value={form.price}
              onChange={(e) => set('price', e.target.value)}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
              required
              {...fieldProps('price')}
              helperText={message('price') ?? t(`${f}.priceHelp`)}
            />
            <TextField
              select
              label={t(`${f}.vat`)}
              value={form.vatRateBp}
              onChange={(e) => set('vatRateBp', Number(e.target.value))}
              {...fieldProps('vatRateBp')}
            >
              {VAT_RATES_BP.map((rate) => (
                <MenuItem key={rate} value={rate}>
                  {vatLabel(rate)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label={t(`${f}.depositKind`)}
              value={form.depositKind}
              onChange={(e) => set('depositKind', e.target.value as DepositKind)}
            >
              {DEPOSIT_KINDS.map((kind) => (
                <MenuItem key={kind} value={kind}>
                  {t(`${f}.deposit${kind}`)}
                </MenuItem>
              ))}
            </TextField>
            {form.depositKind === 'NONE' ? null : (
              <TextField
                label={t(form.depositKind === 'PERCENT' ? `${f}.depositPercent` : `${f}.depositFixed`)}
                value={form.deposit}
                onChange={(e) => set('deposit', e.target.value)}
                slotProps={{ htmlInput: { inputMode: 'decimal' } }}
                {...fieldProps('deposit')}
              />
            )}
            <TextField
              label={t(`${f}.bufferBefore`)}
              value={form.bufferBefore}
              onChange={(e) => set('bufferBefore', e.target.value)}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              {...fieldProps('bufferBefore')}
            />
            <TextField
              label={t(`${f}.bufferAfter`)}
              value={form.bufferAfter}
              onChange={(e) => set('bufferAfter', e.target.value)}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              {...fieldProps('bufferAfter')}
            />
            <TextField
              className="wide"
              label={t(`${f}.description`)}
              value={form.description}
              onChange={(e) => set('description', e.target.value)}
              multiline
              minRows={2}
              {...fieldProps('description')}
            />
            <FormControlLabel
              control={
                <Switch
                  checked={form.onlineBookable}
                  onChange={(e) => set('onlineBookable', e.target.checked)}
                />
              }
              label={t(`${f}.onlineBookable`)}
            />
            <FormControlLabel
              control={<Switch checked={form.active} onChange={(e) => set('active', e.target.checked)} />}
              label={t(`${f}.active`)}
            />
            {can('setServiceConsumption') && (
              <CabinConsumptionFields
                serviceId={service?.id}
                lines={consumption}
                errors={consumptionErrors}
                onLoad={loadConsumption}
                onChange={changeConsumption}
              />
            )}
          </Box>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>{t('servicesSettings.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t(service ? 'servicesSettings.save' : 'servicesSettings.create')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
