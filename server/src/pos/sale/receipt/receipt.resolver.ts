import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../../common/auth/access.decorators.js';
import type { AuthUser } from '../../../common/auth/roles.js';
import { ParseIdPipe } from '../../../common/validation.js';
import { CONFIG } from '../../../config/config.module.js';
import type { Config } from '../../../config/config.js';
import type { ReceiptModel } from './domain/receipt-model.js';
import { RECEIPT_LINK_TTL_MS, signReceiptLink, type ReceiptFormat } from './domain/receipt-link.js';
import {
  ReceiptFormatEnum,
  ReprintSaleReceiptInput,
  SaleReceiptPdfLinkType,
  SaleReceiptType,
  SendSaleReceiptInput,
  SendSaleReceiptResultType,
} from './dto/receipt.types.js';
import { receiptLinkKey } from './receipt-pdf.controller.js';
import { SaleReceiptService } from './sale-receipt.service.js';

const toType = (saleId: string, r: ReceiptModel): SaleReceiptType => ({
  ...r,
  saleId,
  issuedAt: new Date(r.issuedAt),
});

/** Receipts: read (STAFF, ACCOUNTANT), reprint as a DUPLICATA and send by e-mail (STAFF). */
@Resolver(() => SaleReceiptType)
export class ReceiptResolver {
  private readonly key: Buffer;

  constructor(
    private readonly receipts: SaleReceiptService,
    @Inject(CONFIG) config: Config,
  ) {
    this.key = receiptLinkKey(config);
  }

  @Roles('STAFF', 'ACCOUNTANT')
  @Query(() => SaleReceiptType, { description: 'The receipt of a completed ticket or credit note.' })
  async saleReceipt(
    @Args('saleId', { type: () => ID }, ParseIdPipe) saleId: string,
  ): Promise<SaleReceiptType> {
    return toType(saleId, await this.receipts.receipt(saleId));
  }

  @Roles('STAFF', 'ACCOUNTANT')
  @Query(() => SaleReceiptPdfLinkType, {
    description: 'A signed link to the receipt as PDF, valid five minutes.',
  })
  async saleReceiptPdfLink(
    @Args('saleId', { type: () => ID }, ParseIdPipe) saleId: string,
    @Args('format', { type: () => ReceiptFormatEnum, defaultValue: 'RECEIPT' }) format: ReceiptFormat,
  ): Promise<SaleReceiptPdfLinkType> {
    await this.receipts.receipt(saleId); // not found / not completed: said here, not by a dead link
    const expiresAt = Date.now() + RECEIPT_LINK_TTL_MS;
    const token = signReceiptLink(this.key, saleId, format, expiresAt);
    return {
      url: `/receipts/${saleId}/pdf?format=${format}&token=${encodeURIComponent(token)}`,
      expiresAt: new Date(expiresAt),
    };
  }

  @Roles('STAFF')
  @Mutation(() => SaleReceiptType, {
    description: 'Prints the receipt again: a numbered DUPLICATE record in the till’s journal.',
  })
  async reprintSaleReceipt(
    @Args('input') input: ReprintSaleReceiptInput,
    @CurrentUser() user: AuthUser,
  ): Promise<SaleReceiptType> {
    return toType(
      input.saleId,
      await this.receipts.reprint(input.saleId, { userId: user.id, sessionId: user.sessionId }),
    );
  }

  @Roles('STAFF')
  @Mutation(() => SendSaleReceiptResultType, {
    description: 'E-mails the receipt (to the client’s address unless one is given).',
  })
  async sendSaleReceipt(@Args('input') input: SendSaleReceiptInput): Promise<SendSaleReceiptResultType> {
    return { email: await this.receipts.send(input.saleId, input.email ?? null) };
  }
}
