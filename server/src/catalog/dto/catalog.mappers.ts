import type {
  CabinEntity,
  CabinTypeEntity,
  ServiceCategoryEntity,
  ServiceEntity,
} from '../catalog.entities.js';
import type { PractitionerWithServices } from '../catalog.service.js';
import { depositCents } from '../domain/deposit.js';
import type {
  CabinType,
  CabinTypeType,
  PractitionerType,
  ServiceCategoryType,
  ServiceType,
} from './catalog.types.js';

export function toServiceType(s: ServiceEntity): ServiceType {
  return {
    id: s.id,
    categoryId: s.categoryId,
    name: s.name,
    description: s.description,
    durationMinutes: s.durationMinutes,
    priceCents: s.priceCents,
    vatRateBp: s.vatRateBp,
    bufferBeforeMinutes: s.bufferBeforeMinutes,
    bufferAfterMinutes: s.bufferAfterMinutes,
    depositKind: s.depositKind,
    depositValue: s.depositValue,
    depositCents: depositCents(s.priceCents, s),
    cabinTypeId: s.cabinTypeId,
    onlineBookable: s.onlineBookable,
    active: s.active,
    position: s.position,
  };
}

export function toPractitionerType({
  practitioner: p,
  serviceIds,
}: PractitionerWithServices): PractitionerType {
  return {
    id: p.id,
    displayName: p.displayName,
    color: p.color,
    bio: p.bio,
    photoUrl: p.photoUrl,
    active: p.active,
    position: p.position,
    serviceIds,
  };
}

export function toCabinTypeType(t: CabinTypeEntity): CabinTypeType {
  return { id: t.id, name: t.name };
}

export function toCabinType(c: CabinEntity): CabinType {
  return {
    id: c.id,
    name: c.name,
    cabinTypeId: c.cabinTypeId,
    cabinType: toCabinTypeType(c.cabinType as CabinTypeEntity),
    active: c.active,
  };
}

export function toServiceCategoryType(
  category: ServiceCategoryEntity,
  services: ServiceEntity[],
): ServiceCategoryType {
  return {
    id: category.id,
    name: category.name,
    description: category.description,
    color: category.color,
    position: category.position,
    active: category.active,
    services: services.map(toServiceType),
  };
}
