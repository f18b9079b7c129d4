import { Inject, Injectable, Logger } from '@nestjs/common';
import { BadUserInputError, ConflictError, NotFoundError } from '../../common/errors.js';
import { CONFIG } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { PaymentSettingsService } from '../payment-settings.service.js';
import {
  SumUpGateway,
  SumUpGatewayError,
  type SumUpCredentials,
  type SumUpReaderStatus,
} from '../providers/sumup.gateway.js';
import type { TerminalReaderType } from './dto/terminal.types.js';
import { NOT_CONFIGURED_MESSAGE, READER_NOT_FOUND_MESSAGE, userError } from './terminal-errors.js';
import type { TerminalReaderEntity } from './terminal.entities.js';
import { TerminalRepository } from './terminal.repository.js';

export const VIRTUAL_READER_ID = 'virtual';
export const VIRTUAL_READER_NAME = 'Terminal virtuel (démo)';

/** Paired card readers: listing them with their live status, pairing, renaming, removing. */
@Injectable()
export class TerminalReaderService {
  private readonly logger = new Logger(TerminalReaderService.name);

  constructor(
    private readonly repo: TerminalRepository,
    private readonly settings: PaymentSettingsService,
    private readonly sumup: SumUpGateway,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async credentials(): Promise<SumUpCredentials | null> {
    return (await this.settings.secrets()).sumup;
  }

  /** Demo mode: no SumUp keys, and the simulated provider allowed (never in production). */
  private async demo(): Promise<boolean> {
    return this.config.simulatedPayments && (await this.credentials()) === null;
  }

  /** A reader the point of sale may use now: paired, not removed, and of a provider that is active. */
  async usableReader(id: string): Promise<TerminalReaderEntity> {
    const reader = await this.repo.pairedReader(id);
    if (reader === null) throw new NotFoundError(READER_NOT_FOUND_MESSAGE);
    if (reader.provider === 'SIMULATED' && !(await this.demo()))
      throw new NotFoundError(READER_NOT_FOUND_MESSAGE);
    return reader;
  }

  async readers(): Promise<TerminalReaderType[]> {
    const credentials = await this.credentials();
    const demo = credentials === null && this.config.simulatedPayments;
    if (demo) {
      await this.repo.ensureReader({
        provider: 'SIMULATED',
        providerReaderId: VIRTUAL_READER_ID,
        name: VIRTUAL_READER_NAME,
      });
    }
    const rows = await this.repo.pairedReaders();
    const active = await this.repo.busyReaderIds();
    const visible = rows.filter((r) => r.provider === 'SUMUP' || demo);
    return Promise.all(
      visible.map(async (reader): Promise<TerminalReaderType> => {
        let status: SumUpReaderStatus | null = null;
        if (reader.provider === 'SIMULATED') {
          status = {
            status: 'ONLINE',
            state: active.has(reader.id) ? 'WAITING_FOR_CARD' : 'IDLE',
            batteryLevel: null,
          };
        } else if (credentials !== null) {
          status = await this.sumup
            .readerStatus(credentials, reader.providerReaderId)
            .catch((error: unknown) => {
              this.logger.warn(
                { readerId: reader.id, err: (error as Error).message },
                'Reader status unavailable',
              );
              return null;
            });
        }
        const state = status?.status === 'ONLINE' ? status.state : (status?.state ?? null);
        return {
          id: reader.id,
          name: reader.name,
          provider: reader.provider,
          serial: reader.serial,
          status: status?.status ?? 'UNKNOWN',
          state,
          busy: active.has(reader.id) || (state !== null && state !== 'IDLE' && status?.status === 'ONLINE'),
          batteryLevel: status?.batteryLevel ?? null,
          pairedAt: reader.pairedAt,
        };
      }),
    );
  }

  private async reader(id: string): Promise<TerminalReaderType> {
    const found = (await this.readers()).find((r) => r.id === id);
    if (!found) throw new NotFoundError(READER_NOT_FOUND_MESSAGE);
    return found;
  }

  async pairReader(pairingCode: string, name: string): Promise<TerminalReaderType> {
    const credentials = await this.credentials();
    if (credentials === null) throw new ConflictError(NOT_CONFIGURED_MESSAGE);
    const paired = await this.sumup.pairReader(credentials, pairingCode, name).catch((error: unknown) => {
      if (error instanceof SumUpGatewayError && (error.kind === 'NOT_FOUND' || error.kind === 'INVALID')) {
        const message =
          'Code d’appairage inconnu ou expiré : mettez le terminal en mode appairage (Réglages › Connexions › API) et saisissez le code qu’il affiche.';
        throw new BadUserInputError(message, [{ field: 'input.pairingCode', message }]);
      }
      throw userError(error);
    });
    const row = await this.repo.upsertSumUpReader({
      providerReaderId: paired.id,
      name,
      serial: paired.serial,
    });
    this.logger.log({ readerId: row.id, serial: paired.serial }, 'Card reader paired');
    return this.reader(row.id);
  }

  async renameReader(id: string, name: string): Promise<TerminalReaderType> {
    const reader = await this.usableReader(id);
    if (reader.provider === 'SUMUP') {
      const credentials = await this.credentials();
      if (credentials === null) throw new ConflictError(NOT_CONFIGURED_MESSAGE);
      await this.sumup.renameReader(credentials, reader.providerReaderId, name).catch((error: unknown) => {
        throw userError(error);
      });
    }
    await this.repo.updateReader(id, { name });
    return this.reader(id);
  }

  async removeReader(id: string): Promise<boolean> {
    const reader = await this.usableReader(id);
    if (reader.provider === 'SIMULATED') {
      throw new ConflictError('Le terminal virtuel de démonstration ne peut pas être retiré.');
    }
    if (await this.repo.readerBusy(id)) {
      throw new ConflictError(
        'Un paiement est en cours sur ce terminal : attendez qu’il se termine ou annulez-le avant de le retirer.',
      );
    }
    const credentials = await this.credentials();
    if (credentials === null) throw new ConflictError(NOT_CONFIGURED_MESSAGE);
    await this.sumup.deleteReader(credentials, reader.providerReaderId).catch((error: unknown) => {
      // Already gone at SumUp: unpairing here is all that is left to do.
      if (!(error instanceof SumUpGatewayError && error.kind === 'NOT_FOUND')) throw userError(error);
    });
    await this.repo.updateReader(id, { removedAt: new Date() });
    return true;
  }
}
