import { Module } from '@nestjs/common';
import { ArchiveService } from './archive/archive.service.js';
import { SigningKeyRepository } from './archive/signing-key.repository.js';
import { SigningKeyService } from './archive/signing-key.service.js';
import { ClosureFactsRepository } from './journal/closure-facts.repository.js';
import { ClosureRepository } from './journal/closure.repository.js';
import { ClosureService } from './journal/closure.service.js';
import { JournalWriter } from './journal/journal-writer.service.js';
import { JournalRepository } from './journal/journal.repository.js';
import { VerifyJournalService } from './journal/verify-journal.service.js';
import { PosResolver } from './pos.resolver.js';
import { CashSessionService } from './till/cash-session.service.js';
import { TillGate } from './till/till-gate.service.js';
import { TillSignInRepository } from './till/till-sign-in.repository.js';
import { TillSignInService } from './till/till-sign-in.service.js';
import { TillRepository } from './till/till.repository.js';

@Module({
  providers: [
    JournalRepository,
    ClosureRepository,
    ClosureFactsRepository,
    TillRepository,
    SigningKeyRepository,
    JournalWriter,
    ClosureService,
    TillGate,
    TillSignInRepository,
    TillSignInService,
    CashSessionService,
    VerifyJournalService,
    SigningKeyService,
    ArchiveService,
    PosResolver,
  ],
  exports: [
    JournalWriter,
    JournalRepository,
    TillGate,
    TillSignInService,
    ClosureService,
    CashSessionService,
    VerifyJournalService,
    ArchiveService,
    ClosureFactsRepository,
  ],
})
export class PosModule {}
