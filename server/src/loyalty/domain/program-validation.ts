import { TIER_CODES, type LoyaltyProgram } from './program.js';

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * What is wrong with a program an admin submits, each problem naming its field in French. Type and
 * range checks of single numbers are the input class's; this checks what only the whole says.
 */
export function programProblems(p: LoyaltyProgram): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  p.tiers.forEach((t, i) => {
    if (seen.has(t.code))
      problems.push({ field: `input.tiers.${i}.code`, message: `Le palier ${t.name} est en double.` });
    seen.add(t.code);
  });
  if (TIER_CODES.some((code) => !seen.has(code)))
    problems.push({ field: 'input.tiers', message: 'Indiquez les trois paliers : Bronze, Argent et Or.' });
  const byCode = new Map(p.tiers.map((t) => [t.code, t]));
  const bronze = byCode.get('BRONZE');
  const silver = byCode.get('SILVER');
  const gold = byCode.get('GOLD');
  const at = (code: string) => p.tiers.findIndex((t) => t.code === code);
  if (bronze && bronze.minSpendCents !== 0)
    problems.push({
      field: `input.tiers.${at('BRONZE')}.minSpendCents`,
      message: 'Le palier Bronze commence à 0 € de dépenses.',
    });
  if (bronze && silver && silver.minSpendCents <= bronze.minSpendCents)
    problems.push({
      field: `input.tiers.${at('SILVER')}.minSpendCents`,
      message: 'Le seuil du palier Argent doit dépasser celui du palier Bronze.',
    });
  if (silver && gold && gold.minSpendCents <= silver.minSpendCents)
    problems.push({
      field: `input.tiers.${at('GOLD')}.minSpendCents`,
      message: 'Le seuil du palier Or doit dépasser celui du palier Argent.',
    });
  const codes = new Set<string>();
  p.rewards.forEach((r, i) => {
    if (codes.has(r.code))
      problems.push({
        field: `input.rewards.${i}.code`,
        message: `Le code de récompense ${r.code} est en double.`,
      });
    codes.add(r.code);
    if (r.kind === 'AMOUNT_OFF' && (r.amountCents === null || r.amountCents <= 0))
      problems.push({
        field: `input.rewards.${i}.amountCents`,
        message: 'Indiquez le montant offert par cette récompense.',
      });
    if (r.kind === 'FREE_SERVICE' && r.serviceId === null)
      problems.push({ field: `input.rewards.${i}.serviceId`, message: 'Choisissez la prestation offerte.' });
  });
  return problems;
}
