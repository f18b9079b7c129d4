import { Injectable } from '@nestjs/common';
import { BadUserInputError } from '../common/errors.js';
import { AccountingSettingsService } from './accounting-settings.service.js';
import { buildVatReport, vatPeriod, type VatReport } from './domain/vat-report.js';
import { VatReportRepository } from './vat-report.repository.js';

export interface VatPeriodRequest {
  from?: string | null;
  to?: string | null;
  year?: number | null;
  month?: number | null;
  quarter?: number | null;
}

/** Longest VAT report: a year and a day (the CA12 covers a fiscal year). */
const MAX_DAYS = 366;

/** `vatReport`: the VAT due per rate over a month, a quarter or a range, with the B2C daily summary. */
@Injectable()
export class VatReportService {
  constructor(
    private readonly repo: VatReportRepository,
    private readonly settings: AccountingSettingsService,
  ) {}

  async report(request: VatPeriodRequest): Promise<VatReport> {
    const period = vatPeriod(request);
    if ('error' in period) throw new BadUserInputError(period.error, period.field);
    const days = (Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / 86_400_000;
    if (days > MAX_DAYS)
      throw new BadUserInputError('Une déclaration de TVA couvre au plus un an.', 'period.to');
    const settings = await this.settings.current();
    const rows = await this.repo.rows(period.from, period.to);
    return buildVatReport(period, rows, {
      depositTreatment: settings.depositTreatment,
      depositVatRateBp: settings.depositVatRateBp,
    });
  }
}
