import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PasswordLinkService, SessionRepository, type UserEntity } from '../auth/index.js';
import type { AuthUser, Role } from '../common/auth/roles.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { TeamRepository, type StaffRow } from './team.repository.js';

export interface InviteStaff {
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  practitionerId?: string | null;
}

const UNKNOWN_ACCOUNT = 'Ce compte de l’équipe est introuvable.';

/** ADMIN management of the team's accounts: one use case per method. */
@Injectable()
export class TeamService {
  private readonly logger = new Logger(TeamService.name);

  constructor(
    private readonly tx: TransactionRunner,
    private readonly team: TeamRepository,
    private readonly links: PasswordLinkService,
    private readonly sessions: SessionRepository,
  ) {}

  list(): Promise<StaffRow[]> {
    return this.team.list();
  }

  /** Creates the account without a password and mails a 72-hour link to choose one. */
  async invite(admin: AuthUser, input: InviteStaff): Promise<StaffRow> {
    const email = input.email.trim().toLowerCase();
    const row = await this.tx.run(async (uow) => {
      if (await this.team.emailTaken(uow.manager, email)) {
        throw new BadUserInputError('Un compte existe déjà avec cette adresse e-mail.', 'input.email');
      }
      const user = await this.team.createUser(uow.manager, {
        email,
        firstName: input.firstName,
        lastName: input.lastName,
        role: input.role,
      });
      if (input.practitionerId !== undefined && input.practitionerId !== null) {
        await this.linkChecked(uow.manager, user.id, input.practitionerId, 'input.practitionerId');
      }
      await this.links.issue(uow, user, 'INVITATION', admin.id);
      return this.reload(uow.manager, user.id);
    });
    this.logger.log({ event: 'staff.invited', userId: row.user.id, by: admin.id }, 'Staff invited');
    return row;
  }

  /**
   * The institute's accountant: an ACCOUNTANT account (read-only on the till, the accounting and its
   * exports) invited like any team account. `name` is split at its first space (first name, last name).
   */
  async inviteAccountant(admin: AuthUser, input: { email: string; name: string }): Promise<StaffRow> {
    const name = input.name.trim().replace(/\s+/g, ' ');
    const space = name.indexOf(' ');
    const firstName = space < 0 ? name : name.slice(0, space);
    const lastName = space < 0 ? '' : name.slice(space + 1);
    if (firstName.length > 80 || lastName.length > 80) {
      throw new BadUserInputError('Le prénom et le nom font 80 caractères au plus chacun.', 'input.name');
    }
    return this.invite(admin, { email: input.email, firstName, lastName, role: 'ACCOUNTANT' });
  }

  /**
   * An invitation sent again (its link expired or was lost): a new 72-hour link, the old ones void.
   * Only for an active account that has not chosen its password yet.
   */
  async resendInvitation(admin: AuthUser, userId: string): Promise<StaffRow> {
    const row = await this.tx.run(async (uow) => {
      const user = await this.lockStaff(uow.manager, userId);
      if (user.passwordHash !== null) {
        throw new ConflictError(
          'Ce compte a déjà choisi son mot de passe : en cas d’oubli, « Mot de passe oublié » lui envoie un lien.',
        );
      }
      if (!user.active) throw new ConflictError('Ce compte est désactivé : réactivez-le d’abord.');
      await this.links.reissue(uow, user, 'INVITATION', admin.id);
      return this.reload(uow.manager, userId);
    });
    this.logger.log({ event: 'staff.invitation-resent', userId, by: admin.id }, 'Staff invitation resent');
    return row;
  }

  async changeRole(admin: AuthUser, userId: string, role: Role): Promise<StaffRow> {
    if (userId === admin.id && role !== 'ADMIN') {
      throw new BadUserInputError(
        'Vous ne pouvez pas retirer votre propre rôle d’administrateur.',
        'input.role',
      );
    }
    return this.tx.run(async (uow) => {
      await this.lockStaff(uow.manager, userId);
      await this.team.updateUser(uow.manager, userId, { role });
      this.logger.log({ event: 'staff.role-changed', userId, role, by: admin.id }, 'Staff role changed');
      return this.reload(uow.manager, userId);
    });
  }

  /** Deactivating ends every session of the account at once. */
  async setActive(admin: AuthUser, userId: string, active: boolean): Promise<StaffRow> {
    if (userId === admin.id && !active) {
      throw new BadUserInputError('Vous ne pouvez pas désactiver votre propre compte.', 'input.active');
    }
    return this.tx.run(async (uow) => {
      await this.lockStaff(uow.manager, userId);
      await this.team.updateUser(uow.manager, userId, { active });
      if (!active) await this.sessions.end(uow.manager, { userId }, 'account-deactivated', new Date());
      this.logger.log({ event: 'staff.active-set', userId, active, by: admin.id }, 'Staff activation set');
      return this.reload(uow.manager, userId);
    });
  }

  async linkPractitioner(admin: AuthUser, userId: string, practitionerId: string | null): Promise<StaffRow> {
    return this.tx.run(async (uow) => {
      await this.lockStaff(uow.manager, userId);
      if (practitionerId === null) await this.team.link(uow.manager, userId, null);
      else await this.linkChecked(uow.manager, userId, practitionerId, 'input.practitionerId');
      this.logger.log({ event: 'staff.practitioner-linked', userId, practitionerId, by: admin.id }, 'Linked');
      return this.reload(uow.manager, userId);
    });
  }

  private async linkChecked(
    manager: EntityManager,
    userId: string,
    practitionerId: string,
    field: string,
  ): Promise<void> {
    const practitioner = await this.team.findPractitioner(manager, practitionerId);
    if (practitioner === null) throw new BadUserInputError('Ce praticien est introuvable.', field);
    if (practitioner.userId !== null && practitioner.userId !== userId) {
      throw new ConflictError(
        `${practitioner.displayName} est déjà lié(e) à un autre compte : retirez d’abord ce lien.`,
      );
    }
    await this.team.link(manager, userId, practitionerId);
  }

  private async lockStaff(manager: EntityManager, userId: string): Promise<UserEntity> {
    const user = await this.team.lockStaff(manager, userId);
    if (user === null) throw new NotFoundError(UNKNOWN_ACCOUNT);
    return user;
  }

  private async reload(manager: EntityManager, userId: string): Promise<StaffRow> {
    const [row] = await this.team.list(manager, userId);
    if (row === undefined) throw new NotFoundError(UNKNOWN_ACCOUNT);
    return row;
  }
}
