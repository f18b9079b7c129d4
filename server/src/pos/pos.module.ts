import { Module } from '@nestjs/common';
import { ArchiveService } from './archive/archive.service.js';
import { SigningKeyService } from './archive/signing-key.service.js';
import { ClosureService } from './journal/closure.service.js';
import { JournalWriter } from './journal/journal-writer.service.js';
import { VerifyJournalService } from './journal/verify-journal.service.js';
import { PosRepository } from './pos.repository.js';
import { PosResolver } from './pos.resolver.js';
import { CashSessionService } from './till/cash-session.service.js';
import { TillGate } from './till/till-gate.service.js';
import { TillSignInRepository } from './till/till-sign-in.repository.js';
import { TillSignInService } from './till/till-sign-in.service.js';

@Module({
  providers: [
    PosRepository,
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
    TillGate,
    TillSignInService,
    ClosureService,
    CashSessionService,
    VerifyJournalService,
    ArchiveService,
  ],
})
export class PosModule {}
