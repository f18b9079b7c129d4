import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { NullAllowed } from '../../common/validation.js';
import { PageInput } from '../../common/pagination.js';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_STATUSES,
  NOTIFICATION_TEMPLATES,
  type NotificationChannel,
  type NotificationStatus,
  type NotificationTemplate,
} from '../notification.entities.js';
import { CHANNEL_DELIVERIES, type ChannelDelivery } from '../domain/delivery.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const NotificationChannelEnum = enumOf(NOTIFICATION_CHANNELS);
registerEnumType(NotificationChannelEnum, { name: 'NotificationChannel' });
export const NotificationStatusEnum = enumOf(NOTIFICATION_STATUSES);
registerEnumType(NotificationStatusEnum, { name: 'NotificationStatus' });
export const NotificationTemplateEnum = enumOf(NOTIFICATION_TEMPLATES);
registerEnumType(NotificationTemplateEnum, { name: 'NotificationTemplate' });
export const ChannelDeliveryEnum = enumOf(CHANNEL_DELIVERIES);
registerEnumType(ChannelDeliveryEnum, {
  name: 'ChannelDelivery',
  description: 'Where a channel’s messages end up.',
  valuesMap: {
    PROVIDER: { description: 'They leave: the SMTP server, or OVH for SMS.' },
    DEVELOPMENT: {
      description: 'They stay on this machine: the development mail catcher, or the server log for SMS.',
    },
    NONE: { description: 'Not configured: they are not sent (SKIPPED with the reason).' },
  },
});

const INVALID_ID = { message: 'Identifiant invalide.' };
const UNKNOWN_TEMPLATE = { message: 'Modèle inconnu.' };
const UNKNOWN_CHANNEL = { message: 'Canal inconnu.' };

@ObjectType('Notification')
export class NotificationType {
  @Field(() => ID) id: string;
  @Field(() => NotificationChannelEnum) channel: NotificationChannel;
  @Field(() => NotificationTemplateEnum) template: NotificationTemplate;
  @Field({ description: 'E-mail address or E.164 number (empty when the client has none).' })
  recipient: string;
  @Field(() => NotificationStatusEnum) status: NotificationStatus;
  @Field(() => String, { nullable: true, description: 'Why it was not sent (SKIPPED), in French.' })
  skipReason: string | null;
  @Field(() => String, { nullable: true }) messageId: string | null;
  @Field(() => String, { nullable: true }) providerMessageId: string | null;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => ID, { nullable: true }) bookingId: string | null;
  @Field(() => ID, { nullable: true }) clientId: string | null;
  @Field(() => String, { nullable: true, description: 'The booking’s reference.' })
  bookingReference: string | null;
  @Field(() => Date, { nullable: true, description: 'When the booking starts.' })
  bookingStart: Date | null;
  @Field(() => String, { nullable: true, description: 'The booking’s client, "First Last".' })
  clientName: string | null;
  @Field() scheduledFor: Date;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
  @Field(() => ID, { nullable: true }) resendOfId: string | null;
  @Field() isTest: boolean;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType()
export class NotificationPage {
  @Field(() => [NotificationType]) items: NotificationType[];
  @Field(() => Int) total: number;
}

@InputType()
export class NotificationsFilter {
  @Field(() => ID, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsUUID('all', INVALID_ID)
  bookingId?: string;

  @Field(() => ID, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsUUID('all', INVALID_ID)
  clientId?: string;

  @Field(() => NotificationStatusEnum, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsIn(NOTIFICATION_STATUSES, { message: 'Statut inconnu.' })
  status?: NotificationStatus;

  @Field(() => NotificationChannelEnum, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsIn(NOTIFICATION_CHANNELS, UNKNOWN_CHANNEL)
  channel?: NotificationChannel;

  @Field(() => NotificationTemplateEnum, { nullable: true })
  @NullAllowed()
  @IsOptional()
  @IsIn(NOTIFICATION_TEMPLATES, UNKNOWN_TEMPLATE)
  template?: NotificationTemplate;

  @Field(() => Date, { nullable: true, description: 'Written at or after this instant.' })
  @NullAllowed()
  @IsOptional()
  @IsDate({ message: 'Date invalide.' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Written before this instant.' })
  @NullAllowed()
  @IsOptional()
  @IsDate({ message: 'Date invalide.' })
  to?: Date;
}

@ObjectType()
export class NotificationTemplateSetting {
  @Field(() => NotificationTemplateEnum) template: NotificationTemplate;
  @Field() email: boolean;
  @Field() sms: boolean;
  @Field({ description: 'Whether the template exists as an SMS.' }) smsAvailable: boolean;
}

@ObjectType()
export class NotificationSettings {
  @Field(() => String, { nullable: true, description: 'SMS sender name (OVH); null: the account default.' })
  smsSender: string | null;
  @Field(() => [NotificationTemplateSetting]) templates: NotificationTemplateSetting[];
  @Field(() => ChannelDeliveryEnum) emailDelivery: ChannelDelivery;
  @Field(() => ChannelDeliveryEnum) smsDelivery: ChannelDelivery;
}

@InputType()
export class TemplateSettingInput {
  @Field(() => NotificationTemplateEnum)
  @IsIn(NOTIFICATION_TEMPLATES, UNKNOWN_TEMPLATE)
  template: NotificationTemplate;

  @Field()
  @IsBoolean()
  email: boolean;

  @Field()
  @IsBoolean()
  sms: boolean;
}

@InputType()
export class UpdateNotificationSettingsInput {
  @Field(() => String, { nullable: true, description: '3 to 11 letters or digits; null for the default.' })
  @NullAllowed()
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 ]{1,9}[A-Za-z0-9]$/, {
    message: 'L’expéditeur SMS doit compter de 3 à 11 lettres ou chiffres (sans accent).',
  })
  smsSender?: string | null;

  @Field(() => [TemplateSettingInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => TemplateSettingInput)
  templates?: TemplateSettingInput[];
}

@ObjectType()
export class NotificationPreview {
  @Field(() => NotificationChannelEnum) channel: NotificationChannel;
  @Field(() => String, { nullable: true }) subject: string | null;
  @Field(() => String, { nullable: true }) html: string | null;
  @Field(() => String, { nullable: true, description: 'Plain-text e-mail part, or the SMS text.' })
  text: string | null;
  @Field(() => Int, { nullable: true, description: 'SMS segments.' }) segments: number | null;
  @Field(() => String, { nullable: true, description: 'GSM7 or UCS2 (SMS).' }) encoding: string | null;
}

@InputType()
export class SendTestNotificationInput {
  @Field(() => NotificationTemplateEnum)
  @IsIn(NOTIFICATION_TEMPLATES, UNKNOWN_TEMPLATE)
  template: NotificationTemplate;

  @Field(() => NotificationChannelEnum)
  @IsIn(NOTIFICATION_CHANNELS, UNKNOWN_CHANNEL)
  channel: NotificationChannel;

  @Field(() => ID, { description: 'A real booking whose details fill the template.' })
  @IsUUID('all', INVALID_ID)
  bookingId: string;

  @Field({ description: 'E-mail address (EMAIL) or phone number (SMS).' })
  @IsString()
  @Length(3, 254, { message: 'Indiquez une adresse e-mail ou un numéro.' })
  to: string;
}

export { PageInput };
