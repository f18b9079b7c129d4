import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  SuppliersDocument,
  UpsertProductDocument,
  type ProductKind,
  type StockProductFieldsFragment,
  type StockUnit,
} from '../../gql/graphql';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { parseEuros } from '../../shared/money';
import {
  FIELD_OF,
  formOf,
  KINDS,
  optionalCount,
  SHOWN,
  UNITS,
  VAT_RATES_BP,
  vatLabel,
  type ProductForm as Form,
  type TextKey,
} from './product-form';

/** Creates (product null) or edits a product of the catalogue. Stock is not typed here. */
export function ProductDialog({
  product,
  onClose,
  onSaved,
}: {
  product: StockProductFieldsFragment | null;
  onClose: () => void;
  onSaved: (saved: StockProductFieldsFragment) => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>(() => formOf(product));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [{ data: suppliers }] = useQuery({ query: SuppliersDocument });
  const [state, upsert] = useMutation(UpsertProductDocument);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async () => {
    const local: Record<string, string> = {};
    if (form.name.trim() === '') local.name = t('stock.product.nameRequired');
    const priceCents = parseEuros(form.price);
    if (priceCents === null) local.price = t('stock.product.badPrice');
    const costCents = form.cost.trim() === '' ? 0 : parseEuros(form.cost);
    if (costCents === null) local.cost = t('stock.product.badPrice');
    const barcode = form.barcode.replace(/\s/g, '');
    if (barcode !== '' && !/^\d{13}$/.test(barcode)) local.barcode = t('stock.product.badBarcode');
    const threshold = optionalCount(form.threshold);
    if (threshold === undefined) local.threshold = t('stock.product.badCount');
    const reorderTarget = optionalCount(form.reorderTarget);
    if (reorderTarget === undefined) local.reorderTarget = t('stock.product.badCount');
    setErrors(local);
    setProblem(null);
    if (Object.keys(local).length > 0) return;
    const result = await upsert({
      input: {
        ...(product ? { id: product.id } : {}),
        name: form.name.trim(),
        brand: form.brand.trim() || null,
        category: form.category.trim() || null,
        content: form.content.trim() || null,
        barcode: barcode || null,
        kind: form.kind,
        unit: form.unit,
        priceCents: priceCents!,
        vatRateBp: form.vatRateBp,
        costCents: costCents!,
        supplierId: form.supplierId || null,
        threshold: threshold ?? null,
        reorderTarget: reorderTarget ?? null,
        photoUrl: product?.photoUrl ?? null,
        active: form.active,
      },
    });
    if (result.error) {
      const server: Record<string, string> = {};
      for (const [field, message] of Object.entries(fieldErrors(result.error)))
        server[FIELD_OF[field] ?? field] = message;
      const conflictField = result.error.graphQLErrors.find((e) => e.extensions.code === 'CONFLICT')
        ?.extensions.field;
      if (conflictField === 'barcode') server.barcode = result.error.graphQLErrors[0]?.message ?? '';
      setErrors(server);
      if (!Object.keys(server).some((key) => SHOWN.has(key)))
        setProblem(
          errorMessage(result.error, { network: t('errors.network'), unexpected: t('errors.unexpected') }),
        );
      return;
    }
    if (result.data) onSaved(result.data.upsertProduct);
  };

  const field = (key: TextKey, label: string, extra: { helperText?: string } = {}) => ({
    label,
    value: form[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value),
    error: errors[key] !== undefined,
    helperText: errors[key] ?? extra.helperText,
  });

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>
        {product ? t('stock.product.editTitle', { name: product.name }) : t('stock.product.newTitle')}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {problem && <Alert severity="error">{problem}</Alert>}
          <TextField {...field('name', t('stock.product.name'))} required autoFocus />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField {...field('brand', t('stock.product.brand'))} fullWidth />
            <TextField {...field('category', t('stock.product.category'))} fullWidth />
          </Stack>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField
              {...field('barcode', t('stock.product.barcode'), {
                helperText: t('stock.product.barcodeHelp'),
              })}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              fullWidth
            />
            <TextField {...field('content', t('stock.product.content'))} fullWidth />
          </Stack>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField
              select
              label={t('stock.kind')}
              value={form.kind}
              onChange={(e) => set('kind', e.target.value as ProductKind)}
              fullWidth
            >
              {KINDS.map((k) => (
                <MenuItem key={k} value={k}>
                  {t(`stock.kinds.${k}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label={t('stock.product.unit')}
              value={form.unit}
              onChange={(e) => set('unit', e.target.value as StockUnit)}
              fullWidth
            >
              {UNITS.map((u) => (
                <MenuItem key={u} value={u}>
                  {t(`stock.product.units.${u}`)}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField
              {...field('price', t('stock.product.price'), { helperText: t('stock.product.priceHelp') })}
              required
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
              fullWidth
            />
            <TextField
              select
              label={t('stock.product.vat')}
              value={form.vatRateBp}
              onChange={(e) => set('vatRateBp', Number(e.target.value))}
              error={errors.vatRateBp !== undefined}
              helperText={errors.vatRateBp}
              fullWidth
            >
              {VAT_RATES_BP.map((bp) => (
                <MenuItem key={bp} value={bp}>
                  {vatLabel(bp)}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField
              {...field('cost', t('stock.product.cost'))}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
              fullWidth
            />
            <TextField
              select
              label={t('stock.product.supplier')}
              value={form.supplierId}
              onChange={(e) => set('supplierId', e.target.value)}
              error={errors.supplierId !== undefined}
              helperText={errors.supplierId}
              fullWidth
            >
              <MenuItem value="">{t('stock.product.noSupplier')}</MenuItem>
              {suppliers?.suppliers.map((s) => (
                <MenuItem key={s.id} value={s.id}>
                  {s.name}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField
              {...field('threshold', t('stock.product.threshold'))}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              fullWidth
            />
            <TextField
              {...field('reorderTarget', t('stock.product.reorderTarget'))}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              fullWidth
            />
          </Stack>
          {product && (
            <FormControlLabel
              control={<Switch checked={form.active} onChange={(e) => set('active', e.target.checked)} />}
              label={t('stock.product.active')}
            />
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('stock.form.cancel')}</Button>
        <Button variant="contained" disabled={state.fetching} onClick={() => void submit()}>
          {t('stock.form.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
