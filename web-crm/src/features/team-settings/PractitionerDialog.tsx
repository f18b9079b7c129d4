import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import InputAdornment from '@mui/material/InputAdornment';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { initials } from '@serenaia/shared/format';
import { FormDialog } from '../../shared/dialogs';
import { errorMessage, fieldErrors } from '@serenaia/shared/graphql-errors';
import {
  UpsertPractitionerDocument,
  type PractitionerSettingsQuery,
  type SettingsPractitionerFieldsFragment,
} from '../../gql/graphql';
import { checkPractitioner, isHttpsUrl, type PractitionerField, type PractitionerForm } from './team-form';

export type CategoryWithServices = PractitionerSettingsQuery['serviceCategories'][number];

const DEFAULT_COLOR = '#8e5b6e';

function formOf(p: SettingsPractitionerFieldsFragment | null): PractitionerForm {
  return {
    displayName: p?.displayName ?? '',
    color: p?.color ?? DEFAULT_COLOR,
    bio: p?.bio ?? '',
    photoUrl: p?.photoUrl ?? '',
    active: p?.active ?? true,
    serviceIds: p?.serviceIds ?? [],
  };
}

/** The services as checkboxes under their category, with a "whole category" box per category. */
function ServicesField({
  categories,
  selected,
  onChange,
}: {
  categories: readonly CategoryWithServices[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
}) {
  const { t } = useTranslation();
  const chosen = new Set(selected);
  const total = categories.reduce((n, c) => n + c.services.length, 0);
  const toggle = (ids: string[], on: boolean) => {
    const next = new Set(chosen);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    onChange([...next]);
  };
  return (
    <Box component="fieldset" sx={{ border: 0, m: 0, p: 0, mt: 2, minWidth: 0 }}>
      <Box component="legend" sx={{ p: 0, display: 'flex', width: '100%', alignItems: 'baseline', gap: 1 }}>
        <Typography variant="subtitle1" component="span" sx={{ fontWeight: 700, flexGrow: 1 }}>
          {t('teamSettings.practitioners.servicesTitle')}
        </Typography>
        <Typography variant="body2" color="text.secondary" component="span">
          {t('teamSettings.practitioners.servicesCount', {
            count: categories.reduce((n, c) => n + c.services.filter((s) => chosen.has(s.id)).length, 0),
            total,
          })}
        </Typography>
      </Box>
      {categories
        .filter((c) => c.services.length > 0)
        .map((category) => {
          const ids = category.services.map((s) => s.id);
          const count = ids.filter((id) => chosen.has(id)).length;
          return (
            <Box
              key={category.id}
              role="group"
              aria-label={category.name}
              sx={{ mt: 1.5, borderTop: 1, borderColor: 'divider', pt: 1 }}
            >
              <FormControlLabel
                label={
                  <Typography sx={{ fontWeight: 600 }} component="span">
                    {category.name}
                  </Typography>
                }
                control={
                  <Checkbox
                    checked={count === ids.length}
                    indeterminate={count > 0 && count < ids.length}
                    onChange={(e) => toggle(ids, e.target.checked)}
                    slotProps={{
                      input: {
                        'aria-label': t('teamSettings.practitioners.allOfCategory', { name: category.name }),
                      },
                    }}
                  />
                }
              />
              <Box
                sx={{
                  display: 'grid',
                  gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' },
                  columnGap: 1,
                  pl: { xs: 2, sm: 3.5 },
                }}
              >
                {category.services.map((service) => (
                  <FormControlLabel
                    key={service.id}
                    sx={{ mr: 0, alignItems: 'flex-start', '& .MuiCheckbox-root': { pt: 0.75 } }}
                    control={
                      <Checkbox
                        size="small"
                        checked={chosen.has(service.id)}
                        onChange={(e) => toggle([service.id], e.target.checked)}
                      />
                    }
                    label={
                      <Typography variant="body2" component="span" sx={{ display: 'block', pt: 0.9 }}>
                        {service.name}
                        {service.active ? null : (
                          <Typography component="span" variant="body2" color="text.secondary">
                            {` (${t('teamSettings.practitioners.inactiveService')})`}
                          </Typography>
                        )}
                      </Typography>
                    }
                  />
                ))}
              </Box>
            </Box>
          );
        })}
    </Box>
  );
}

/** Creates (no `practitioner`) or edits a practitioner: identity, colour, public profile, services. */
export function PractitionerDialog({
  practitioner,
  categories,
  onClose,
  onSaved,
}: {
  practitioner: SettingsPractitionerFieldsFragment | null;
  categories: readonly CategoryWithServices[];
  onClose: () => void;
  onSaved: (saved: SettingsPractitionerFieldsFragment, created: boolean) => void;
}) {
  const { t } = useTranslation();
  const [state, save] = useMutation(UpsertPractitionerDocument);
  const [form, setForm] = useState<PractitionerForm>(() => formOf(practitioner));
  const [errors, setErrors] = useState<Partial<Record<PractitionerField, string>>>({});
  const [serverError, setServerError] = useState<string | null>(null);

  const set = <K extends keyof PractitionerForm>(key: K, value: PractitionerForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    if (key in errors) setErrors((x) => ({ ...x, [key]: undefined }));
  };

  const submit = async () => {
    setServerError(null);
    const checked = checkPractitioner(form);
    if (checked.errors) {
      setErrors(
        Object.fromEntries(
          Object.entries(checked.errors).map(([field, key]) => [field, t(`teamSettings.validation.${key}`)]),
        ),
      );
      return;
    }
    const result = await save({
      input: { ...(practitioner ? { id: practitioner.id } : {}), ...checked.value },
    });
    if (result.data) return onSaved(result.data.upsertPractitioner, practitioner === null);
    if (!result.error) return;
    const fields = fieldErrors(result.error);
    const known: PractitionerField[] = ['displayName', 'color', 'bio', 'photoUrl'];
    if (known.some((f) => fields[f] !== undefined))
      setErrors(Object.fromEntries(known.map((f) => [f, fields[f]])));
    else
      setServerError(
        errorMessage(result.error, { network: t('errors.network'), unexpected: t('errors.unexpected') }),
      );
  };

  const photo = form.photoUrl.trim();
  const color = /^#[0-9a-fA-F]{6}$/.test(form.color) ? form.color : DEFAULT_COLOR;
  return (
    <FormDialog
      title={t(
        practitioner ? 'teamSettings.practitioners.editTitle' : 'teamSettings.practitioners.createTitle',
      )}
      busy={state.fetching}
      serverError={serverError}
      maxWidth="sm"
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
        <Avatar
          src={isHttpsUrl(photo) ? photo : undefined}
          alt={isHttpsUrl(photo) ? t('teamSettings.practitioners.photoPreview') : undefined}
          sx={{ width: 64, height: 64, mt: 1, bgcolor: color, fontSize: '1.4rem', fontWeight: 600 }}
        >
          {initials(form.displayName.trim() || '?')}
        </Avatar>
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <TextField
            fullWidth
            autoFocus
            margin="dense"
            label={t('teamSettings.practitioners.displayName')}
            value={form.displayName}
            onChange={(e) => set('displayName', e.target.value)}
            error={errors.displayName !== undefined}
            helperText={errors.displayName ?? t('teamSettings.practitioners.displayNameHelp')}
          />
          <TextField
            fullWidth
            margin="dense"
            label={t('teamSettings.practitioners.color')}
            value={form.color}
            onChange={(e) => set('color', e.target.value)}
            error={errors.color !== undefined}
            helperText={errors.color}
            slotProps={{
              htmlInput: { spellCheck: false, maxLength: 7 },
              input: {
                startAdornment: (
                  <InputAdornment position="start">
                    <Box
                      component="input"
                      type="color"
                      aria-label={t('teamSettings.practitioners.colorPicker')}
                      value={color}
                      onChange={(e: React.ChangeEvent<HTMLInputElement>) => set('color', e.target.value)}
                      sx={{
                        width: 32,
                        height: 28,
                        p: 0,
                        border: 0,
                        bgcolor: 'transparent',
                        cursor: 'pointer',
                      }}
                    />
                  </InputAdornment>
                ),
              },
            }}
          />
        </Box>
      </Box>
      <TextField
        fullWidth
        margin="dense"
        label={t('teamSettings.practitioners.photoUrl')}
        value={form.photoUrl}
        onChange={(e) => set('photoUrl', e.target.value)}
        error={errors.photoUrl !== undefined}
        helperText={errors.photoUrl ?? t('teamSettings.practitioners.photoUrlHelp')}
        slotProps={{ htmlInput: { spellCheck: false, inputMode: 'url' } }}
      />
      <TextField
        fullWidth
        multiline
        minRows={3}
        maxRows={8}
        margin="dense"
        label={t('teamSettings.practitioners.bio')}
        value={form.bio}
        onChange={(e) => set('bio', e.target.value)}
        error={errors.bio !== undefined}
        helperText={errors.bio ?? t('teamSettings.practitioners.bioHelp', { count: form.bio.trim().length })}
        slotProps={{ formHelperText: { sx: { textAlign: errors.bio ? 'left' : 'right' } } }}
      />
      <FormControlLabel
        sx={{ mt: 1 }}
        control={<Switch checked={form.active} onChange={(e) => set('active', e.target.checked)} />}
        label={t('teamSettings.practitioners.activeLabel')}
      />
      <FormHelperText sx={{ mt: 0 }}>{t('teamSettings.practitioners.activeHelp')}</FormHelperText>
      <ServicesField
        categories={categories}
        selected={form.serviceIds}
        onChange={(ids) => set('serviceIds', ids)}
      />
    </FormDialog>
  );
}
