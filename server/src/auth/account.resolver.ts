import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Roles } from '../common/auth/access.decorators.js';
import type { GraphQLContext } from '../common/auth/access.guard.js';
import { clientIp } from '../common/http/client-ip.js';
import type { AuthUser } from '../common/auth/roles.js';
import {
  ChangeMyPasswordInput,
  RequestPasswordResetInput,
  SetPasswordWithLinkInput,
  UserSessionType,
} from './dto/account.types.js';
import { PasswordLinkService } from './password-link.service.js';
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
    private readonly links: PasswordLinkService,
  ) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Sends a link to set a new password (30 minutes, single use) if the address is a staff account. ' +
      'Always true: the answer tells nothing about the address.',
  })
  async requestPasswordReset(
    @Args('input') input: RequestPasswordResetInput,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    await this.links.requestReset(input.email, clientIp(ctx.req));
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Sets a password with the token of a reset or invitation link; ends all sessions of the user.',
  })
  async setPasswordWithLink(@Args('input') input: SetPasswordWithLinkInput): Promise<boolean> {
    await this.links.setWithLink(input.token, input.newPassword);
    return true;
  }

  @Roles('ADMIN', 'STAFF', 'ACCOUNTANT', 'CLIENT')
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

  @Roles('ADMIN', 'STAFF', 'ACCOUNTANT', 'CLIENT')
  @Query(() => [UserSessionType], { description: 'The signed-in user’s open sessions, latest first.' })
  async mySessions(@CurrentUser() user: AuthUser): Promise<UserSessionType[]> {
    return (await this.sessions.listMine(user)).map(toSession);
  }

  @Roles('ADMIN', 'STAFF', 'ACCOUNTANT', 'CLIENT')
  @Mutation(() => Boolean, { description: 'Ends one of the signed-in user’s own sessions.' })
  async endSession(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    await this.sessions.endMine(user, id);
    return true;
  }
}
