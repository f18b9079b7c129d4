import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { NullAllowed } from '../../common/validation.js';
import type { Role } from '../../common/auth/roles.js';
import { RoleEnum } from '../../auth/index.js';

export const STAFF_ROLES = ['ADMIN', 'STAFF', 'ACCOUNTANT'] as const;
const ROLE_MESSAGE = 'Le rôle doit être Administrateur, Équipe ou Comptable.';

@ObjectType('StaffAccount', {
  description: 'An account of the institute’s team (ADMIN, STAFF or ACCOUNTANT).',
})
export class StaffAccountType {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  firstName: string;

  @Field()
  lastName: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field()
  active: boolean;

  @Field({ description: 'Invited and no password chosen yet.' })
  invitationPending: boolean;

  @Field(() => Date, { nullable: true })
  lastLoginAt: Date | null;

  @Field()
  createdAt: Date;

  @Field(() => ID, { nullable: true, description: 'The practitioner this account signs in as.' })
  practitionerId: string | null;

  @Field(() => String, { nullable: true })
  practitionerName: string | null;
}

@InputType()
export class InviteStaffInput {
  @Field()
  @IsEmail({}, { message: 'Adresse e-mail invalide.' })
  @MaxLength(254, { message: 'Adresse e-mail trop longue.' })
  email: string;

  @Field()
  @IsString()
  @Length(1, 80, { message: 'Le prénom est obligatoire (80 caractères au plus).' })
  firstName: string;

  @Field()
  @IsString()
  @Length(1, 80, { message: 'Le nom est obligatoire (80 caractères au plus).' })
  lastName: string;

  @Field(() => RoleEnum)
  @IsIn(STAFF_ROLES, { message: ROLE_MESSAGE })
  role: Role;

  @Field(() => ID, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsUUID('all', { message: 'Praticien inconnu.' })
  practitionerId?: string | null;
}

@InputType()
export class InviteAccountantInput {
  @Field()
  @IsEmail({}, { message: 'Adresse e-mail invalide.' })
  @MaxLength(254, { message: 'Adresse e-mail trop longue.' })
  email: string;

  @Field({ description: 'Full name ("Claire Martin"): the first word is the first name in the e-mail.' })
  @IsString()
  @Matches(/\S/, { message: 'Le nom est obligatoire.' })
  @Length(1, 160, { message: 'Le nom est obligatoire (160 caractères au plus).' })
  name: string;
}

@InputType()
export class ChangeStaffRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Compte inconnu.' })
  userId: string;

  @Field(() => RoleEnum)
  @IsIn(STAFF_ROLES, { message: ROLE_MESSAGE })
  role: Role;
}

@InputType()
export class ResendStaffInvitationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Compte inconnu.' })
  userId: string;
}

@InputType()
export class SetStaffActiveInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Compte inconnu.' })
  userId: string;

  @Field()
  @IsBoolean()
  active: boolean;
}

@InputType()
export class LinkStaffPractitionerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Compte inconnu.' })
  userId: string;

  @Field(() => ID, { nullable: true, description: 'Null (or left out) unlinks.' })
  @NullAllowed()
  @IsOptional()
  @IsUUID('all', { message: 'Praticien inconnu.' })
  practitionerId?: string | null;
}
