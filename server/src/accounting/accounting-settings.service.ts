import { Injectable } from '@nestjs/common';
import { BadUserInputError } from '../common/errors.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import type { AccountingSettingsEntity } from './accounting.entities.js';
import { AccountingRepository } from './accounting.repository.js';
import {
  ACCOUNT_NUMBER,
  DEFAULT_ACCOUNTS,
  JOURNAL_CODE,
  JOURNAL_KEYS,
  mergeSettings,
  type AccountingSettings,
  type AccountRef,
  type DepositTreatment,
  type FecEncoding,
  type JournalKey,
  type JournalRef,
} from './domain/chart.js';

export interface AccountingSettingsChanges {
  accounts?: { key: string; number: string; label: string }[];
  journals?: { key: string; code: string; label: string }[];
  fiscalYearStartMonth?: number;
  fecEncoding?: FecEncoding;
  depositTreatment?: DepositTreatment;
  depositVatRateBp?: number;
}

/** A mapping key the posting knows: a default key, or a line kind, tender kind, rate or provider. */
const MAPPING_KEY = /^(?:(?:revenue|tender|provider)\.[A-Z][A-Z0-9_]{1,30}|vat\.\d{1,4})$/;

/**
 * `accountingSettings` / `updateAccountingSettings`: the chart-of-accounts mapping, journal codes, fiscal
 * year and FEC encoding. Entries keep the accounts they were posted with (see docs/architecture.md).
 */
@Injectable()
export class AccountingSettingsService {
  constructor(
    private readonly repo: AccountingRepository,
    private readonly tx: TransactionRunner,
  ) {}

  async current(): Promise<AccountingSettings> {
    return merged(await this.repo.settings());
  }

  async update(changes: AccountingSettingsChanges): Promise<AccountingSettings> {
    return this.tx.run(async ({ manager }) => {
      const row = await this.repo.settings(manager, true);
      const next: Partial<AccountingSettingsEntity> = {};
      if (changes.accounts !== undefined)
        next.accounts = { ...row.accounts, ...accountsOf(changes.accounts) };
      if (changes.journals !== undefined) {
        next.journals = { ...row.journals, ...journalsOf(changes.journals) };
        const codes = Object.values(mergeSettings({ ...row, journals: next.journals }).journals).map(
          (j) => j.code,
        );
        if (new Set(codes).size !== codes.length) {
          throw new BadUserInputError('Deux journaux ne peuvent pas avoir le même code.', 'input.journals');
        }
      }
      if (changes.fiscalYearStartMonth !== undefined)
        next.fiscalYearStartMonth = changes.fiscalYearStartMonth;
      if (changes.fecEncoding !== undefined) next.fecEncoding = changes.fecEncoding;
      if (changes.depositTreatment !== undefined) next.depositTreatment = changes.depositTreatment;
      if (changes.depositVatRateBp !== undefined) next.depositVatRateBp = changes.depositVatRateBp;
      if (Object.keys(next).length > 0) await this.repo.saveSettings(manager, next);
      return merged({ ...row, ...next });
    });
  }
}

function merged(row: AccountingSettingsEntity): AccountingSettings {
  return mergeSettings(row);
}

function accountsOf(list: { key: string; number: string; label: string }[]): Record<string, AccountRef> {
  const out: Record<string, AccountRef> = {};
  list.forEach((a, i) => {
    if (!(a.key in DEFAULT_ACCOUNTS) && !MAPPING_KEY.test(a.key)) {
      throw new BadUserInputError(
        `Clé de correspondance inconnue : « ${a.key} ».`,
        `input.accounts.${i}.key`,
      );
    }
    if (!ACCOUNT_NUMBER.test(a.number)) {
      throw new BadUserInputError(
        'Numéro de compte invalide : une classe de 1 à 8 puis 2 à 15 chiffres ou majuscules (ex. 706, 467STR).',
        `input.accounts.${i}.number`,
      );
    }
    if (a.label.length < 1 || a.label.length > 100) {
      throw new BadUserInputError(
        'Le libellé du compte doit faire 1 à 100 caractères.',
        `input.accounts.${i}.label`,
      );
    }
    out[a.key] = { number: a.number, label: a.label };
  });
  return out;
}

function journalsOf(
  list: { key: string; code: string; label: string }[],
): Partial<Record<JournalKey, JournalRef>> {
  const out: Partial<Record<JournalKey, JournalRef>> = {};
  list.forEach((j, i) => {
    if (!(JOURNAL_KEYS as readonly string[]).includes(j.key)) {
      throw new BadUserInputError(`Journal inconnu : « ${j.key} ».`, `input.journals.${i}.key`);
    }
    if (!JOURNAL_CODE.test(j.code)) {
      throw new BadUserInputError(
        'Code journal invalide : 1 à 6 majuscules ou chiffres.',
        `input.journals.${i}.code`,
      );
    }
    if (j.label.length < 1 || j.label.length > 100) {
      throw new BadUserInputError(
        'Le libellé du journal doit faire 1 à 100 caractères.',
        `input.journals.${i}.label`,
      );
    }
    out[j.key as JournalKey] = { code: j.code, label: j.label };
  });
  return out;
}
