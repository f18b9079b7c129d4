import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { decryptSecret, encryptSecret, serverKey } from '../../common/secrets.js';
import { CONFIG } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { SigningKeyRepository } from './signing-key.repository.js';

/**
 * The institute's Ed25519 key that signs journal archives: generated on first start, kept in
 * `pos_signing_key` with the private half encrypted like the payment secrets (AES-256-GCM under a key
 * derived from the server secret). The public key is readable by the CRM.
 */
@Injectable()
export class SigningKeyService implements OnApplicationBootstrap {
  private readonly key: Buffer;

  constructor(
    private readonly repo: SigningKeyRepository,
    @Inject(CONFIG) config: Config,
  ) {
    this.key = serverKey(config.jwtSecret, 'pos-journal-signing-key');
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.publicKey();
  }

  /** SPKI DER, base64. */
  async publicKey(): Promise<string> {
    return (await this.ensure()).publicKey;
  }

  async publicKeyPem(): Promise<string> {
    const der = Buffer.from(await this.publicKey(), 'base64');
    return createPublicKey({ key: der, format: 'der', type: 'spki' })
      .export({ format: 'pem', type: 'spki' })
      .toString();
  }

  async privateKey(): Promise<KeyObject> {
    const row = await this.ensure();
    const der = decryptSecret(this.key, row.privateKeyEncrypted);
    if (der === null) throw new Error('The journal signing key cannot be decrypted with this server secret');
    return createPrivateKey({ key: Buffer.from(der, 'base64'), format: 'der', type: 'pkcs8' });
  }

  private async ensure(): Promise<{ publicKey: string; privateKeyEncrypted: string }> {
    const existing = await this.repo.signingKey();
    if (existing !== null) return existing;
    const pair = generateKeyPairSync('ed25519');
    const publicKey = pair.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    const privateDer = pair.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    await this.repo.insertSigningKeyIfNone(publicKey, encryptSecret(this.key, privateDer));
    const row = await this.repo.signingKey();
    if (row === null) throw new Error('The journal signing key was not stored');
    return row;
  }
}
