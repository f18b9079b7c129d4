import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { KeepWhitespace } from '../../common/validation.js';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_TOO_LONG,
  PASSWORD_TOO_SHORT,
} from '../domain/password-rules.js';

@ObjectType('UserSession', { description: 'A device signed in to this account.' })
export class UserSessionType {
  @Field(() => ID)
  id: string;

  @Field()
  createdAt: Date;

  @Field()
  lastSeenAt: Date;

  @Field({ description: 'Browser and system, e.g. "Chrome sur Android".' })
  userAgent: string;

  @Field()
  ip: string;

  @Field({ description: 'The session this request is made from.' })
  current: boolean;
}

@InputType()
export class ChangeMyPasswordInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Le mot de passe actuel est obligatoire.' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: 'Mot de passe trop long.' })
  @KeepWhitespace()
  currentPassword: string;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: PASSWORD_TOO_SHORT })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: PASSWORD_TOO_LONG })
  @KeepWhitespace()
  newPassword: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @IsEmail({}, { message: 'Adresse e-mail invalide.' })
  @MaxLength(254, { message: 'Adresse e-mail trop longue.' })
  email: string;
}

@InputType()
export class SetPasswordWithLinkInput {
  @Field({ description: 'The `jeton` of the link received by e-mail.' })
  @IsString()
  @IsNotEmpty({ message: 'Le lien est incomplet.' })
  @MaxLength(200, { message: 'Le lien est invalide.' })
  token: string;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: PASSWORD_TOO_SHORT })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: PASSWORD_TOO_LONG })
  @KeepWhitespace()
  newPassword: string;
}
