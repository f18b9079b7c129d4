import type { AccessRule } from './access.decorators.js';
import type { Role } from './roles.js';
import { ruleAllows } from './rule-allows.js';

const PUBLIC: AccessRule = { kind: 'public' };
const STAFF: AccessRule = { kind: 'roles', roles: ['STAFF'] };
const ADMIN: AccessRule = { kind: 'roles', roles: ['ADMIN'] };
const ANY: AccessRule = { kind: 'roles', roles: ['ADMIN', 'STAFF', 'ACCOUNTANT', 'CLIENT'] };
const READ_TILL: AccessRule = { kind: 'roles', roles: ['STAFF', 'ACCOUNTANT'] };
const AUDIT: AccessRule = { kind: 'roles', roles: ['ADMIN', 'ACCOUNTANT'] };

describe('ruleAllows', () => {
  it.each<[string, AccessRule | undefined, Role | undefined, boolean]>([
    ['no rule, admin', undefined, 'ADMIN', false],
    ['no rule, anonymous', undefined, undefined, false],
    ['public, anonymous', PUBLIC, undefined, true],
    ['public, client', PUBLIC, 'CLIENT', true],
    ['staff, anonymous', STAFF, undefined, false],
    ['staff, client', STAFF, 'CLIENT', false],
    ['staff, staff', STAFF, 'STAFF', true],
    ['staff, admin (ADMIN ⊃ STAFF)', STAFF, 'ADMIN', true],
    ['admin, staff', ADMIN, 'STAFF', false],
    ['admin, admin', ADMIN, 'ADMIN', true],
    ['any role, client', ANY, 'CLIENT', true],
    ['any role, anonymous', ANY, undefined, false],
    ['staff, accountant (ACCOUNTANT ⊅ STAFF)', STAFF, 'ACCOUNTANT', false],
    ['admin, accountant', ADMIN, 'ACCOUNTANT', false],
    ['staff or accountant, accountant', READ_TILL, 'ACCOUNTANT', true],
    ['staff or accountant, staff', READ_TILL, 'STAFF', true],
    ['staff or accountant, admin', READ_TILL, 'ADMIN', true],
    ['staff or accountant, client', READ_TILL, 'CLIENT', false],
    ['admin or accountant, staff', AUDIT, 'STAFF', false],
    ['admin or accountant, accountant', AUDIT, 'ACCOUNTANT', true],
    ['any role, accountant', ANY, 'ACCOUNTANT', true],
  ])('%s', (_name, rule, role, expected) => {
    expect(ruleAllows(rule, role)).toBe(expected);
  });
});
