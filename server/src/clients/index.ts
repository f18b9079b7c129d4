export { ClientEntity } from './client.entity.js';
export { ClientsModule } from './clients.module.js';
export { ClientsService, type Contact, type ContactMatch, type FoundClient } from './clients.service.js';
export { toClientType } from './clients.resolver.js';
export { ClientType, ContactInput } from './dto/client.types.js';
export { normalizeEmail, normalizeName, normalizePhone } from './domain/contact.js';
export { ClientMergedEvent } from './events/client-merged.event.js';
