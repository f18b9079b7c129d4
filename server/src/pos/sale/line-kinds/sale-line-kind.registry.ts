import { Inject, Injectable } from '@nestjs/common';
import { BadUserInputError } from '../../../common/errors.js';
import { SALE_LINE_KIND_LIST, type SaleLineKind } from './sale-line-kind.js';

/** Every sale line kind, by name. */
@Injectable()
export class SaleLineKindRegistry {
  private readonly byKind = new Map<string, SaleLineKind>();

  constructor(@Inject(SALE_LINE_KIND_LIST) kinds: SaleLineKind[]) {
    for (const k of kinds) {
      if (this.byKind.has(k.kind)) throw new Error(`Sale line kind ${k.kind} registered twice`);
      this.byKind.set(k.kind, k);
    }
  }

  /** The kind a request names; an unknown name is the user's mistake. */
  forRequest(kind: string): SaleLineKind {
    const found = this.byKind.get(kind);
    if (found === undefined) {
      throw new BadUserInputError(
        `Type de ligne inconnu : ${kind} (attendu : ${[...this.byKind.keys()].join(', ')}).`,
        'input.kind',
      );
    }
    return found;
  }

  /** The kind of a stored line. */
  get(kind: string): SaleLineKind {
    const found = this.byKind.get(kind);
    if (found === undefined) throw new Error(`No sale line kind named ${kind}`);
    return found;
  }

  names(): string[] {
    return [...this.byKind.keys()];
  }
}
