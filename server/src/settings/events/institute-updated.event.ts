import type { DomainEvent } from '../../common/transaction/unit-of-work.js';

export class InstituteUpdatedEvent implements DomainEvent {
  static readonly eventName = 'institute.updated';
  readonly eventName = InstituteUpdatedEvent.eventName;

  constructor(
    readonly updatedBy: string,
    readonly changedFields: string[],
  ) {}
}
