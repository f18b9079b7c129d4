import { Inject, Injectable } from '@nestjs/common';
import { BadUserInputError } from '../../../common/errors.js';
import { TENDER_KIND_LIST, type TenderKind } from './tender-kind.js';

/** Every tender kind, by name. */
@Injectable()
export class TenderKindRegistry {
  private readonly byKind = new Map<string, TenderKind>();

  constructor(@Inject(TENDER_KIND_LIST) kinds: TenderKind[]) {
    for (const k of kinds) {
      if (this.byKind.has(k.kind)) throw new Error(`Tender kind ${k.kind} registered twice`);
      this.byKind.set(k.kind, k);
    }
  }

  forRequest(kind: string, field = 'input.kind'): TenderKind {
    const found = this.byKind.get(kind);
    if (found === undefined) {
      throw new BadUserInputError(
        `Moyen de paiement inconnu : ${kind} (attendu : ${[...this.byKind.keys()].join(', ')}).`,
        field,
      );
    }
    return found;
  }

  get(kind: string): TenderKind {
    const found = this.byKind.get(kind);
    if (found === undefined) throw new Error(`No tender kind named ${kind}`);
    return found;
  }
}
