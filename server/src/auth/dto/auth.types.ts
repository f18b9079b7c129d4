import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { KeepWhitespace } from '../../common/validation.js';
import { ROLES, type Role } from '../../common/auth/roles.js';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in Role]: K };
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a user may do: ADMIN ⊃ STAFF; ACCOUNTANT reads the till and its exports; CLIENT books.',
});

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field()
  firstName: string;

  @Field()
  lastName: string;
}

@ObjectType()
export class AuthPayload {
  @Field({
    description: 'JWT to send as `Authorization: Bearer …` (and in connection_init for subscriptions).',
  })
  accessToken: string;

  @Field()
  accessTokenExpiresAt: Date;

  @Field(() => Int, { description: 'Seconds the access token stays valid (immune to the client’s clock).' })
  accessTokenExpiresIn: number;

  @Field({ description: 'Single-use: exchange it with `refreshToken` for a new pair.' })
  refreshToken: string;

  @Field()
  refreshTokenExpiresAt: Date;

  @Field(() => UserType)
  user: UserType;
}

@InputType()
export class LoginInput {
  @Field()
  @IsEmail({}, { message: 'Adresse e-mail invalide.' })
  @MaxLength(254, { message: 'Adresse e-mail trop longue.' })
  email: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Le mot de passe est obligatoire.' })
  @MaxLength(200, { message: 'Mot de passe trop long.' })
  @KeepWhitespace()
  password: string;
}

@InputType()
export class RefreshTokenInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Le jeton de rafraîchissement est obligatoire.' })
  @MaxLength(200, { message: 'Jeton de rafraîchissement invalide.' })
  refreshToken: string;
}
