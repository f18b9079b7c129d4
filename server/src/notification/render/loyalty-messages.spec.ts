import { preferGsm7, smsLength } from '../domain/sms-segments.js';
import {
  loyaltyBirthdayEmail,
  loyaltyReferralRewardEmail,
  loyaltyReferralWelcomeEmail,
  loyaltyRewardEmail,
  loyaltyRewardSms,
  loyaltyTierEmail,
  loyaltyTierSms,
  type LoyaltyMailContext,
} from './loyalty-messages.js';

// French grouping: a narrow no-break space (U+202F) between thousands.
const base: LoyaltyMailContext = {
  instituteName: 'Institut Lumière',
  firstName: 'Agathe',
  balance: 1520,
  tierName: 'Argent',
  tierDiscountBp: 500,
  rewards: [
    { name: 'Un soin offert', points: 1000 },
    { name: '10 € offerts', points: 500 },
  ],
  bookingUrl: 'https://institut.example',
  referralBonusPoints: 100,
  birthdayBonusPoints: 50,
};

describe('loyalty messages', () => {
  it('names the best reward the balance pays for, and every affordable one in the details', () => {
    const mail = loyaltyRewardEmail(base);
    expect(mail.subject).toBe('Une récompense vous attend chez Institut Lumière');
    expect(mail.paragraphs[1]).toContain(
      'Avec 1\u202f520 points sur votre carte de fidélité, « Un soin offert » est à vous.',
    );
    expect(mail.details).toEqual([
      ['Vos points', '1\u202f520 points'],
      ['Un soin offert', '1\u202f000 points'],
      ['10 € offerts', '500 points'],
    ]);
  });

  it('tells the tier and its benefit, or only thanks when the tier has none', () => {
    expect(loyaltyTierEmail(base).paragraphs[1]).toContain('5 % de remise sur les soins');
    expect(loyaltyTierEmail({ ...base, tierDiscountBp: 0 }).paragraphs[1]).toContain('Merci pour chacune');
    expect(loyaltyTierEmail(base).subject).toBe('Vous êtes cliente Argent chez Institut Lumière');
  });

  it('fits each SMS in one segment', () => {
    expect(loyaltyRewardSms(base)).toBe(
      'Institut Lumière : 1520 points, "Un soin offert" vous attend a votre prochaine visite.',
    );
    expect(loyaltyTierSms(base)).toBe('Institut Lumière : bienvenue au palier Argent : -5 % sur les soins.');
    for (const sms of [loyaltyRewardSms(base), loyaltyTierSms(base)])
      expect(smsLength(preferGsm7(sms))).toMatchObject({ encoding: 'GSM7', segments: 1 });
  });

  it('thanks the referrer, welcomes the referred client and wishes a happy birthday, with the bonus and the balance', () => {
    const referrer = loyaltyReferralRewardEmail(base);
    expect(referrer.subject).toBe('Merci pour votre parrainage chez Institut Lumière');
    expect(referrer.paragraphs[1]).toContain('100 points sont ajoutés à votre carte de fidélité');
    const welcome = loyaltyReferralWelcomeEmail(base);
    expect(welcome.subject).toBe('Bienvenue chez Institut Lumière : votre bonus de parrainage');
    expect(welcome.details).toEqual([
      ['Bonus de parrainage', '100 points'],
      ['Vos points', '1\u202f520 points'],
    ]);
    const birthday = loyaltyBirthdayEmail(base);
    expect(birthday.heading).toBe('Joyeux anniversaire, Agathe !');
    expect(birthday.paragraphs[1]).toContain('50 points sont ajoutés');
  });
});
