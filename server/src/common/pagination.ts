import type { Type as ClassType } from '@nestjs/common';
import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';

@InputType()
export class PageInput {
  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0, { message: 'Le décalage ne peut pas être négatif.' })
  offset: number = 0;

  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1, { message: 'Demandez au moins un élément.' })
  @Max(200, { message: 'Au plus 200 éléments par page.' })
  limit: number = 50;
}

@ArgsType()
export class PageArgs {
  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PageInput)
  page?: PageInput;
}

/**
 * The arguments of a filtered list: `filter` (validated as a nested input) and `page`. A list's
 * arguments extend it: `@ArgsType() class SalesArgs extends FilteredPageArgs(SalesFilterInput) {}`.
 */
export function FilteredPageArgs<F>(filter: ClassType<F>): ClassType<PageArgs & { filter?: F }> {
  @ArgsType()
  abstract class FilteredArgs extends PageArgs {
    @Field(() => filter, { nullable: true })
    @IsOptional()
    @ValidateNested()
    @Type(() => filter)
    filter?: F;
  }
  return FilteredArgs as unknown as ClassType<PageArgs & { filter?: F }>;
}

export function pageOf(page: PageInput | undefined | null): { offset: number; limit: number } {
  return { offset: page?.offset ?? 0, limit: page?.limit ?? 50 };
}
