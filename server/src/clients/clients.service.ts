import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { violatedConstraint } from '../common/db-errors.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors.js';
import { ClientContactRepository, type StoredContact } from './client-contact.repository.js';
import { ClientEntity } from './client.entity.js';
import { normalizeEmail, normalizeName, normalizePhone } from './domain/contact.js';
import type { UpsertClientInput } from './dto/client.types.js';

export interface Contact {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
}

/** How `findOrCreate` found the client: created, same e-mail, or same phone and name. */
export type ContactMatch = 'NEW_CLIENT' | 'EMAIL' | 'PHONE_AND_NAME';

export interface FoundClient {
  client: ClientEntity;
  match: ContactMatch;
}

export const INVALID_PHONE =
  'Numéro de téléphone invalide : indiquez un numéro français (06 12 34 56 78) ou international (+44 …).';

export function phoneOrThrow(raw: string, field: string): string {
  const phone = normalizePhone(raw);
  if (phone === null) throw new BadUserInputError(INVALID_PHONE, [{ field, message: INVALID_PHONE }]);
  return phone;
}

function matchOf(client: ClientEntity, email: string): ContactMatch {
  return client.email !== null && normalizeEmail(client.email) === email ? 'EMAIL' : 'PHONE_AND_NAME';
}

@Injectable()
export class ClientsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly contacts: ClientContactRepository,
  ) {}

  /**
   * The client behind a booking made from contact details. A returning client is recognised by
   * e-mail (unique); by phone only when the name matches too, since a family or a couple often share
   * a phone. Otherwise a new client is created. Safe under concurrency: the unique e-mail index
   * decides, the loser re-reads. Blank fields of a matched client are filled in; nothing is
   * overwritten (a client matched by phone and name keeps its own e-mail address: the caller keeps
   * what was typed and says how the client was found).
   */
  async findOrCreate(m: EntityManager, contact: Contact): Promise<FoundClient> {
    const email = normalizeEmail(contact.email);
    const stored: StoredContact = {
      email,
      phone: phoneOrThrow(contact.phone, 'input.client.phone'),
      firstName: normalizeName(contact.firstName),
      lastName: normalizeName(contact.lastName),
    };
    // One round trip for the usual cases: the matching client (as `match` orders them), or the new one.
    const found = await this.contacts.matchOrInsert(m, stored);
    if (found !== null && found.created) return { client: found.client, match: 'NEW_CLIENT' };
    if (found !== null && found.client.phone !== null && found.client.email !== null)
      return { client: found.client, match: matchOf(found.client, email) };
    const existing = found?.client ?? (await this.contacts.match(m, stored));
    if (existing !== null) {
      // How she was found, before her blank fields are filled in (unless another client already has
      // that e-mail); then the client as stored now (the caller may show it).
      const match = matchOf(existing, email);
      if (
        (existing.phone === null || existing.email === null) &&
        (await this.contacts.fillBlanks(m, existing.id, stored))
      )
        Object.assign(existing, { phone: existing.phone ?? stored.phone, email: existing.email ?? email });
      return { client: existing, match };
    }
    const inserted = await this.contacts.insert(m, stored);
    if (inserted !== null) return { client: inserted, match: 'NEW_CLIENT' };
    const raced = await this.contacts.match(m, stored);
    if (raced === null) throw new ConflictError('Ce client vient d’être modifié. Réessayez.');
    return { client: raced, match: matchOf(raced, email) };
  }

  async get(id: string): Promise<ClientEntity> {
    const client = await this.db.getRepository(ClientEntity).findOneBy({ id });
    if (client === null) throw new NotFoundError('Client introuvable.');
    return client;
  }

  async upsert(input: UpsertClientInput): Promise<ClientEntity> {
    const values: Partial<ClientEntity> = {
      firstName: normalizeName(input.firstName),
      lastName: normalizeName(input.lastName),
    };
    if (input.email !== undefined)
      values.email = input.email === null || input.email.trim() === '' ? null : normalizeEmail(input.email);
    if (input.phone !== undefined)
      values.phone =
        input.phone === null || input.phone.trim() === '' ? null : phoneOrThrow(input.phone, 'input.phone');
    if (input.notes !== undefined) values.notes = input.notes;
    if (input.marketingConsent !== undefined) values.marketingConsent = input.marketingConsent;
    if (input.serviceEmailOptOut !== undefined) values.serviceEmailOptOut = input.serviceEmailOptOut;
    if (input.serviceSmsOptOut !== undefined) values.serviceSmsOptOut = input.serviceSmsOptOut;
    if (input.birthday !== undefined) values.birthday = input.birthday;
    if (input.addressLine1 !== undefined) values.addressLine1 = input.addressLine1;
    if (input.postalCode !== undefined) values.postalCode = input.postalCode;
    if (input.city !== undefined) values.city = input.city;
    if (input.preferredPractitionerId !== undefined)
      values.preferredPractitionerId = input.preferredPractitionerId;
    if (input.tags !== undefined)
      values.tags = [...new Set(input.tags.map((t) => t.trim()))].sort((a, b) => a.localeCompare(b, 'fr'));
    try {
      return await this.db.transaction(async (m) => {
        if (input.id === undefined) return m.save(ClientEntity, m.create(ClientEntity, values));
        const current = await m.findOneBy(ClientEntity, { id: input.id });
        if (current === null) throw new NotFoundError('Client introuvable.');
        return m.save(ClientEntity, { ...current, ...values });
      });
    } catch (error) {
      const constraint = violatedConstraint(error, 'unique');
      if (constraint === 'uq_client_email') throw new ConflictError('Un client a déjà cette adresse e-mail.');
      if (constraint === 'uq_client_phone')
        throw new ConflictError('Un client a déjà ce numéro de téléphone.');
      if (violatedConstraint(error, 'foreign-key') !== undefined) {
        const message = 'Praticienne inconnue.';
        throw new BadUserInputError(message, [{ field: 'input.preferredPractitionerId', message }]);
      }
      throw error;
    }
  }
}
