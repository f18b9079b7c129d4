/** The till's sale rules, as stored and as the journal's SETTING_CHANGED records state them. */
export interface SaleRules {
  staffMaxDiscountBp: number;
  staffMaxCreditNoteCents: number;
}

export interface SettingChange {
  field: string;
  from: number;
  to: number;
}

/** The fields whose value changes from `before` to `after`, in a fixed order (pure). */
export function settingChanges(before: SaleRules, after: SaleRules): SettingChange[] {
  const fields: (keyof SaleRules)[] = ['staffMaxDiscountBp', 'staffMaxCreditNoteCents'];
  return fields
    .filter((field) => before[field] !== after[field])
    .map((field) => ({ field, from: before[field], to: after[field] }));
}
