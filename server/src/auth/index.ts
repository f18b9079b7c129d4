export { AuthModule } from './auth.module.js';
export { AccessTokenService } from './access-token.service.js';
export { UserEntity } from './user.entity.js';
export { PasswordLinkService } from './password-link.service.js';
export { SessionRepository } from './session.repository.js';
export { PasswordLinkIssuedEvent } from './events/password-link-issued.event.js';
export type { PasswordLinkPurpose } from './password-link.entity.js';
export { RoleEnum } from './dto/auth.types.js';
