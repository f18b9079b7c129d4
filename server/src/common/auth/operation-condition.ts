import { SetMetadata } from '@nestjs/common';
import type { AuthUser } from './roles.js';

export const OPERATION_CONDITION = 'serenaia:operation-condition';

/**
 * A rule beyond the role for one root operation, decided by the module that owns it (staff refunds,
 * allowed by a payment setting). The owning service enforces it when the operation runs; `myPermissions`
 * asks it too, so the CRM never offers what the service would refuse.
 */
export interface OperationCondition {
  allows(user: AuthUser): Promise<boolean>;
}

/** Marks a provider implementing `OperationCondition` as the further rule of `operation`. */
export const ConditionOf = (operation: string): ClassDecorator =>
  SetMetadata<string, string>(OPERATION_CONDITION, operation);
