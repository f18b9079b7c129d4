export const ACCRUE_SALE = 'accrue-sale';
export const REVERSE_CREDIT_NOTE = 'reverse-credit-note';
export const EXPIRE_POINTS = 'expire-points';
export const REFRESH_TIERS = 'refresh-tiers';
export const BIRTHDAY_BONUSES = 'birthday-bonuses';
