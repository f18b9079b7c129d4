export { PosModule } from './pos.module.js';
export * from './pos.entities.js';
export { JournalWriter, type AppendedRecord, type JournalEntry } from './journal/journal-writer.service.js';
export { JournalKind, type ClosurePeriod } from './journal/journal-kind.js';
export { canonicalize, chainHash, shortHash } from './journal/canonical.js';
export type * from './journal/records.js';
export { TillGate } from './till/till-gate.service.js';
export { ClosureService } from './journal/closure.service.js';
export { CashSessionService } from './till/cash-session.service.js';
