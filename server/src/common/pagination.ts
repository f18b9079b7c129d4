import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

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
  page?: PageInput;
}

export function pageOf(page: PageInput | undefined | null): { offset: number; limit: number } {
  return { offset: page?.offset ?? 0, limit: page?.limit ?? 50 };
}
