import type { AccessRule } from './access.decorators.js';
import { roleSatisfies, type Role } from './roles.js';

/**
 * Whether a caller holding `role` (undefined: anonymous) passes an access rule. A missing rule refuses
 * everyone (deny by default). The AccessGuard and `myPermissions` both decide through this function,
 * so what the CRM offers is exactly what the server lets through.
 */
export function ruleAllows(rule: AccessRule | undefined, role: Role | undefined): boolean {
  if (rule === undefined) return false;
  if (rule.kind === 'public') return true;
  if (role === undefined) return false;
  return rule.roles.some((required) => roleSatisfies(role, required));
}
