import type { DomainEvent } from '../../common/transaction/unit-of-work.js';

/**
 * Two client records became one. Emitted inside the merge's transaction: modules that keep rows per
 * client (loyalty…) move them to the survivor from an in-transaction handler (`TransactionalEvents`),
 * before the commit that checks their deferred foreign keys.
 */
export class ClientMergedEvent implements DomainEvent {
  static readonly eventName = 'client.merged';
  readonly eventName = ClientMergedEvent.eventName;
  constructor(
    readonly survivorId: string,
    readonly mergedId: string,
  ) {}
}
