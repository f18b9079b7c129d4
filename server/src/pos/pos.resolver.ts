import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../common/auth/access.decorators.js';
import type { AuthUser } from '../common/auth/roles.js';
import { ForbiddenError } from '../common/errors.js';
import { ParseIdPipe } from '../common/validation.js';
import { ArchiveService } from './archive/archive.service.js';
import { SigningKeyService } from './archive/signing-key.service.js';
import {
  CloseCashSessionInput,
  ClosePeriodInput,
  ClosuresFilterInput,
  JournalRangeInput,
  OpenCashSessionInput,
  RecordCashMovementInput,
} from './dto/pos.inputs.js';
import { toClosureType, toMovementType, toSessionType, toTillType } from './dto/pos.mappers.js';
import {
  CashMovementType,
  CashSessionType,
  ClosurePeriodEnum,
  ClosureType,
  JournalArchiveType,
  JournalVerificationType,
  TillType,
} from './dto/pos.types.js';
import { ClosureService } from './journal/closure.service.js';
import { VerifyJournalService } from './journal/verify-journal.service.js';
import { CashSessionService } from './till/cash-session.service.js';

/** Tills, cash sessions, closures, verification and archives of the till journal. */
@Resolver()
export class PosResolver {
  constructor(
    private readonly sessions: CashSessionService,
    private readonly closing: ClosureService,
    private readonly verifier: VerifyJournalService,
    private readonly archives: ArchiveService,
    private readonly keys: SigningKeyService,
  ) {}

  @Roles('STAFF', 'ACCOUNTANT')
  @Query(() => [TillType])
  async tills(): Promise<TillType[]> {
    return (await this.sessions.tills(false)).map(toTillType);
  }

  @Roles('STAFF')
  @Query(() => CashSessionType, { nullable: true, description: "The till's open cash session, if any." })
  async cashSession(
    @Args('tillId', { type: () => ID }, ParseIdPipe) tillId: string,
  ): Promise<CashSessionType | null> {
    const current = await this.sessions.current(tillId, new Date());
    if (current === null) return null;
    return { ...toSessionType(current.session, current.movements), expectedCents: current.expectedCents };
  }

  @Roles('STAFF')
  @Mutation(() => CashSessionType, {
    description: 'Opens a cash session with the float counted by denomination.',
  })
  async openCashSession(
    @Args('input') input: OpenCashSessionInput,
    @CurrentUser() user: AuthUser,
  ): Promise<CashSessionType> {
    return toSessionType(
      await this.sessions.open({ ...input, by: user.id, sessionId: user.sessionId, now: new Date() }),
      [],
    );
  }

  @Roles('STAFF')
  @Mutation(() => CashMovementType, {
    description: 'Cash put in or taken out of the drawer, with its reason.',
  })
  async recordCashMovement(
    @Args('input') input: RecordCashMovementInput,
    @CurrentUser() user: AuthUser,
  ): Promise<CashMovementType> {
    return toMovementType(
      await this.sessions.recordMovement({
        ...input,
        by: user.id,
        sessionId: user.sessionId,
        now: new Date(),
      }),
    );
  }

  @Roles('STAFF')
  @Mutation(() => CashSessionType, {
    description: 'Closes the open session with the cash counted by denomination.',
  })
  async closeCashSession(
    @Args('input') input: CloseCashSessionInput,
    @CurrentUser() user: AuthUser,
  ): Promise<CashSessionType> {
    const closed = await this.sessions.close({
      ...input,
      by: user.id,
      sessionId: user.sessionId,
      now: new Date(),
    });
    return toSessionType(closed, await this.sessions.movements(closed.id));
  }

  @Roles('STAFF')
  @Mutation(() => ClosureType, { description: 'Daily closure (STAFF); monthly and annual closures (ADMIN).' })
  async closePeriod(
    @Args('input') input: ClosePeriodInput,
    @CurrentUser() user: AuthUser,
  ): Promise<ClosureType> {
    if (input.period !== ClosurePeriodEnum.DAY && user.role !== 'ADMIN') {
      throw new ForbiddenError('Seul un administrateur peut clôturer un mois ou une année.');
    }
    return toClosureType(
      await this.closing.closePeriod({
        ...input,
        now: new Date(),
        actorUserId: user.id,
        sessionId: user.sessionId,
      }),
    );
  }

  @Roles('STAFF', 'ACCOUNTANT')
  @Query(() => [ClosureType])
  async closures(@Args('filter') filter: ClosuresFilterInput): Promise<ClosureType[]> {
    const rows = await this.closing.list({
      tillId: filter.tillId,
      period: filter.period ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
    });
    return rows.map(toClosureType);
  }

  @Roles('ADMIN', 'ACCOUNTANT')
  @Mutation(() => JournalVerificationType, {
    description: 'Recomputes the chain and the closures (the run is journaled).',
  })
  async verifyJournal(
    @Args('input') input: JournalRangeInput,
    @CurrentUser() user: AuthUser,
  ): Promise<JournalVerificationType> {
    return this.verifier.verify({
      tillId: input.tillId,
      from: input.from ?? null,
      to: input.to ?? null,
      now: new Date(),
      actorUserId: user.id,
    });
  }

  @Roles('ADMIN', 'ACCOUNTANT')
  @Mutation(() => JournalArchiveType, {
    description: 'The signed archive (ZIP, base64) of a period of the journal.',
  })
  async exportJournalArchive(
    @Args('input') input: JournalRangeInput,
    @CurrentUser() user: AuthUser,
  ): Promise<JournalArchiveType> {
    return this.archives.export({
      tillId: input.tillId,
      from: input.from ?? null,
      to: input.to ?? null,
      now: new Date(),
      actorUserId: user.id,
    });
  }

  @Roles('STAFF', 'ACCOUNTANT')
  @Query(() => String, { description: 'The public key (PEM) that signs journal archives.' })
  async journalPublicKey(): Promise<string> {
    return this.keys.publicKeyPem();
  }
}
