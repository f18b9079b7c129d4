/**
 * The loyalty program as an admin types it (numbers as text, euros "12,50", percentages "10") and back
 * to the GraphQL input. Bad text gives French errors keyed by the input path the server uses
 * (`input.tiers.2.minSpendCents`), so the server's field errors land on the same fields. Pure.
 */
import { eurosInput, parseEuros } from '../../shared/money';
import type { LoyaltyProgramFieldsFragment, PointsRounding } from '../../gql/graphql';

export interface TierRow {
  code: LoyaltyProgramFieldsFragment['tiers'][number]['code'];
  name: string;
  minSpendEuros: string;
  discountPercent: string;
}
export interface RewardRow {
  code: string;
  name: string;
  points: string;
  kind: LoyaltyProgramFieldsFragment['rewards'][number]['kind'];
  amountEuros: string;
  serviceId: string | null;
}
export interface ProgramForm {
  enabled: boolean;
  servicePointsPerEuro: string;
  productPointsPerEuro: string;
  rounding: PointsRounding;
  expiryMonths: string;
  birthdayBonusPoints: string;
  referralBonusPoints: string;
  tiers: TierRow[];
  rewards: RewardRow[];
}
export type ProgramErrors = Record<string, string>;

export function programForm(p: LoyaltyProgramFieldsFragment): ProgramForm {
  return {
    enabled: p.enabled,
    servicePointsPerEuro: String(p.servicePointsPerEuro),
    productPointsPerEuro: String(p.productPointsPerEuro),
    rounding: p.rounding,
    expiryMonths: String(p.expiryMonths),
    birthdayBonusPoints: String(p.birthdayBonusPoints),
    referralBonusPoints: String(p.referralBonusPoints),
    tiers: p.tiers.map((t) => ({
      code: t.code,
      name: t.name,
      minSpendEuros: eurosInput(t.minSpendCents),
      discountPercent: String(t.serviceDiscountBp / 100).replace('.', ','),
    })),
    rewards: p.rewards.map((r) => ({
      code: r.code,
      name: r.name,
      points: String(r.points),
      kind: r.kind,
      amountEuros: r.amountCents === null || r.amountCents === undefined ? '' : eurosInput(r.amountCents),
      serviceId: r.serviceId ?? null,
    })),
  };
}

function whole(text: string): number | null {
  const t = text.trim();
  return /^\d{1,7}$/.test(t) ? Number(t) : null;
}

function percentBp(text: string): number | null {
  const m = /^(\d{1,2})(?:[.,](\d{1,2}))?$/.exec(text.trim().replace(/\s*%$/, ''));
  return m === null ? null : Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** The GraphQL input, or the errors (by input path) that keep it from being sent. */
export function programInput(
  f: ProgramForm,
): { ok: true; input: LoyaltyProgramFieldsFragment } | { ok: false; errors: ProgramErrors } {
  const errors: ProgramErrors = {};
  const num = (path: string, text: string, message: string) => {
    const n = whole(text);
    if (n === null) errors[path] = message;
    return n ?? 0;
  };
  const points = 'Saisissez un nombre entier de points.';
  const input: LoyaltyProgramFieldsFragment = {
    enabled: f.enabled,
    servicePointsPerEuro: num('input.servicePointsPerEuro', f.servicePointsPerEuro, points),
    productPointsPerEuro: num('input.productPointsPerEuro', f.productPointsPerEuro, points),
    rounding: f.rounding,
    expiryMonths: num('input.expiryMonths', f.expiryMonths, 'Saisissez un nombre entier de mois.'),
    birthdayBonusPoints: num('input.birthdayBonusPoints', f.birthdayBonusPoints, points),
    referralBonusPoints: num('input.referralBonusPoints', f.referralBonusPoints, points),
    tiers: f.tiers.map((t, i) => {
      const spend = parseEuros(t.minSpendEuros);
      if (spend === null)
        errors[`input.tiers.${i}.minSpendCents`] = 'Saisissez un montant en euros (par exemple 500).';
      const bp = percentBp(t.discountPercent);
      if (bp === null)
        errors[`input.tiers.${i}.serviceDiscountBp`] = 'Saisissez un pourcentage (par exemple 10).';
      return { code: t.code, name: t.name.trim(), minSpendCents: spend ?? 0, serviceDiscountBp: bp ?? 0 };
    }),
    rewards: f.rewards.map((r, i) => {
      let amountCents: number | null = null;
      if (r.kind === 'AMOUNT_OFF') {
        amountCents = parseEuros(r.amountEuros);
        if (amountCents === null || amountCents === 0)
          errors[`input.rewards.${i}.amountCents`] = 'Saisissez le montant offert en euros.';
      }
      return {
        code: r.code.trim().toUpperCase(),
        name: r.name.trim(),
        points: num(`input.rewards.${i}.points`, r.points, points),
        kind: r.kind,
        amountCents,
        serviceId: r.kind === 'FREE_SERVICE' ? r.serviceId : null,
      };
    }),
  };
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input };
}
