import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { CONFIG } from '../config/config.module.js';
import type { Config } from '../config/config.js';
import { ROLES, type AuthUser, type Role } from '../common/auth/roles.js';

export const JWT_ISSUER = 'serenaia';
export const JWT_AUDIENCE = 'serenaia-api';

interface AccessClaims {
  sub: string;
  role: Role;
  email: string;
  sid: string;
}

/** Checks the claims of a verified access token; shared by the HTTP (passport) and WebSocket paths. */
export function userFromClaims(claims: Partial<AccessClaims>): AuthUser | null {
  if (typeof claims.sub !== 'string' || typeof claims.email !== 'string') return null;
  if (typeof claims.sid !== 'string') return null;
  if (!ROLES.includes(claims.role as Role)) return null;
  return { id: claims.sub, role: claims.role as Role, email: claims.email, sessionId: claims.sid };
}

@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  sign(user: AuthUser): { token: string; expiresAt: Date } {
    const ttl = this.config.accessTokenTtlSeconds;
    const token = this.jwt.sign(
      { role: user.role, email: user.email, sid: user.sessionId },
      {
        subject: user.id,
        expiresIn: ttl,
        issuer: JWT_ISSUER,
        audience: JWT_AUDIENCE,
        algorithm: 'HS256',
      },
    );
    return { token, expiresAt: new Date(Date.now() + ttl * 1000) };
  }

  /** Used for WebSocket connections, where passport does not run. Null when invalid or expired. */
  verify(token: string): AuthUser | null {
    try {
      const claims = this.jwt.verify<AccessClaims>(token, {
        issuer: JWT_ISSUER,
        audience: JWT_AUDIENCE,
        algorithms: ['HS256'],
      });
      return userFromClaims(claims);
    } catch {
      return null;
    }
  }
}
