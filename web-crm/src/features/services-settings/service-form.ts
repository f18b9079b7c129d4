/**
 * The services settings forms (service, category): what is typed, checked as the server checks it, and
 * the input sent. Pure: errors are keys under `servicesSettings.validation`.
 */
import { eurosInput, parseEuros } from '../../shared/money';
import type { DepositKind, SettingsServiceFieldsFragment, UpsertServiceInput } from '../../gql/graphql';

/** VAT rates in force in France, in basis points (the server accepts only these). */
export const VAT_RATES_BP = [2000, 1000, 550, 210, 0] as const;
export const DEPOSIT_KINDS: readonly DepositKind[] = ['NONE', 'PERCENT', 'FIXED'];
const MAX_PRICE_CENTS = 10_000_000;

export interface ServiceForm {
  categoryId: string;
  name: string;
  description: string;
  /** Minutes. */
  duration: string;
  /** Euros, typed with a comma ("22,50"). */
  price: string;
  vatRateBp: number;
  depositKind: DepositKind;
  /** A percentage ("30", "12,5") for PERCENT, euros for FIXED, ignored for NONE. */
  deposit: string;
  bufferBefore: string;
  bufferAfter: string;
  /** '' for none. */
  cabinTypeId: string;
  onlineBookable: boolean;
  active: boolean;
}

export type ServiceField =
  | 'categoryId'
  | 'name'
  | 'description'
  | 'duration'
  | 'price'
  | 'vatRateBp'
  | 'deposit'
  | 'bufferBefore'
  | 'bufferAfter'
  | 'cabinTypeId';

export type ServiceFormErrors = Partial<Record<ServiceField, string>>;

export function emptyServiceForm(categoryId: string): ServiceForm {
  return {
    categoryId,
    name: '',
    description: '',
    duration: '60',
    price: '',
    vatRateBp: 2000,
    depositKind: 'NONE',
    deposit: '',
    bufferBefore: '0',
    bufferAfter: '0',
    cabinTypeId: '',
    onlineBookable: true,
    active: true,
  };
}

/** "12,5" from 1250 basis points. */
export function percentInput(basisPoints: number): string {
  return (basisPoints / 100).toString().replace('.', ',');
}

export function serviceFormOf(service: SettingsServiceFieldsFragment): ServiceForm {
  return {
    categoryId: service.categoryId,
    name: service.name,
    description: service.description ?? '',
    duration: String(service.durationMinutes),
    price: eurosInput(service.priceCents),
    vatRateBp: service.vatRateBp,
    depositKind: service.depositKind,
    deposit:
      service.depositKind === 'PERCENT'
        ? percentInput(service.depositValue)
        : service.depositKind === 'FIXED'
          ? eurosInput(service.depositValue)
          : '',
    bufferBefore: String(service.bufferBeforeMinutes),
    bufferAfter: String(service.bufferAfterMinutes),
    cabinTypeId: service.cabinTypeId ?? '',
    onlineBookable: service.onlineBookable,
    active: service.active,
  };
}

/** Basis points from a typed percentage ("30", "12,5", "12.50 %"), or null. */
export function parsePercent(text: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{0,2}))?%?$/.exec(text.replace(/[\s\u00a0\u202f]/g, ''));
  if (match === null) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : null;
}

export function validateService(
  form: ServiceForm,
  serviceId?: string,
): { input: UpsertServiceInput; errors: null } | { input: null; errors: ServiceFormErrors } {
  const errors: ServiceFormErrors = {};
  if (form.categoryId === '') errors.categoryId = 'categoryRequired';
  const name = form.name.trim();
  if (name.length < 2 || name.length > 80) errors.name = 'serviceNameLength';
  const description = form.description.trim();
  if (description.length > 1000) errors.description = 'serviceDescriptionLength';

  const duration = wholeNumber(form.duration);
  if (duration === null) errors.duration = 'durationInvalid';
  else if (duration < 5) errors.duration = 'durationTooShort';
  else if (duration > 720) errors.duration = 'durationTooLong';

  const price = parseEuros(form.price);
  if (form.price.trim() === '') errors.price = 'priceRequired';
  else if (price === null) errors.price = 'priceInvalid';
  else if (price > MAX_PRICE_CENTS) errors.price = 'priceTooHigh';

  if (!(VAT_RATES_BP as readonly number[]).includes(form.vatRateBp)) errors.vatRateBp = 'vatInvalid';

  let depositValue = 0;
  if (form.depositKind === 'PERCENT') {
    const percent = parsePercent(form.deposit);
    if (percent === null || percent < 1 || percent > 10000) errors.deposit = 'depositPercentInvalid';
    else depositValue = percent;
  } else if (form.depositKind === 'FIXED') {
    const cents = parseEuros(form.deposit);
    if (cents === null || cents <= 0) errors.deposit = 'depositFixedInvalid';
    else depositValue = cents;
  }

  const bufferBefore = wholeNumber(form.bufferBefore);
  if (bufferBefore === null || bufferBefore > 240) errors.bufferBefore = 'bufferInvalid';
  const bufferAfter = wholeNumber(form.bufferAfter);
  if (bufferAfter === null || bufferAfter > 240) errors.bufferAfter = 'bufferInvalid';

  if (Object.keys(errors).length > 0) return { input: null, errors };
  return {
    input: {
      ...(serviceId ? { id: serviceId } : {}),
      categoryId: form.categoryId,
      name,
      description: description === '' ? null : description,
      durationMinutes: duration!,
      priceCents: price!,
      vatRateBp: form.vatRateBp,
      depositKind: form.depositKind,
      depositValue,
      bufferBeforeMinutes: bufferBefore!,
      bufferAfterMinutes: bufferAfter!,
      cabinTypeId: form.cabinTypeId === '' ? null : form.cabinTypeId,
      onlineBookable: form.onlineBookable,
      active: form.active,
    },
    errors: null,
  };
}

/** The server's field names (below `input.`) → the form's fields. */
const SERVER_FIELDS: Record<string, ServiceField> = {
  categoryId: 'categoryId',
  name: 'name',
  description: 'description',
  durationMinutes: 'duration',
  priceCents: 'price',
  vatRateBp: 'vatRateBp',
  depositKind: 'deposit',
  depositValue: 'deposit',
  bufferBeforeMinutes: 'bufferBefore',
  bufferAfterMinutes: 'bufferAfter',
  cabinTypeId: 'cabinTypeId',
};

/** The server's messages on the form's fields (they are already French). */
export function serverServiceErrors(fields: Record<string, string>): Partial<Record<ServiceField, string>> {
  const result: Partial<Record<ServiceField, string>> = {};
  for (const [field, message] of Object.entries(fields)) {
    const mine = SERVER_FIELDS[field];
    if (mine !== undefined) result[mine] ??= message;
  }
  return result;
}

export interface CategoryForm {
  name: string;
  description: string;
  color: string;
  active: boolean;
}

export type CategoryField = 'name' | 'description' | 'color';

export function validateCategory(
  form: CategoryForm,
):
  | { input: { name: string; description: string | null; color: string; active: boolean }; errors: null }
  | { input: null; errors: Partial<Record<CategoryField, string>> } {
  const errors: Partial<Record<CategoryField, string>> = {};
  const name = form.name.trim();
  if (name.length < 2 || name.length > 60) errors.name = 'categoryNameLength';
  const description = form.description.trim();
  if (description.length > 500) errors.description = 'categoryDescriptionLength';
  if (!/^#[0-9a-fA-F]{6}$/.test(form.color)) errors.color = 'colorInvalid';
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return {
    input: {
      name,
      description: description === '' ? null : description,
      color: form.color,
      active: form.active,
    },
    errors: null,
  };
}

/** `ids` with the item at `from` moved to `to` (both clamped indexes). */
export function moved(ids: readonly string[], from: number, to: number): string[] {
  const result = [...ids];
  const [item] = result.splice(from, 1);
  result.splice(Math.max(0, Math.min(to, result.length)), 0, item);
  return result;
}

/** A VAT rate for a menu or a row, `20 %` (non-breaking space). */
export function vatLabel(basisPoints: number): string {
  return `${percentInput(basisPoints)}\u00a0%`;
}
