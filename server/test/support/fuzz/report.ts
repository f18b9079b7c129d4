/** The fuzz suite's summary: what was sent and what came back. Pure. */
import type { RunStats } from './runner.js';

export interface ReportInput {
  seed: number;
  runs: number;
  operations: number;
  positions: number;
  cases: number;
  stats: RunStats;
  seconds: number;
}

const table = (title: string, map: Map<string, number>): string =>
  `${title}:\n${[...map.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, n]) => `  ${key.padEnd(48)} ${n}`)
    .join('\n')}`;

export function formatReport(input: ReportInput): string {
  return [
    `Fuzz report — seed ${input.seed}, FUZZ_RUNS=${input.runs}`,
    `${input.operations} operations, ${input.positions} input positions, ${input.cases} cases, ` +
      `${input.stats.requests} requests (fixture and attacks aside), ${input.seconds.toFixed(1)} s since start`,
    table('Requests per class', input.stats.byClass),
    table('Requests per role', input.stats.byRole),
    table('Requests per operation', input.stats.byOperation),
    table('Milliseconds per class', input.stats.msByClass),
    table('Answers per class (error codes)', input.stats.codes),
    table(
      'Valid baselines, sent after the cases (an error here means weaker cases for that operation)',
      input.stats.baselines,
    ),
  ].join('\n\n');
}
