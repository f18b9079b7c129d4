import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CurrentUser, Public, Roles } from '../common/auth/access.decorators.js';
import type { AuthUser } from '../common/auth/roles.js';
import { pageOf } from '../common/pagination.js';
import {
  CompleteSimulatedPaymentInput,
  PaymentPage,
  PaymentPermissions,
  PaymentSettingsType,
  PaymentsFilter,
  PaymentType,
  RecordPaymentInput,
  RefundPaymentInput,
  UpdatePaymentSettingsInput,
} from './dto/payment.types.js';
import { PaymentSettingsService } from './payment-settings.service.js';
import { PaymentEntity } from './payment.entities.js';
import { PaymentService } from './payment.service.js';
import { toPaymentType } from './dto/payment.mapper.js';

export { toPaymentType };

@Resolver()
export class PaymentResolver {
  constructor(
    private readonly service: PaymentService,
    private readonly settings: PaymentSettingsService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Roles('STAFF')
  @Query(() => PaymentPage, { description: 'The payment ledger, most recent first.' })
  async payments(@Args('filter', { nullable: true }) filter?: PaymentsFilter): Promise<PaymentPage> {
    const { offset, limit } = pageOf(filter?.page);
    const qb = this.db.getRepository(PaymentEntity).createQueryBuilder('p');
    if (filter?.method) qb.andWhere('p.method = :method', { method: filter.method });
    if (filter?.status) qb.andWhere('p.status = :status', { status: filter.status });
    if (filter?.from) qb.andWhere('p.created_at >= :from', { from: filter.from });
    if (filter?.to) qb.andWhere('p.created_at < :to', { to: filter.to });
    if (filter?.bookingId) qb.andWhere('p.booking_id = :bookingId', { bookingId: filter.bookingId });
    const [items, total] = await qb
      .orderBy('p.created_at', 'DESC')
      .skip(offset)
      .take(limit)
      .getManyAndCount();
    return { items: items.map(toPaymentType), total };
  }

  @Roles('STAFF')
  @Query(() => PaymentPermissions)
  async paymentPermissions(@CurrentUser() user: AuthUser): Promise<PaymentPermissions> {
    if (user.role === 'ADMIN') return { canRefund: true };
    return { canRefund: (await this.settings.secrets()).staffCanRefund };
  }

  @Roles('STAFF')
  @Mutation(() => PaymentType, {
    description:
      'Refunds all or part of a payment through its provider (admins; staff too if the setting allows).',
  })
  async refundPayment(
    @Args('input') input: RefundPaymentInput,
    @CurrentUser() user: AuthUser,
  ): Promise<PaymentType> {
    return toPaymentType(
      await this.service.refund({
        paymentId: input.id,
        amountCents: input.amountCents ?? null,
        reason: input.reason.trim() || null,
        by: { userId: user.id, admin: user.role === 'ADMIN' },
      }),
    );
  }

  @Roles('STAFF')
  @Mutation(() => PaymentType, { description: 'Records cash or a bank transfer received at the desk.' })
  async recordPayment(
    @Args('input') input: RecordPaymentInput,
    @CurrentUser() user: AuthUser,
  ): Promise<PaymentType> {
    return toPaymentType(
      await this.service.recordManual({
        bookingId: input.bookingId ?? null,
        kind: input.kind,
        method: input.method,
        amountCents: input.amountCents,
        createdBy: user.id,
      }),
    );
  }

  @Roles('ADMIN')
  @Query(() => PaymentSettingsType)
  async paymentSettings(): Promise<PaymentSettingsType> {
    return {
      ...(await this.settings.view()),
      onlineProvider: await this.service.onlineProvider(),
    } as PaymentSettingsType;
  }

  @Roles('ADMIN')
  @Mutation(() => PaymentSettingsType, {
    description: 'Sets provider keys (write-only) and the refund rule.',
  })
  async updatePaymentSettings(
    @Args('input') input: UpdatePaymentSettingsInput,
  ): Promise<PaymentSettingsType> {
    await this.settings.update(input);
    return this.paymentSettings();
  }

  @Public()
  @Mutation(() => PaymentType, {
    description: 'Demo mode only: the simulated card provider accepts or declines a pending payment.',
  })
  async completeSimulatedPayment(@Args('input') input: CompleteSimulatedPaymentInput): Promise<PaymentType> {
    return toPaymentType(
      await this.service.settleSimulated(input.paymentId, input.approve ? 'SUCCEEDED' : 'FAILED'),
    );
  }
}
