import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  SetServiceConsumptionDocument,
  UpsertServiceDocument,
  type SettingsServiceFieldsFragment,
} from '../../gql/graphql';
import { errorMessage, fieldErrors, isConflict } from '@serenaia/shared/graphql-errors';
import { checkConsumption, type ConsumptionLine } from './consumption-form';
import {
  emptyServiceForm,
  serverServiceErrors,
  serviceFormOf,
  validateService,
  type ServiceField,
  type ServiceForm,
} from './service-form';

/**
 * The service dialog's state: the form, its errors (checked as the server does, then the server's own),
 * the cabin consumption, and `submit` (the service, then its consumption if it changed).
 */
export function useServiceForm({
  service,
  categoryId,
  onSaved,
}: {
  service?: SettingsServiceFieldsFragment;
  categoryId: string;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<ServiceForm>(() =>
    service ? serviceFormOf(service) : emptyServiceForm(categoryId),
  );
  // Keys of local checks (translated), or the server's French messages as they are.
  const [errors, setErrors] = useState<Partial<Record<ServiceField, { key?: string; text?: string }>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [state, upsert] = useMutation(UpsertServiceDocument);
  const [consumptionState, saveConsumption] = useMutation(SetServiceConsumptionDocument);
  // The cabin consumption: as loaded (to save only a change), as edited, and its line errors.
  const [savedConsumption, setSavedConsumption] = useState<string | null>(null);
  const [consumption, setConsumption] = useState<ConsumptionLine[] | null>(null);
  const [consumptionErrors, setConsumptionErrors] = useState<Record<number, string>>({});
  const loadConsumption = useCallback((lines: ConsumptionLine[]) => {
    setSavedConsumption(JSON.stringify(lines));
    setConsumption(lines);
  }, []);
  const changeConsumption = (lines: ConsumptionLine[]) => {
    setConsumption(lines);
    setConsumptionErrors({});
  };

  const set = <K extends keyof ServiceForm>(key: K, value: ServiceForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key === 'depositKind' ? 'deposit' : key]: undefined }));
  };

  const submit = async () => {
    setProblem(null);
    const checked = validateService(form, service?.id);
    if (checked.errors !== null) {
      setErrors(Object.fromEntries(Object.entries(checked.errors).map(([field, key]) => [field, { key }])));
      return;
    }
    const consumed = consumption === null ? { items: null } : checkConsumption(consumption);
    if ('errors' in consumed) {
      setConsumptionErrors(
        Object.fromEntries(
          Object.entries(consumed.errors).map(([i, key]) => [i, t(`servicesSettings.consumption.${key}`)]),
        ),
      );
      return;
    }
    const result = await upsert({ input: checked.input });
    if (result.error) {
      const server = serverServiceErrors(fieldErrors(result.error));
      // A duplicate name is a CONFLICT without a field: it is about the name.
      if (isConflict(result.error)) server.name ??= result.error.graphQLErrors[0]?.message;
      setErrors(Object.fromEntries(Object.entries(server).map(([field, text]) => [field, { text }])));
      if (Object.keys(server).length === 0) {
        setProblem(
          errorMessage(result.error, { network: t('errors.network'), unexpected: t('errors.unexpected') }),
        );
      }
      return;
    }
    const serviceId = result.data?.upsertService.id;
    if (consumed.items !== null && serviceId && JSON.stringify(consumption) !== savedConsumption) {
      const saved = await saveConsumption({ input: { serviceId, items: consumed.items } });
      if (saved.error) {
        setProblem(
          errorMessage(saved.error, { network: t('errors.network'), unexpected: t('errors.unexpected') }),
        );
        return;
      }
    }
    onSaved();
  };

  /** A field's error: a local check's key translated, or the server's message. */
  const message = (field: ServiceField): string | undefined => {
    const error = errors[field];
    if (error?.text !== undefined) return error.text;
    return error?.key === undefined ? undefined : t(`servicesSettings.validation.${error.key}` as never);
  };
  const fieldProps = (field: ServiceField) => ({
    error: message(field) !== undefined,
    helperText: message(field),
  });

  return {
    form,
    set,
    submit,
    problem,
    message,
    fieldProps,
    busy: state.fetching || consumptionState.fetching,
    consumption,
    consumptionErrors,
    loadConsumption,
    changeConsumption,
  };
}
