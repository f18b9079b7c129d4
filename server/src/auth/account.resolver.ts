import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../common/auth/access.decorators.js';
import type { AuthUser } from '../common/auth/roles.js';
import { ChangeMyPasswordInput, UserSessionType } from './dto/account.types.js';
import { PasswordService } from './password.service.js';
import { SessionService, type SessionView } from './session.service.js';

function toSession({ session, current }: SessionView): UserSessionType {
  return {
    id: session.id,
    createdAt: session.createdAt,
    lastSeenAt: session.lastSeenAt,
    userAgent: session.userAgent,
    ip: session.ip,
    current,
  };
}

/** What every signed-in user may do with their own account. */
@Resolver()
export class AccountResolver {
  constructor(
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
  ) {}

  @Roles('ADMIN', 'STAFF', 'CLIENT')
  @Mutation(() => Boolean, {
    description: 'Changes the signed-in user’s password and ends their other sessions.',
  })
  async changeMyPassword(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ChangeMyPasswordInput,
  ): Promise<boolean> {
    await this.passwords.changeMine(user, input.currentPassword, input.newPassword);
    return true;
  }

  @Roles('ADMIN', 'STAFF', 'CLIENT')
  @Query(() => [UserSessionType], { description: 'The signed-in user’s open sessions, latest first.' })
  async mySessions(@CurrentUser() user: AuthUser): Promise<UserSessionType[]> {
    return (await this.sessions.listMine(user)).map(toSession);
  }

  @Roles('ADMIN', 'STAFF', 'CLIENT')
  @Mutation(() => Boolean, { description: 'Ends one of the signed-in user’s own sessions.' })
  async endSession(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    await this.sessions.endMine(user, id);
    return true;
  }
}
