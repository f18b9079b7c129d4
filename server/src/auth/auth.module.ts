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

@Module({
  imports: [
    DiscoveryModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [CONFIG],
      useFactory: (config: Config) => ({ secret: config.jwtSecret }),
    }),
  ],
  providers: [
    AuthService,
    AuthResolver,
    PermissionsService,
    AccessTokenService,
    JwtStrategy,
    { provide: JWT_STRATEGY, useExisting: JwtStrategy },
    // Deny by default, for every resolver and controller of the application.
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AccessTokenService, AuthService],
})
export class AuthModule {}
