import { RefreshTokenEntity } from '../auth/refresh-token.entity.js';
import { UserEntity } from '../auth/user.entity.js';
import { OutboxEntity } from '../outbox/outbox.entity.js';
import { InstituteEntity } from '../settings/institute.entity.js';

/** Every TypeORM entity, listed explicitly (no globs: the same list works in ESM, Jest and dist). */
export const ENTITIES = [UserEntity, RefreshTokenEntity, OutboxEntity, InstituteEntity];
