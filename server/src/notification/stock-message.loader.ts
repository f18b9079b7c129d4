import { Inject, Injectable } from '@nestjs/common';
import { CONFIG } from '../config/config.module.js';
import type { Config } from '../config/config.js';
import { GiftCardDocumentService } from '../gift-card/index.js';
import { PurchaseOrderService } from '../inventory/index.js';
import { receiptPdf, SaleReceiptService } from '../pos/index.js';
import { letterheadOf } from '../settings/index.js';
import { MessageSourceRepository } from './message-source.repository.js';
import type { StockTemplate } from './notification.entities.js';
import { renderEmailHtml, renderEmailText } from './render/email-layout.js';
import type { MessageContext } from './render/messages.js';
import type { RenderedEmail } from './render/render.js';
import { lowStockEmail, purchaseOrderEmail, type PurchaseOrderContext } from './render/stock-messages.js';
import { purchaseOrderPdf } from './render/purchase-order-pdf.js';
import { saleReceiptEmail } from './render/receipt-messages.js';
import { giftCardEmail, giftCardExpiryReminderEmail } from './render/gift-card-messages.js';

const UNIT_LABELS = { PIECE: 'unité(s)', ML: 'ml', G: 'g' } as const;

export interface RenderedStockEmail extends RenderedEmail {
  attachments: { filename: string; contentType: string; content: Buffer }[];
}

/** Reads and renders the messages with no booking (stock, till receipts) at send time. */
@Injectable()
export class StockMessageLoader {
  constructor(
    private readonly sources: MessageSourceRepository,
    @Inject(CONFIG) private readonly config: Config,
    private readonly orders: PurchaseOrderService,
    private readonly receipts: SaleReceiptService,
    private readonly giftCards: GiftCardDocumentService,
  ) {}

  /** `recipient`: the address the message goes to (a gift card's copy to its buyer reads differently). */
  async render(template: StockTemplate, subjectId: string, recipient = ''): Promise<RenderedStockEmail> {
    const institute = await this.institute();
    if (template === 'GIFT_CARD' || template === 'GIFT_CARD_EXPIRY_REMINDER') {
      const { card, document, pdf, filename } = await this.giftCards.printout(subjectId);
      const toRecipient =
        card.recipientEmail === null || card.recipientEmail.toLowerCase() === recipient.toLowerCase();
      const ctx = {
        instituteName: institute.name,
        kind: card.kind,
        faceValueCents: card.faceValueCents,
        balanceCents: card.balanceCents,
        serviceName: card.serviceName,
        recipientName: card.recipientName,
        // "Send it to me": the buyer receives the card to hand over, not a gift from themself.
        buyerName: card.recipientEmail === null ? null : card.buyerName,
        message: card.message,
        code: document.code,
        expiresAt: document.expiresAt,
        role: toRecipient ? ('RECIPIENT' as const) : ('BUYER_COPY' as const),
        recipientEmail: card.recipientEmail,
        balanceUrl: `${this.config.publicUrl.replace(/\/+$/, '')}/cartes-cadeaux/solde`,
      };
      const content = template === 'GIFT_CARD' ? giftCardEmail(ctx) : giftCardExpiryReminderEmail(ctx);
      return {
        subject: content.subject,
        html: await renderEmailHtml(content, institute),
        text: renderEmailText(content, institute),
        calendar: null,
        replyTo: institute.email,
        attachments: [{ filename, contentType: 'application/pdf', content: pdf }],
      };
    }
    if (template === 'SALE_RECEIPT') {
      const receipt = await this.receipts.receipt(subjectId);
      const content = saleReceiptEmail(receipt);
      return {
        subject: content.subject,
        html: await renderEmailHtml(content, institute),
        text: renderEmailText(content, institute),
        calendar: null,
        replyTo: institute.email,
        attachments: [
          {
            filename: `${receipt.kind === 'CREDIT_NOTE' ? 'avoir' : 'ticket'}-${receipt.number}.pdf`,
            contentType: 'application/pdf',
            content: await receiptPdf(receipt, 'RECEIPT'),
          },
        ],
      };
    }
    if (template === 'LOW_STOCK') {
      const product = await this.sources.productWithSupplier(subjectId);
      if (product === null) throw new Error(`Product ${subjectId} not found`);
      const content = lowStockEmail({
        product: {
          name: product.name,
          brand: product.brand,
          quantity: product.quantity,
          threshold: product.threshold ?? 0,
          unitLabel: UNIT_LABELS[product.unit],
        },
        supplierName: product.supplier?.name ?? null,
        crmUrl: `${this.config.publicUrl.replace(/\/+$/, '')}/crm/stock`,
      });
      return {
        subject: content.subject,
        html: await renderEmailHtml(content, institute),
        text: renderEmailText(content, institute),
        calendar: null,
        replyTo: null,
        attachments: [],
      };
    }
    const { order, lines } = await this.orders.get(subjectId);
    const ctx: PurchaseOrderContext = {
      institute,
      order: {
        reference: order.reference,
        supplierName: order.supplier?.name ?? '',
        contactName: order.supplier?.contactName ?? null,
        notes: order.notes,
        lines: lines.map((l) => ({
          name: l.product?.name ?? '',
          barcode: l.product?.barcode ?? null,
          quantity: l.quantityOrdered,
          unitCostCents: l.unitCostCents,
        })),
      },
    };
    const content = purchaseOrderEmail(ctx);
    return {
      subject: content.subject,
      html: await renderEmailHtml(content, institute),
      text: renderEmailText(content, institute),
      calendar: null,
      replyTo: institute.email,
      attachments: [
        {
          filename: `${order.reference}.pdf`,
          contentType: 'application/pdf',
          content: await purchaseOrderPdf(ctx, order.createdAt.getTime()),
        },
      ],
    };
  }

  /** The institute as e-mails show it (header, footer), for messages with no booking. */
  async institute(): Promise<MessageContext['institute']> {
    return letterheadOf(await this.sources.institute());
  }
}
