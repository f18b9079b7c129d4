import type { GiftCardOrderMethod, PurchaseGiftCardInput, PurchaseGiftCardMutation } from '../../gql/graphql';

/** An order just placed: the card ordered and, when paid online, the payment to complete. */
export type GiftCardPurchase = PurchaseGiftCardMutation['purchaseGiftCard'];

/** The gift-card form as typed (strings where the visitor types), turned into the mutation's input. */
export interface GiftCardForm {
  /** `amount:<cents>` (a preset), `free` (typed amount) or `service:<id>`. */
  choice: string;
  freeAmount: string;
  buyerName: string;
  buyerEmail: string;
  buyerPhone: string;
  recipientName: string;
  recipientEmail: string;
  sendToBuyer: boolean;
  message: string;
  deliverOn: string;
  method: GiftCardOrderMethod | '';
}

export const EMPTY_FORM: GiftCardForm = {
  choice: '',
  freeAmount: '',
  buyerName: '',
  buyerEmail: '',
  buyerPhone: '',
  recipientName: '',
  recipientEmail: '',
  sendToBuyer: false,
  message: '',
  deliverOn: '',
  method: '',
};

/** "45", "45,50", "45.5" euros → cents; null when it is not an amount. */
export function parseEuros(typed: string): number | null {
  const text = typed.trim().replace(/\s|€/g, '').replace(',', '.');
  if (!/^\d{1,5}(\.\d{1,2})?$/.test(text)) return null;
  return Math.round(Number(text) * 100);
}

/** The face value the form stands for (a service's price), or null while nothing valid is chosen. */
export function chosenValueCents(
  form: Pick<GiftCardForm, 'choice' | 'freeAmount'>,
  services: readonly { id: string; priceCents: number }[],
): number | null {
  if (form.choice.startsWith('amount:')) return Number(form.choice.slice('amount:'.length));
  if (form.choice === 'free') return parseEuros(form.freeAmount);
  if (form.choice.startsWith('service:')) {
    const id = form.choice.slice('service:'.length);
    return services.find((s) => s.id === id)?.priceCents ?? null;
  }
  return null;
}

/**
 * What the browser checks before sending (the server checks everything again): the messages by the
 * input's field names, so that the server's refusals land in the same places.
 */
export function formProblems(
  form: GiftCardForm,
  bounds: { minFreeAmountCents: number; maxFreeAmountCents: number },
): Record<string, string> {
  const problems: Record<string, string> = {};
  if (form.choice === '') problems.amountCents = 'Choisissez un montant ou une prestation.';
  if (form.choice === 'free') {
    const cents = parseEuros(form.freeAmount);
    if (cents === null || cents < bounds.minFreeAmountCents || cents > bounds.maxFreeAmountCents) {
      problems.amountCents = `Choisissez un montant entre ${bounds.minFreeAmountCents / 100} € et ${bounds.maxFreeAmountCents / 100} €.`;
    }
  }
  if (form.buyerName.trim().length < 2) problems.buyerName = 'Indiquez votre nom.';
  if (!/^\S+@\S+\.\S+$/.test(form.buyerEmail.trim())) problems.buyerEmail = 'Adresse e-mail invalide.';
  if (form.recipientName.trim().length < 2) problems.recipientName = 'Indiquez le nom du bénéficiaire.';
  if (!form.sendToBuyer && !/^\S+@\S+\.\S+$/.test(form.recipientEmail.trim())) {
    problems.recipientEmail = 'Adresse e-mail du bénéficiaire invalide.';
  }
  if (form.method === '') problems.method = 'Choisissez un moyen de paiement.';
  return problems;
}

/** The mutation's input (call after `formProblems` found nothing). */
export function toPurchaseInput(form: GiftCardForm): PurchaseGiftCardInput {
  const service = form.choice.startsWith('service:') ? form.choice.slice('service:'.length) : null;
  return {
    amountCents: service === null ? chosenValueCents(form, []) : null,
    serviceId: service,
    buyerName: form.buyerName.trim(),
    buyerEmail: form.buyerEmail.trim(),
    buyerPhone: form.buyerPhone.trim() || null,
    recipientName: form.recipientName.trim(),
    recipientEmail: form.sendToBuyer ? null : form.recipientEmail.trim(),
    sendToBuyer: form.sendToBuyer,
    message: form.message.trim() || null,
    deliverOn: form.deliverOn || null,
    method: form.method as GiftCardOrderMethod,
  };
}

/** The confirmation page's address (the token is the order's only key; `GIFT_CARD_ORDER_PATH`). */
export function giftCardOrderPath(orderId: string, token: string): string {
  return `/cartes-cadeaux/commande/${encodeURIComponent(orderId)}?cle=${encodeURIComponent(token)}`;
}
