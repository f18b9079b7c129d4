import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Roles } from '../common/auth/access.decorators.js';
import type { AuthUser } from '../common/auth/roles.js';
import { pageOf } from '../common/pagination.js';
import {
  CompleteSimulatedPaymentInput,
  PaymentPage,
  PaymentSettingsType,
  PaymentsFilter,
  PaymentType,
  RecordPaymentInput,
  RefundPaymentInput,
  UpdatePaymentSettingsInput,
} from './dto/payment.types.js';
import { PaymentService } from './payment.service.js';
import { toPaymentType } from './dto/payment.mapper.js';

export { toPaymentType };

@Resolver()
export class PaymentResolver {
  constructor(private readonly service: PaymentService) {}

  @Roles('STAFF', 'ACCOUNTANT')
  @Query(() => PaymentPage, {
    description:
      'The payment ledger, most recent first (read by the accountant too: no contact details in it).',
  })
  async payments(@Args('filter', { nullable: true }) filter?: PaymentsFilter): Promise<PaymentPage> {
    const { offset, limit } = pageOf(filter?.page);
    const [items, total] = await this.service.list({
      method: filter?.method,
      status: filter?.status,
      from: filter?.from,
      to: filter?.to,
      bookingId: filter?.bookingId,
      offset,
      limit,
    });
    return { items: items.map(toPaymentType), total };
  }

  @Roles('STAFF')
  @Mutation(() => PaymentType, {
    description:
      'Refunds all or part of a payment through its provider (admins; staff too if the setting allows: `myPermissions` tells).',
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
  paymentSettings(): Promise<PaymentSettingsType> {
    return this.service.settingsView();
  }

  @Roles('ADMIN')
  @Mutation(() => PaymentSettingsType, {
    description: 'Sets provider keys (write-only) and the refund rule.',
  })
  updatePaymentSettings(@Args('input') input: UpdatePaymentSettingsInput): Promise<PaymentSettingsType> {
    return this.service.updateSettings(input);
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
