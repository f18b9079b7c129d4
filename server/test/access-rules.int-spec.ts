import { Module } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { DOMAIN_MODULES } from '../src/app.module.js';
import { ACCESS_RULE } from '../src/common/auth/access.decorators.js';
import { findResolvers, rootOperations } from '../src/graphql/resolver-inventory.js';
import { createUser, loginAs } from './support/factories.js';
import { gql } from '@serenaia/test-support';
import { startTestApp, type TestApp } from './support/app.js';

/** A resolver someone forgot to protect: it must be refused for everyone, admins included. */
@Resolver()
class ForgottenResolver {
  @Query(() => String)
  forgottenSecret(): string {
    return 'leaked';
  }
}

@Module({ providers: [ForgottenResolver] })
class ForgottenModule {}

describe('access rules', () => {
  it('every Query, Mutation and Subscription of the application declares @Public() or @Roles()', () => {
    const operations = findResolvers(DOMAIN_MODULES).flatMap((r) => rootOperations(r));
    expect(operations.length).toBeGreaterThanOrEqual(6);
    const missing = operations
      .filter(
        (op) =>
          !Reflect.hasMetadata(ACCESS_RULE, (op.resolver.prototype as Record<string, object>)[op.method]) &&
          !Reflect.hasMetadata(ACCESS_RULE, op.resolver),
      )
      .map((op) => `${op.resolver.name}.${op.method}`);
    expect(missing).toEqual([]);
  });

  describe('deny by default', () => {
    let t: TestApp;
    let adminToken: string;

    beforeAll(async () => {
      t = await startTestApp({ extraModules: [ForgottenModule] });
      const admin = await createUser(t.dataSource, 'ADMIN');
      adminToken = (await loginAs(t.url, admin)).accessToken;
    });

    afterAll(async () => {
      await t.close();
    });

    it('refuses an operation without an access rule, even to an admin, and logs why', async () => {
      const anonymous = await gql(t.url, '{ forgottenSecret }');
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const asAdmin = await gql(t.url, '{ forgottenSecret }', {}, { token: adminToken });
      expect(asAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(asAdmin.data).toBeUndefined();
      expect(t.logs.some((l) => l.includes('No access rule on ForgottenResolver.forgottenSecret'))).toBe(
        true,
      );
    });

    it('does not offer an operation without an access rule in myPermissions', async () => {
      const res = await gql<{ myPermissions: string[] }>(
        t.url,
        '{ myPermissions }',
        {},
        { token: adminToken },
      );
      expect(res.data?.myPermissions).toContain('upsertService');
      expect(res.data?.myPermissions).not.toContain('forgottenSecret');
    });
  });
});
