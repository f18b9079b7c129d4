import type { DomainEvent } from '../../common/transaction/unit-of-work.js';

export interface BlockSnapshot {
  id: string;
  practitionerId: string | null;
  cabinId: string | null;
  start: Date;
  end: Date;
  reason: string | null;
}

export class SlotBlockedEvent implements DomainEvent {
  static readonly eventName = 'slot.blocked';
  readonly eventName = SlotBlockedEvent.eventName;
  constructor(readonly block: BlockSnapshot) {}
}

export class SlotUnblockedEvent implements DomainEvent {
  static readonly eventName = 'slot.unblocked';
  readonly eventName = SlotUnblockedEvent.eventName;
  constructor(readonly block: BlockSnapshot) {}
}
