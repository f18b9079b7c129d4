import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { UserEntity } from '../auth/index.js';
import { PractitionerEntity } from '../catalog/index.js';

export interface StaffRow {
  user: UserEntity;
  practitioner: { id: string; displayName: string } | null;
}

/** SQL for staff accounts and their practitioner link. */
@Injectable()
export class TeamRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(manager: EntityManager = this.db.manager, userId?: string): Promise<StaffRow[]> {
    const qb = manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .leftJoinAndMapOne('u.practitioner', PractitionerEntity, 'p', 'p.user_id = u.id')
      .where("u.role IN ('ADMIN', 'STAFF', 'ACCOUNTANT')");
    if (userId !== undefined) qb.andWhere('u.id = :userId', { userId });
    const users = await qb
      .orderBy('u.active', 'DESC')
      .addOrderBy('u.last_name')
      .addOrderBy('u.first_name')
      .addOrderBy('u.id')
      .getMany();
    return users.map((user) => {
      const p = (user as UserEntity & { practitioner?: PractitionerEntity | null }).practitioner ?? null;
      return { user, practitioner: p === null ? null : { id: p.id, displayName: p.displayName } };
    });
  }

  async lockStaff(manager: EntityManager, userId: string): Promise<UserEntity | null> {
    const user = await manager.findOne(UserEntity, {
      where: { id: userId },
      lock: { mode: 'pessimistic_write' },
    });
    return user !== null && user.role !== 'CLIENT' ? user : null;
  }

  async emailTaken(manager: EntityManager, email: string): Promise<boolean> {
    return manager.exists(UserEntity, { where: { email } });
  }

  async createUser(
    manager: EntityManager,
    row: Pick<UserEntity, 'email' | 'firstName' | 'lastName' | 'role'>,
  ) {
    return manager.save(manager.create(UserEntity, { ...row, passwordHash: null, active: true }));
  }

  async updateUser(
    manager: EntityManager,
    userId: string,
    changes: Partial<Pick<UserEntity, 'role' | 'active'>>,
  ): Promise<void> {
    await manager.update(UserEntity, { id: userId }, changes);
  }

  async findPractitioner(manager: EntityManager, id: string): Promise<PractitionerEntity | null> {
    return manager.findOne(PractitionerEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** A user signs in as one practitioner at most: their previous link is dropped. */
  async link(manager: EntityManager, userId: string, practitionerId: string | null): Promise<void> {
    await manager.update(PractitionerEntity, { userId }, { userId: null });
    if (practitionerId !== null) await manager.update(PractitionerEntity, { id: practitionerId }, { userId });
  }
}
