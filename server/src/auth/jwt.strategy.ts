import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { CONFIG } from '../config/config.module.js';
import type { Config } from '../config/config.js';
import type { AuthUser } from '../common/auth/roles.js';
import { JWT_AUDIENCE, JWT_ISSUER, userFromClaims } from './access-token.service.js';
import { jwtKeyOf } from './jwt-key.js';

/** Bearer access tokens on HTTP requests (GraphQL over HTTP, REST downloads). */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(CONFIG) config: Config) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject (`jwtKeyOf`), which jsonwebtoken takes as is; passport-jwt's types say string | Buffer.
      secretOrKey: jwtKeyOf(config.jwtSecret) as unknown as Buffer,
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(claims: Record<string, unknown>): AuthUser | false {
    return userFromClaims(claims) ?? false;
  }
}
