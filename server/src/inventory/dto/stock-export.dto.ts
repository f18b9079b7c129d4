import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { NullAllowed } from '../../common/validation.js';

export const STOCK_EXPORT_FORMATS = ['CSV', 'XLSX'] as const;
export type StockExportFormat = (typeof STOCK_EXPORT_FORMATS)[number];
export const StockExportFormatEnum = { CSV: 'CSV', XLSX: 'XLSX' } as const;
registerEnumType(StockExportFormatEnum, {
  name: 'StockExportFormat',
  description: 'CSV (semicolons, UTF-8 with BOM) or XLSX (Excel, LibreOffice).',
});

@ArgsType()
export class StockExportArgs {
  @Field(() => StockExportFormatEnum)
  @IsIn(STOCK_EXPORT_FORMATS, { message: 'Format d’export inconnu (CSV ou XLSX).' })
  format: StockExportFormat;

  @Field(() => Date, {
    nullable: true,
    description: 'Valuation at this instant, from the ledger. Absent: the current inventory.',
  })
  @IsOptional()
  @NullAllowed()
  at?: Date | null;
}

@ObjectType('StockExportFile')
export class StockExportFileType {
  @Field({ description: 'e.g. "stock-2026-12-06.xlsx".' }) fileName: string;
  @Field() mimeType: string;
  @Field({ description: 'The file, base64.' }) contentBase64: string;
  @Field(() => Int, { description: 'Products in the file.' }) lineCount: number;
  @Field(() => Int) totalValueCents: number;
}
