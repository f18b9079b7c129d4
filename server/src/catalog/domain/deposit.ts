/**
 * Deposit (acompte) of a service from its rule: none, a percentage of the price (basis points,
 * rounded half up to the cent), or a fixed amount capped at the price. Pure.
 */
import type { DepositKind } from '../catalog.entities.js';

export interface DepositRule {
  depositKind: DepositKind;
  depositValue: number;
}

export function depositCents(priceCents: number, rule: DepositRule): number {
  switch (rule.depositKind) {
    case 'NONE':
      return 0;
    case 'PERCENT':
      // Half up: 12,345 € × 30 % = 3,7035 € → 3,70 €; integer arithmetic only.
      return Math.floor((priceCents * rule.depositValue + 5000) / 10000);
    case 'FIXED':
      return Math.min(priceCents, rule.depositValue);
  }
}

/** French messages for an inconsistent rule; empty when valid. */
export function depositRuleProblems(rule: DepositRule): string[] {
  switch (rule.depositKind) {
    case 'NONE':
      return rule.depositValue === 0 ? [] : ["Sans acompte, la valeur de l'acompte doit être 0."];
    case 'PERCENT':
      return Number.isInteger(rule.depositValue) && rule.depositValue >= 1 && rule.depositValue <= 10000
        ? []
        : ["Le pourcentage d'acompte doit être compris entre 0,01 % et 100 %."];
    case 'FIXED':
      return Number.isInteger(rule.depositValue) && rule.depositValue > 0
        ? []
        : ["Le montant fixe de l'acompte doit être positif."];
  }
}

/** VAT rates in force in France, in basis points. */
export const FRENCH_VAT_RATES_BP = [2000, 1000, 550, 210, 0] as const;
