import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Roles } from '../common/auth/access.decorators.js';
import type { GraphQLContext } from '../common/auth/access.guard.js';
import type { AuthUser } from '../common/auth/roles.js';
import { UnauthenticatedError } from '../common/errors.js';
import { clientIp } from '../common/http/client-ip.js';
import { AuthService, type IssuedTokens } from './auth.service.js';
import { PermissionsService } from './permissions.service.js';
import { AuthPayload, LoginInput, RefreshTokenInput, UserType } from './dto/auth.types.js';
import type { UserEntity } from './user.entity.js';

function toUser(user: UserEntity): UserType {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    firstName: user.firstName,
    lastName: user.lastName,
  };
}

function toPayload(tokens: IssuedTokens): AuthPayload {
  return { ...tokens, user: toUser(tokens.user) };
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly permissions: PermissionsService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Signs in with e-mail and password.' })
  async login(@Args('input') input: LoginInput, @Context() ctx: GraphQLContext): Promise<AuthPayload> {
    const userAgent = ctx.req?.headers['user-agent'];
    return toPayload(
      await this.auth.login(
        input.email,
        input.password,
        clientIp(ctx.req),
        typeof userAgent === 'string' ? userAgent : undefined,
      ),
    );
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Rotates a refresh token; a reused token revokes its family.' })
  async refreshToken(@Args('input') input: RefreshTokenInput): Promise<AuthPayload> {
    return toPayload(await this.auth.refresh(input.refreshToken));
  }

  // Public: the refresh token itself proves the session, so an expired access token can still log out.
  @Public()
  @Mutation(() => Boolean, { description: 'Ends this session (revokes its refresh tokens). Idempotent.' })
  async logout(@Args('input') input: RefreshTokenInput): Promise<boolean> {
    await this.auth.logout(input.refreshToken);
    return true;
  }

  @Roles('ADMIN', 'STAFF', 'ACCOUNTANT', 'CLIENT')
  @Query(() => UserType, { description: 'The signed-in user.' })
  async me(@CurrentUser() user: AuthUser): Promise<UserType> {
    const found = await this.auth.findUser(user.id);
    if (found === null || !found.active) throw new UnauthenticatedError();
    return toUser(found);
  }

  @Roles('ADMIN', 'STAFF', 'ACCOUNTANT', 'CLIENT')
  @Query(() => [String], {
    description:
      'Names of the GraphQL operations the caller may run, decided by the same rules as the server’s access check and by the conditions beyond the role (staff refunds): the CRM offers only these.',
  })
  myPermissions(@CurrentUser() user: AuthUser): Promise<string[]> {
    return this.permissions.operationsFor(user);
  }
}
