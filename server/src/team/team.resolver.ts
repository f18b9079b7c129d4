import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../common/auth/access.decorators.js';
import type { AuthUser } from '../common/auth/roles.js';
import {
  ChangeStaffRoleInput,
  InviteAccountantInput,
  InviteStaffInput,
  LinkStaffPractitionerInput,
  ResendStaffInvitationInput,
  SetStaffActiveInput,
  StaffAccountType,
} from './dto/team.types.js';
import type { StaffRow } from './team.repository.js';
import { TeamService } from './team.service.js';

function toStaff({ user, practitioner }: StaffRow): StaffAccountType {
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    role: user.role,
    active: user.active,
    invitationPending: user.passwordHash === null,
    lastLoginAt: user.lastLoginAt,
    createdAt: user.createdAt,
    practitionerId: practitioner?.id ?? null,
    practitionerName: practitioner?.displayName ?? null,
  };
}

/** The team's accounts: ADMIN only. */
@Roles('ADMIN')
@Resolver()
export class TeamResolver {
  constructor(private readonly team: TeamService) {}

  @Query(() => [StaffAccountType], { description: 'Every ADMIN and STAFF account, active ones first.' })
  async staffAccounts(): Promise<StaffAccountType[]> {
    return (await this.team.list()).map(toStaff);
  }

  @Mutation(() => StaffAccountType, {
    description: 'Creates a team account and e-mails it a link (72 hours, single use) to choose a password.',
  })
  async inviteStaff(
    @CurrentUser() admin: AuthUser,
    @Args('input') input: InviteStaffInput,
  ): Promise<StaffAccountType> {
    return toStaff(await this.team.invite(admin, input));
  }

  @Mutation(() => StaffAccountType, {
    description:
      "Creates the institute accountant's account (role ACCOUNTANT) and e-mails it a link to choose a password.",
  })
  async inviteAccountant(
    @CurrentUser() admin: AuthUser,
    @Args('input') input: InviteAccountantInput,
  ): Promise<StaffAccountType> {
    return toStaff(await this.team.inviteAccountant(admin, input));
  }

  @Mutation(() => StaffAccountType, {
    description:
      'Sends a pending invitation again: a new link (72 hours, single use); the earlier links stop working.',
  })
  async resendStaffInvitation(
    @CurrentUser() admin: AuthUser,
    @Args('input') input: ResendStaffInvitationInput,
  ): Promise<StaffAccountType> {
    return toStaff(await this.team.resendInvitation(admin, input.userId));
  }

  @Mutation(() => StaffAccountType, { description: 'ADMIN or STAFF; an admin cannot demote themself.' })
  async changeStaffRole(
    @CurrentUser() admin: AuthUser,
    @Args('input') input: ChangeStaffRoleInput,
  ): Promise<StaffAccountType> {
    return toStaff(await this.team.changeRole(admin, input.userId, input.role));
  }

  @Mutation(() => StaffAccountType, {
    description: 'Deactivating ends every session of the account; an admin cannot deactivate themself.',
  })
  async setStaffActive(
    @CurrentUser() admin: AuthUser,
    @Args('input') input: SetStaffActiveInput,
  ): Promise<StaffAccountType> {
    return toStaff(await this.team.setActive(admin, input.userId, input.active));
  }

  @Mutation(() => StaffAccountType, { description: 'Links the account to a practitioner (null unlinks).' })
  async linkStaffPractitioner(
    @CurrentUser() admin: AuthUser,
    @Args('input') input: LinkStaffPractitionerInput,
  ): Promise<StaffAccountType> {
    return toStaff(await this.team.linkPractitioner(admin, input.userId, input.practitionerId ?? null));
  }
}
