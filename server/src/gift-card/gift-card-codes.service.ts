import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { BadUserInputError } from '../common/errors.js';
import { decryptSecret, encryptSecret, serverKey } from '../common/secrets.js';
import { CONFIG } from '../config/config.module.js';
import type { Config } from '../config/config.js';
import { codeHash, codeHashKey, CODE_SEAL_PURPOSE } from './domain/code-hash.js';
import { codeFromRandom, CODE_RANDOM_LENGTH, parseCode } from './domain/gift-card-code.js';

/**
 * New codes and their keyed hashes. The key is derived from the server secret (HKDF, its own purpose,
 * like the payment secrets), so a copy of the database alone cannot be searched for codes.
 */
@Injectable()
export class GiftCardCodes {
  private readonly key: Buffer;
  private readonly sealKey: Buffer;

  constructor(@Inject(CONFIG) config: Config) {
    this.key = codeHashKey(config.jwtSecret);
    this.sealKey = serverKey(config.jwtSecret, CODE_SEAL_PURPOSE);
  }

  /** AES-256-GCM under its own key: what the ticket keeps to print (and reprint) the code. */
  seal(code: string): string {
    return encryptSecret(this.sealKey, code);
  }

  unseal(sealed: string): string | null {
    return decryptSecret(this.sealKey, sealed);
  }

  generate(): string {
    return codeFromRandom(randomBytes(CODE_RANDOM_LENGTH));
  }

  /** HMAC-SHA-256 of the normalised code, hex. */
  hash(code: string): string {
    return codeHash(this.key, code);
  }

  /** The normalised code, or a French refusal naming `field` (a typo is caught before any lookup). */
  parse(typed: string, field: string): string {
    const parsed = parseCode(typed);
    if (!parsed.ok) throw new BadUserInputError(parsed.message, field);
    return parsed.code;
  }
}
