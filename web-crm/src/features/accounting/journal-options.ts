/** The journals an accountant filters by: the codes of the settings, else the defaults of ACCOUNTING.md. */
export const DEFAULT_JOURNALS = [
  { code: 'VE', label: 'Ventes' },
  { code: 'CA', label: 'Caisse' },
  { code: 'BQ', label: 'Banque' },
  { code: 'OD', label: 'Opérations diverses' },
  { code: 'AN', label: 'À nouveaux' },
];

export function journalOptions(
  journals: readonly { code: string; label: string }[] | undefined,
): { code: string; label: string }[] {
  return journals && journals.length > 0
    ? journals.map(({ code, label }) => ({ code, label }))
    : DEFAULT_JOURNALS;
}
