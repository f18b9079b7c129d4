import { Inject, Injectable } from '@nestjs/common';
import { BadUserInputError } from '../common/errors.js';
import { isIsoDate, type IsoDate } from '../common/time.js';
import { CONFIG } from '../config/config.module.js';
import type { Config } from '../config/config.js';
import { SettingsService } from '../settings/index.js';
import { AccountingRepository } from './accounting.repository.js';
import type { FecEncoding } from './domain/chart.js';
import { encodeLatin9, fecFileName, fecHeader, fecLine } from './domain/fec-format.js';
import { FEC_LINK_TTL_MS, signFecLink, verifyFecLink } from './domain/fec-link.js';
import { FecValidator, type FecReport } from './domain/fec-validator.js';

export interface FecExport {
  url: string;
  fileName: string;
  expiresAt: Date;
  report: FecReport;
}

export interface FecDownload {
  fileName: string;
  contentType: string;
  body: AsyncGenerator<Buffer>;
}

/** Longest exportable range: a fiscal year may last up to 24 months (first or irregular year). */
const MAX_DAYS = 731;

/**
 * `fecExport`: runs the validator over the file as it would be downloaded (streamed from the cursor,
 * never held), then hands out a signed, short-lived link to the REST route that streams it again.
 */
@Injectable()
export class FecExportService {
  constructor(
    private readonly repo: AccountingRepository,
    private readonly settings: SettingsService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async export(input: { from: IsoDate; to: IsoDate; now: Date }): Promise<FecExport> {
    checkRange(input.from, input.to);
    const validator = new FecValidator({ from: input.from, to: input.to });
    for await (const text of this.lines(input.from, input.to)) {
      for (const line of text.split('\r\n')) if (line !== '') validator.push(line);
    }
    const expiresAt = new Date(input.now.getTime() + FEC_LINK_TTL_MS);
    const token = signFecLink(
      { from: input.from, to: input.to, exp: expiresAt.getTime() },
      this.config.jwtSecret,
    );
    return {
      url: `${this.config.publicUrl.replace(/\/$/, '')}/accounting/fec?token=${token}`,
      fileName: await this.fileName(input.to),
      expiresAt,
      report: validator.finish(),
    };
  }

  /** The file of a signed link, or null when the link is not genuine or has expired. */
  async download(token: string, now: Date): Promise<FecDownload | null> {
    const claims = verifyFecLink(token, this.config.jwtSecret, now.getTime());
    if (claims === null) return null;
    const { fecEncoding } = await this.repo.settings();
    return {
      fileName: await this.fileName(claims.to),
      contentType: `text/plain; charset=${fecEncoding === 'UTF-8' ? 'utf-8' : 'iso-8859-15'}`,
      body: this.encoded(claims.from, claims.to, fecEncoding),
    };
  }

  private async *encoded(from: string, to: string, encoding: FecEncoding): AsyncGenerator<Buffer> {
    for await (const text of this.lines(from, to)) {
      yield encoding === 'UTF-8' ? Buffer.from(text, 'utf8') : encodeLatin9(text);
    }
  }

  /** The header, then one chunk of text per cursor batch. */
  private async *lines(from: string, to: string): AsyncGenerator<string> {
    yield fecHeader();
    for await (const rows of this.repo.fecRows(from, to)) {
      let chunk = '';
      for (const r of rows) chunk += fecLine(r);
      yield chunk;
    }
  }

  private async fileName(closingDate: string): Promise<string> {
    const institute = await this.settings.institute();
    return fecFileName(institute.siret.slice(0, 9), closingDate);
  }
}

function checkRange(from: string, to: string): void {
  if (!isIsoDate(from)) throw new BadUserInputError('Date de début invalide.', 'input.from');
  if (!isIsoDate(to)) throw new BadUserInputError('Date de fin invalide.', 'input.to');
  if (to < from) throw new BadUserInputError('La date de fin précède la date de début.', 'input.to');
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
  if (days > MAX_DAYS) throw new BadUserInputError('Un FEC couvre au plus 24 mois.', 'input.to');
}
