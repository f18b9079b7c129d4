import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class CancelSaleTenderInput {
  @Field(() => ID) @IsUUID('all', { message: 'Identifiant de ticket invalide.' }) saleId: string;
  @Field(() => ID) @IsUUID('all', { message: 'Identifiant de paiement invalide.' }) tenderId: string;
}
