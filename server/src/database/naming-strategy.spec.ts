import { SnakeNamingStrategy, constraintName, snakeCase } from './naming-strategy.js';

describe('snakeCase', () => {
  it.each([
    ['priceCents', 'price_cents'],
    ['startsAt', 'starts_at'],
    ['addressLine1', 'address_line1'],
    ['sirenID', 'siren_id'],
    ['HTTPStatus', 'http_status'],
    ['already_snake', 'already_snake'],
  ])('%s → %s', (input, output) => {
    expect(snakeCase(input)).toBe(output);
  });
});

describe('SnakeNamingStrategy', () => {
  const strategy = new SnakeNamingStrategy();

  it('names tables from entity classes', () => {
    expect(strategy.tableName('BookingItemEntity', undefined)).toBe('booking_item');
    expect(strategy.tableName('UserEntity', 'app_user')).toBe('app_user');
  });

  it('names columns, with embedded prefixes', () => {
    expect(strategy.columnName('priceCents', undefined, [])).toBe('price_cents');
    expect(strategy.columnName('city', undefined, ['billingAddress'])).toBe('billing_address_city');
  });

  it('gives readable constraint names within 63 bytes', () => {
    expect(strategy.uniqueConstraintName('app_user', ['email'])).toBe('uq_app_user_email');
    expect(strategy.foreignKeyName('refresh_token', ['user_id'])).toBe('fk_refresh_token_user_id');
    const long = constraintName('ix', 'a_really_long_table_name_for_testing', [
      'first_long_column',
      'second_long_column',
    ]);
    expect(long.length).toBeLessThanOrEqual(63);
    expect(long).toMatch(/^ix_a_really_long_table_name_.*_[0-9a-f]{8}$/);
  });
});
