import { Inject, Injectable } from '@nestjs/common';
import { BadUserInputError } from '../common/errors.js';
import { isIsoDate } from '../common/time.js';
import { CONFIG } from '../config/config.module.js';
import type { Config } from '../config/config.js';
import { csvFileName, csvHeader, csvLine } from './domain/entries-csv.js';
import { FEC_LINK_TTL_MS, signFecLink, verifyFecLink } from './domain/fec-link.js';
import { EntriesCsvRepository } from './entries-csv.repository.js';

export interface CsvLink {
  url: string;
  fileName: string;
  expiresAt: Date;
}

/** Longest range of one CSV export (two fiscal years). */
const MAX_DAYS = 731;

/**
 * `accountingEntriesCsv`: a signed, short-lived link to the REST route that streams the entry lines as
 * CSV (docs/accounting-csv.md). The link carries the range and whether drafts are left out.
 */
@Injectable()
export class EntriesCsvService {
  constructor(
    private readonly repo: EntriesCsvRepository,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  link(input: { from: string; to: string; validatedOnly: boolean; now: Date }): CsvLink {
    if (!isIsoDate(input.from)) throw new BadUserInputError('Date de début invalide.', 'input.from');
    if (!isIsoDate(input.to)) throw new BadUserInputError('Date de fin invalide.', 'input.to');
    if (input.to < input.from)
      throw new BadUserInputError('La date de fin précède la date de début.', 'input.to');
    const days = (Date.parse(`${input.to}T00:00:00Z`) - Date.parse(`${input.from}T00:00:00Z`)) / 86_400_000;
    if (days > MAX_DAYS) throw new BadUserInputError('Un export couvre au plus 24 mois.', 'input.to');
    const expiresAt = new Date(input.now.getTime() + FEC_LINK_TTL_MS);
    const token = signFecLink(
      { from: input.from, to: input.to, exp: expiresAt.getTime(), validatedOnly: input.validatedOnly },
      this.config.jwtSecret,
      'entries-csv',
    );
    return {
      url: `${this.config.publicUrl.replace(/\/$/, '')}/accounting/entries.csv?token=${token}`,
      fileName: csvFileName(input.from, input.to),
      expiresAt,
    };
  }

  /** The file of a signed link, or null when the link is not genuine or has expired. */
  download(token: string, now: Date): { fileName: string; body: AsyncGenerator<Buffer> } | null {
    const claims = verifyFecLink(token, this.config.jwtSecret, now.getTime(), 'entries-csv');
    if (claims === null) return null;
    return {
      fileName: csvFileName(claims.from, claims.to),
      body: this.stream(claims.from, claims.to, claims.validatedOnly === true),
    };
  }

  private async *stream(from: string, to: string, validatedOnly: boolean): AsyncGenerator<Buffer> {
    yield Buffer.from(csvHeader(), 'utf8');
    for await (const rows of this.repo.rows(from, to, validatedOnly)) {
      let chunk = '';
      for (const r of rows) chunk += csvLine(r);
      yield Buffer.from(chunk, 'utf8');
    }
  }
}
