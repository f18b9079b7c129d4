import type { DataSource } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../../src/auth/password.js';
import type { Role } from '../../src/common/auth/roles.js';
import { gqlOk } from '@serenaia/test-support';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  role: Role;
}

export async function createUser(
  db: DataSource,
  role: Role,
  overrides: Partial<TestUser> = {},
): Promise<TestUser> {
  const email = overrides.email ?? `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@example.test`;
  const password = overrides.password ?? `pw-${randomBytes(6).toString('hex')}`;
  const rows: { id: string }[] = await db.query(
    `INSERT INTO app_user (email, password_hash, role, first_name, last_name)
     VALUES ($1, $2, $3, 'Test', $4) RETURNING id`,
    [email, await hashPassword(password), role, role],
  );
  return { id: rows[0].id, email, password, role };
}

const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { accessToken refreshToken user { id role } }
}`;

export async function loginAs(
  url: string,
  user: TestUser,
): Promise<{ accessToken: string; refreshToken: string }> {
  const data = await gqlOk<{ login: { accessToken: string; refreshToken: string } }>(url, LOGIN, {
    input: { email: user.email, password: user.password },
  });
  return data.login;
}

export async function insertInstitute(db: DataSource): Promise<void> {
  await db.query(
    `INSERT INTO institute (id, name, legal_name, address_line1, postal_code, city, siret, vat_number)
     VALUES (1, 'Institut Test', 'Institut Test SAS', '1 rue de la Paix', '75002', 'Paris', '91234567500017', 'FR65912345675')
     ON CONFLICT (id) DO NOTHING`,
  );
}
