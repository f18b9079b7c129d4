import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { AccessGuard, JWT_STRATEGY } from '../common/auth/access.guard.js';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { CONFIG } from '../config/config.module.js';
import type { Config } from '../config/config.js';
import { AccessTokenService } from './access-token.service.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { JwtStrategy } from './jwt.strategy.js';
import { PermissionsService } from './permissions.service.js';
import { AccountResolver } from './account.resolver.js';
import { PasswordService } from './password.service.js';
import { PasswordLinkRepository } from './password-link.repository.js';
import { PasswordLinkService } from './password-link.service.js';
import { SessionRepository } from './session.repository.js';
import { SessionService } from './session.service.js';
import { SessionCache } from './session-cache.js';
import { SessionEndings } from './session-endings.js';
import { jwtKeyOf } from './jwt-key.js';
import { SESSION_CHECKER } from '../common/auth/session-checker.js';

@Module({
  imports: [
    DiscoveryModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [CONFIG],
      useFactory: (config: Config) => ({ secret: jwtKeyOf(config.jwtSecret) }),
    }),
  ],
  providers: [
    AuthService,
    AuthResolver,
    PermissionsService,
    AccessTokenService,
    JwtStrategy,
    AccountResolver,
    PasswordService,
    PasswordLinkRepository,
    PasswordLinkService,
    SessionRepository,
    SessionService,
    SessionCache,
    SessionEndings,
    { provide: JWT_STRATEGY, useExisting: JwtStrategy },
    { provide: SESSION_CHECKER, useExisting: SessionService },
    // Deny by default, for every resolver and controller of the application.
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AccessTokenService, AuthService, PasswordLinkService, SessionRepository, SESSION_CHECKER],
})
export class AuthModule {}
