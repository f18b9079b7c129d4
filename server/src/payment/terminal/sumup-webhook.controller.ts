import { Controller, HttpCode, Logger, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../common/auth/access.decorators.js';
import { PaymentSettingsService } from '../payment-settings.service.js';
import { parseReaderCallback } from './domain/sumup-callback.js';
import { TerminalProgressService } from './terminal-progress.service.js';

/**
 * SumUp's reader webhook (the checkout's `return_url`). It is unsigned, so it is only a reason to
 * look: the checkout is fetched from SumUp's API and that answer moves the ledger, never what the
 * callback claims. Well-formed bodies always get 200 (SumUp would otherwise retry; the poller covers
 * an API hiccup), malformed ones 400.
 */
@Controller('webhooks')
@Public()
export class SumUpWebhookController {
  private readonly logger = new Logger(SumUpWebhookController.name);

  constructor(
    private readonly settings: PaymentSettingsService,
    private readonly terminals: TerminalProgressService,
  ) {}

  @Post('sumup')
  @HttpCode(200)
  async readerCallback(
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<{ received: boolean; ignored?: boolean; error?: string }> {
    const callback = parseReaderCallback(req.body);
    if (callback === null) {
      res.status(400);
      return { received: false, error: 'not a reader checkout status change' };
    }
    const checkout = await this.terminals.findSumUpCheckout(callback.clientTransactionId);
    const merchantCode = (await this.settings.secrets()).sumup?.merchantCode ?? null;
    if (checkout === null || (callback.merchantCode !== null && callback.merchantCode !== merchantCode)) {
      this.logger.log(
        { clientTransactionId: callback.clientTransactionId },
        'SumUp callback for nothing of ours',
      );
      return { received: true, ignored: true };
    }
    let outcome: string;
    try {
      outcome = (await this.terminals.refresh(checkout.id)) ?? 'unknown';
    } catch (error) {
      outcome = 'not re-fetched';
      this.logger.warn(
        { checkoutId: checkout.id, err: (error as Error).message },
        'SumUp callback: re-fetch failed',
      );
    }
    this.logger.log(
      { checkoutId: checkout.id, event: callback.eventType, claimed: callback.claimedStatus, outcome },
      'SumUp callback',
    );
    return { received: true };
  }
}
