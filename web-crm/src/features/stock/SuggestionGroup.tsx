import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { CreatePurchaseOrderDocument, type ReorderSuggestionsQuery } from '../../gql/graphql';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import { usePermissions } from '../../shared/permissions';
import { parseQuantity } from './stock-input';

type Suggestion = ReorderSuggestionsQuery['reorderSuggestions'][number];

interface SupplierGroup {
  supplier: { id: string; name: string; email?: string | null } | null;
  suggestions: Suggestion[];
}

/** Reorder suggestions grouped by supplier (one group, one purchase order). Products without a supplier last. */
export function groupBySupplier(suggestions: readonly Suggestion[]): SupplierGroup[] {
  const groups = new Map<string, SupplierGroup>();
  for (const s of suggestions) {
    const key = s.product.supplier?.id ?? '';
    const group = groups.get(key) ?? { supplier: s.product.supplier ?? null, suggestions: [] };
    group.suggestions.push(s);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) =>
    a.supplier === null ? 1 : b.supplier === null ? -1 : a.supplier.name.localeCompare(b.supplier.name, 'fr'),
  );
}

/** One supplier's reorder suggestions: quantities to order, and the purchase order they make. */
export function SuggestionGroup({
  group,
  onCreated,
}: {
  group: SupplierGroup;
  onCreated: (reference: string) => void;
}) {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const [quantities, setQuantities] = useState<Record<string, string>>(() =>
    Object.fromEntries(group.suggestions.map((s) => [s.product.id, String(s.suggestedQuantity)])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [state, create] = useMutation(CreatePurchaseOrderDocument);
  const supplier = group.supplier;
  const title = supplier?.name ?? t('stock.orders.noSupplier');

  const submit = async () => {
    if (supplier === null) return;
    const local: Record<string, string> = {};
    const lines: { productId: string; quantity: number }[] = [];
    for (const s of group.suggestions) {
      const text = (quantities[s.product.id] ?? '').trim();
      if (text === '' || text === '0') continue;
      const q = parseQuantity(text);
      if (q === null || q < 1) local[s.product.id] = t('stock.orders.badQuantity');
      else lines.push({ productId: s.product.id, quantity: q });
    }
    setErrors(local);
    if (Object.keys(local).length > 0) return setProblem(null);
    if (lines.length === 0) return setProblem(t('stock.orders.nothingToOrder'));
    setProblem(null);
    const result = await create({ input: { supplierId: supplier.id, lines } });
    if (result.error) {
      const byField = fieldErrors(result.error);
      const onLines: Record<string, string> = {};
      lines.forEach((l, i) => {
        const message = byField[`lines.${i}.quantity`] ?? byField[`lines.${i}.productId`];
        if (message !== undefined) onLines[l.productId] = message;
      });
      setErrors(onLines);
      if (Object.keys(onLines).length === 0)
        setProblem(
          errorMessage(result.error, { network: t('errors.network'), unexpected: t('errors.unexpected') }),
        );
      return;
    }
    if (result.data) onCreated(result.data.createPurchaseOrder.reference);
  };

  return (
    <Card component="section" variant="outlined" aria-label={title}>
      <CardContent>
        <Stack
          direction="row"
          sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 1, mb: 1 }}
        >
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            {title}
          </Typography>
          {supplier?.email && (
            <Typography variant="body2" color="text.secondary">
              {supplier.email}
            </Typography>
          )}
        </Stack>
        {supplier === null && (
          <Alert severity="info" sx={{ mb: 1 }}>
            {t('stock.orders.noSupplierHelp')}
          </Alert>
        )}
        {problem && (
          <Alert severity="error" sx={{ mb: 1 }}>
            {problem}
          </Alert>
        )}
        <Stack spacing={1.5}>
          {group.suggestions.map((s) => (
            <Stack
              key={s.product.id}
              direction={{ xs: 'column', sm: 'row' }}
              spacing={{ xs: 1, sm: 2 }}
              sx={{ alignItems: { sm: 'center' } }}
            >
              <Box sx={{ flexGrow: 1, minWidth: 0 }}>
                <Typography sx={{ fontWeight: 600 }}>{s.product.name}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {t('stock.orders.suggestionLine', {
                    quantity: s.product.quantity,
                    onOrder: s.onOrder,
                    target: s.target,
                  })}
                </Typography>
              </Box>
              {supplier !== null && can('createPurchaseOrder') ? (
                <TextField
                  label={t('stock.orders.quantity')}
                  value={quantities[s.product.id] ?? ''}
                  onChange={(e) => setQuantities((q) => ({ ...q, [s.product.id]: e.target.value }))}
                  error={errors[s.product.id] !== undefined}
                  helperText={errors[s.product.id]}
                  slotProps={{
                    htmlInput: {
                      inputMode: 'numeric',
                      'aria-label': t('stock.orders.quantityFor', { name: s.product.name }),
                    },
                  }}
                  sx={{ width: { xs: '100%', sm: 140 } }}
                  size="small"
                />
              ) : (
                <Typography>{t('stock.orders.suggested', { count: s.suggestedQuantity })}</Typography>
              )}
            </Stack>
          ))}
        </Stack>
        {supplier !== null && can('createPurchaseOrder') && (
          <Stack direction="row" sx={{ justifyContent: 'flex-end', mt: 2 }}>
            <Button variant="contained" disabled={state.fetching} onClick={() => void submit()}>
              {t('stock.orders.create')}
            </Button>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
