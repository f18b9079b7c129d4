import { Injectable } from '@nestjs/common';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors.js';
import { violatedConstraint } from '../common/db-errors.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { ean13Message, ean13Problem } from './domain/ean13.js';
import type { ProductKind, StockUnit } from './domain/product-csv.js';
import { InventorySettingsEntity } from './entities/inventory-settings.entity.js';
import { ProductEntity } from './entities/product.entity.js';
import { SupplierEntity } from './entities/supplier.entity.js';
import { InventoryRepository, type ProductFilter } from './inventory.repository.js';

export interface ProductFields {
  name: string;
  brand?: string | null;
  category?: string | null;
  barcode?: string | null;
  priceCents: number;
  vatRateBp: number;
  costCents?: number | null;
  supplierId?: string | null;
  kind: ProductKind;
  unit?: StockUnit | null;
  content?: string | null;
  threshold?: number | null;
  reorderTarget?: number | null;
  photoUrl?: string | null;
  active?: boolean | null;
}

export interface SupplierFields {
  name: string;
  contactName?: string | null;
  email?: string | null;
  phone?: string | null;
  notes?: string | null;
  active?: boolean | null;
}

/** The product catalogue and suppliers: listing, lookup by barcode, creating and editing. */
@Injectable()
export class ProductCatalogService {
  constructor(
    private readonly repo: InventoryRepository,
    private readonly tx: TransactionRunner,
  ) {}

  list(
    filter: ProductFilter,
    offset: number,
    limit: number,
  ): Promise<{ items: ProductEntity[]; total: number }> {
    return this.repo.listProducts(filter, offset, limit);
  }

  async get(id: string): Promise<ProductEntity> {
    const product = await this.repo.productById(id);
    if (product === null) throw new NotFoundError('Produit introuvable.');
    return product;
  }

  categories(): Promise<string[]> {
    return this.repo.categories();
  }

  suppliers(): Promise<SupplierEntity[]> {
    return this.repo.listSuppliers();
  }

  settings(): Promise<InventorySettingsEntity> {
    return this.repo.settings();
  }

  updateSettings(values: { allowNegativeStock: boolean }): Promise<InventorySettingsEntity> {
    return this.repo.updateSettings(values);
  }

  /** Creates (no id) or edits a product. Stock is never set here: it moves through the ledger. */
  async upsertProduct(id: string | null, fields: ProductFields): Promise<ProductEntity> {
    if (fields.barcode) {
      const problem = ean13Problem(fields.barcode);
      if (problem !== null) throw new BadUserInputError(ean13Message(problem), 'input.barcode');
    }
    const saved = await this.tx
      .run(async (uow) => {
        const m = uow.manager;
        if (id !== null && (await this.repo.productById(id, m)) === null)
          throw new NotFoundError('Produit introuvable.');
        if (fields.supplierId && (await this.repo.supplierById(fields.supplierId, m)) === null)
          throw new BadUserInputError('Fournisseur introuvable.', 'input.supplierId');
        const values: Partial<ProductEntity> = {
          name: fields.name,
          brand: fields.brand ?? null,
          category: fields.category ?? null,
          barcode: fields.barcode || null,
          priceCents: fields.priceCents,
          vatRateBp: fields.vatRateBp,
          costCents: fields.costCents ?? 0,
          supplierId: fields.supplierId ?? null,
          kind: fields.kind,
          unit: fields.unit ?? 'PIECE',
          content: fields.content ?? null,
          threshold: fields.threshold ?? null,
          reorderTarget: fields.reorderTarget ?? null,
          photoUrl: fields.photoUrl ?? null,
          active: fields.active ?? true,
        };
        return this.repo.saveProduct(m, id === null ? values : { ...values, id });
      })
      .catch((error: unknown) => {
        if (violatedConstraint(error, 'unique') !== undefined)
          throw new ConflictError('Ce code-barres est déjà celui d’un autre produit.', { field: 'barcode' });
        throw error;
      });
    return this.get(saved.id);
  }

  async upsertSupplier(id: string | null, fields: SupplierFields): Promise<SupplierEntity> {
    return this.tx
      .run(async (uow) => {
        if (id !== null && (await this.repo.supplierById(id, uow.manager)) === null)
          throw new NotFoundError('Fournisseur introuvable.');
        const values: Partial<SupplierEntity> = {
          name: fields.name,
          contactName: fields.contactName ?? null,
          email: fields.email ?? null,
          phone: fields.phone ?? null,
          notes: fields.notes ?? null,
          active: fields.active ?? true,
        };
        return this.repo.saveSupplier(uow.manager, id === null ? values : { ...values, id });
      })
      .catch((error: unknown) => {
        if (violatedConstraint(error, 'unique') !== undefined)
          throw new ConflictError('Un fournisseur porte déjà ce nom.', { field: 'name' });
        throw error;
      });
  }
}
