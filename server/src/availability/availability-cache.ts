import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CabinEntity, PractitionerWithServices, ServiceEntity } from '../catalog/index.js';
import type { BookingSettingsEntity } from '../settings/index.js';
import type { AvailabilityExceptionEntity, WorkingHoursEntity } from './availability.entities.js';
import { AvailabilityRepository } from './availability.repository.js';

/** A copy older than this is reloaded even if the version did not move (a safety net, e.g. triggers dropped). */
export const AVAILABILITY_CACHE_TTL_MS = 5 * 60_000;

/** The settings, active catalogue, working hours and exceptions as of one `availability_version`. */
export interface AvailabilitySnapshot {
  version: string;
  loadedAt: number;
  settings: BookingSettingsEntity;
  /** Active services, in catalogue order. */
  services: ServiceEntity[];
  servicesById: Map<string, ServiceEntity>;
  /** Active practitioners in catalogue order, with the services each performs. */
  practitioners: PractitionerWithServices[];
  /** Active cabins with their type, by name. */
  cabins: CabinEntity[];
  workingHours: Map<string, WorkingHoursEntity[]>;
  /** Every exception, by date. */
  exceptions: AvailabilityExceptionEntity[];
}

/**
 * This process's copy of what the slot search reads besides busy time. Each use costs one round trip: the
 * version number, which PostgreSQL triggers move in the same transaction as any write to those tables (the
 * app's mutations, the seed, psql, a test fixture). A moved number (or a copy older than the TTL) reloads
 * the copy, once for all the searches waiting on it. Nothing depends on Redis or on events reaching this
 * process, so several processes, a lost message or a Redis restart cannot leave a stale copy.
 */
@Injectable()
export class AvailabilityCache {
  private snapshot: AvailabilitySnapshot | undefined;
  private loading: { version: string; promise: Promise<AvailabilitySnapshot> } | undefined;

  constructor(private readonly repository: AvailabilityRepository) {}

  /** The current copy (reloaded if the tables changed), read through `m`'s connection. */
  async current(m: EntityManager, clock: () => number = Date.now): Promise<AvailabilitySnapshot> {
    const version = await this.repository.version(m);
    const cached = this.snapshot;
    if (
      cached !== undefined &&
      cached.version === version &&
      clock() - cached.loadedAt < AVAILABILITY_CACHE_TTL_MS
    )
      return cached;
    if (this.loading?.version === version) return this.loading.promise;
    const promise = this.load(m, version, clock());
    const loading = { version, promise };
    this.loading = loading;
    try {
      const snapshot = await promise;
      // A slower load of an older version must not replace a newer copy.
      if (this.snapshot === undefined || BigInt(this.snapshot.version) <= BigInt(version))
        this.snapshot = snapshot;
      return snapshot;
    } finally {
      if (this.loading === loading) this.loading = undefined;
    }
  }

  /** Forgets the copy: the next search reloads it. */
  clear(): void {
    this.snapshot = undefined;
  }

  private async load(m: EntityManager, version: string, loadedAt: number): Promise<AvailabilitySnapshot> {
    const tables = await this.repository.tables(m);
    const servicesOf = new Map<string, string[]>();
    for (const link of tables.links) {
      const list = servicesOf.get(link.practitioner_id);
      if (list) list.push(link.service_id);
      else servicesOf.set(link.practitioner_id, [link.service_id]);
    }
    const workingHours = new Map<string, WorkingHoursEntity[]>();
    for (const rule of tables.workingHours) {
      const list = workingHours.get(rule.practitionerId);
      if (list) list.push(rule);
      else workingHours.set(rule.practitionerId, [rule]);
    }
    return {
      version,
      loadedAt,
      settings: tables.settings,
      services: tables.services,
      servicesById: new Map(tables.services.map((s) => [s.id, s])),
      practitioners: tables.practitioners.map((practitioner) => ({
        practitioner,
        serviceIds: servicesOf.get(practitioner.id) ?? [],
      })),
      cabins: tables.cabins,
      workingHours,
      exceptions: [...tables.exceptions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    };
  }
}
