import { Module } from '@nestjs/common';
import { ClosureService } from './journal/closure.service.js';
import { JournalWriter } from './journal/journal-writer.service.js';
import { PosRepository } from './pos.repository.js';
import { CashSessionService } from './till/cash-session.service.js';
import { TillGate } from './till/till-gate.service.js';

@Module({
  providers: [PosRepository, JournalWriter, ClosureService, TillGate, CashSessionService],
  exports: [JournalWriter, TillGate],
})
export class PosModule {}
