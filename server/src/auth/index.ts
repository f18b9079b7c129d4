export { AuthModule } from './auth.module.js';
export { AccessTokenService } from './access-token.service.js';
export { UserEntity } from './user.entity.js';
