/**
 * The loyalty messages, in French, pure: a reward the client's points now pay for, a higher tier
 * reached, the referral bonus (to the referrer, and the welcome to the referred client) and the
 * birthday bonus. Rendered at send time from the account as it is then.
 */
import type { EmailContent } from './messages.js';

export interface LoyaltyMailContext {
  instituteName: string;
  firstName: string;
  balance: number;
  tierName: string;
  /** The tier's benefit in basis points off services (0: none). */
  tierDiscountBp: number;
  /** The rewards the balance pays for, most expensive first. */
  rewards: { name: string; points: number }[];
  bookingUrl: string;
  /** The program's referral and birthday bonuses, in points. */
  referralBonusPoints: number;
  birthdayBonusPoints: number;
}

const points = (n: number): string => `${new Intl.NumberFormat('fr-FR').format(n)} point${n > 1 ? 's' : ''}`;
const percent = (bp: number): string => `${new Intl.NumberFormat('fr-FR').format(bp / 100)} %`;

export function loyaltyRewardEmail(c: LoyaltyMailContext): EmailContent {
  const best = c.rewards[0];
  const what = best === undefined ? 'une récompense' : `« ${best.name} »`;
  return {
    subject: `Une récompense vous attend chez ${c.instituteName}`,
    preheader: `Vous avez ${points(c.balance)} : ${what} est à vous.`,
    heading: 'Une récompense vous attend',
    paragraphs: [
      `Bonjour ${c.firstName},`,
      `Avec ${points(c.balance)} sur votre carte de fidélité, ${what} est à vous. Demandez-la lors de votre prochaine visite : elle sera déduite de votre ticket avec votre accord.`,
      'Merci de votre fidélité.',
    ],
    details: [
      ['Vos points', points(c.balance)],
      ...c.rewards.map((r): [string, string] => [r.name, points(r.points)]),
    ],
    button: { label: 'Prendre rendez-vous', url: c.bookingUrl },
  };
}

export function loyaltyTierEmail(c: LoyaltyMailContext): EmailContent {
  const benefit =
    c.tierDiscountBp > 0
      ? `Vous bénéficiez désormais de ${percent(c.tierDiscountBp)} de remise sur les soins.`
      : 'Merci pour chacune de vos visites.';
  return {
    subject: `Vous êtes cliente ${c.tierName} chez ${c.instituteName}`,
    preheader: `Bienvenue au palier ${c.tierName}.`,
    heading: `Bienvenue au palier ${c.tierName}`,
    paragraphs: [
      `Bonjour ${c.firstName},`,
      `Vous atteignez le palier ${c.tierName} de notre programme de fidélité. ${benefit}`,
    ],
    details: [
      ['Palier', c.tierName],
      ['Vos points', points(c.balance)],
    ],
    button: { label: 'Prendre rendez-vous', url: c.bookingUrl },
  };
}

export function loyaltyReferralRewardEmail(c: LoyaltyMailContext): EmailContent {
  return {
    subject: `Merci pour votre parrainage chez ${c.instituteName}`,
    preheader: `${points(c.referralBonusPoints)} ajoutés à votre carte de fidélité.`,
    heading: 'Merci pour votre parrainage',
    paragraphs: [
      `Bonjour ${c.firstName},`,
      `La personne que vous nous avez recommandée est venue pour la première fois : ${points(c.referralBonusPoints)} sont ajoutés à votre carte de fidélité.`,
      'Merci de votre confiance.',
    ],
    details: [
      ['Bonus de parrainage', points(c.referralBonusPoints)],
      ['Vos points', points(c.balance)],
    ],
    button: { label: 'Prendre rendez-vous', url: c.bookingUrl },
  };
}

export function loyaltyReferralWelcomeEmail(c: LoyaltyMailContext): EmailContent {
  return {
    subject: `Bienvenue chez ${c.instituteName} : votre bonus de parrainage`,
    preheader: `${points(c.referralBonusPoints)} offerts pour votre première visite.`,
    heading: 'Bienvenue parmi nous',
    paragraphs: [
      `Bonjour ${c.firstName},`,
      `Merci pour votre première visite. Comme vous êtes venue sur recommandation, ${points(c.referralBonusPoints)} sont ajoutés à votre carte de fidélité.`,
    ],
    details: [
      ['Bonus de parrainage', points(c.referralBonusPoints)],
      ['Vos points', points(c.balance)],
    ],
    button: { label: 'Prendre rendez-vous', url: c.bookingUrl },
  };
}

export function loyaltyBirthdayEmail(c: LoyaltyMailContext): EmailContent {
  return {
    subject: `Joyeux anniversaire de la part de ${c.instituteName}`,
    preheader: `${points(c.birthdayBonusPoints)} offerts sur votre carte de fidélité.`,
    heading: `Joyeux anniversaire, ${c.firstName} !`,
    paragraphs: [
      `Bonjour ${c.firstName},`,
      `Toute l’équipe vous souhaite un très joyeux anniversaire. Pour l’occasion, ${points(c.birthdayBonusPoints)} sont ajoutés à votre carte de fidélité.`,
    ],
    details: [
      ['Cadeau d’anniversaire', points(c.birthdayBonusPoints)],
      ['Vos points', points(c.balance)],
    ],
    button: { label: 'Prendre rendez-vous', url: c.bookingUrl },
  };
}

/**
 * The SMS: one GSM-7 segment with a usual name (the sender already names the institute), so plain
 * digits and quotes (no narrow spaces, no guillemets).
 */
export function loyaltyRewardSms(c: LoyaltyMailContext): string {
  const best = c.rewards[0];
  const what = best === undefined ? 'une recompense' : `"${best.name}"`;
  return `${c.instituteName} : ${c.balance} points, ${what} vous attend a votre prochaine visite.`;
}

export function loyaltyTierSms(c: LoyaltyMailContext): string {
  const benefit = c.tierDiscountBp > 0 ? ` : -${c.tierDiscountBp / 100} % sur les soins` : '';
  return `${c.instituteName} : bienvenue au palier ${c.tierName}${benefit}.`;
}
