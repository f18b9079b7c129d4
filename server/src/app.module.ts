import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule, type ModuleMetadata, type Provider, type Type } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  AccountingModule,
  DayClosedProcessor,
  DepositMoneyProcessor,
  GiftCardExpiredProcessor,
  GiftCardSoldOnlineProcessor,
  NoShowProcessor,
  PayoutSyncProcessor,
} from './accounting/index.js';
import { AccessTokenService, AuthModule } from './auth/index.js';
import { AvailabilityModule } from './availability/index.js';
import { BookingModule, BookingProcessor, DepositPaidProcessor } from './booking/index.js';
import { CatalogModule, CatalogService } from './catalog/index.js';
import { ClientsModule } from './clients/index.js';
import { AppExceptionFilter } from './common/app-exception.filter.js';
import { SESSION_CHECKER, type SessionChecker } from './common/auth/session-checker.js';
import { CoreModule } from './common/core.module.js';
import { RateLimiter } from './common/rate-limit/rate-limiter.service.js';
import { ConfigModule, CONFIG } from './config/config.module.js';
import type { Config } from './config/config.js';
import { dataSourceOptions } from './database/data-source.js';
import { buildGraphQLOptions } from './graphql/graphql-options.js';
import { PubSubModule } from './graphql/pubsub.module.js';
import { GiftCardModule, GiftCardOrderPaidProcessor, GiftCardProcessor } from './gift-card/index.js';
import { HealthModule } from './health/health.module.js';
import { InventoryModule } from './inventory/index.js';
import { LoyaltyModule, LoyaltyPortModule, LoyaltyProcessor } from './loyalty/index.js';
import { JobsModule } from './jobs/jobs.module.js';
import { MaintenanceProcessor } from './jobs/maintenance.processor.js';
import { MaintenanceScheduler } from './jobs/maintenance.scheduler.js';
import { QUEUES } from './jobs/queues.js';
import { NotificationModule, NotificationProcessor } from './notification/index.js';
import { OutboxModule } from './outbox/index.js';
import { PaymentModule, TerminalPollProcessor } from './payment/index.js';
import { PosModule, SaleModule } from './pos/index.js';
import { RedisModule } from './redis/redis.module.js';
import { SettingsModule } from './settings/index.js';
import { TeamModule } from './team/index.js';

/** Domain modules: the same in the API and in a worker-only process. */
export const DOMAIN_MODULES: NonNullable<ModuleMetadata['imports']> = [
  AuthModule,
  SettingsModule,
  CatalogModule,
  ClientsModule,
  AvailabilityModule,
  PaymentModule,
  BookingModule,
  InventoryModule,
  PosModule,
  NotificationModule,
  TeamModule,
  GiftCardModule,
  SaleModule,
  AccountingModule,
  LoyaltyPortModule,
  LoyaltyModule,
];

/** Bull processors: loaded where jobs run (the API by default, or WORKER_ONLY processes). */
const WORKER_PROVIDERS = [
  MaintenanceProcessor,
  BookingProcessor,
  DepositPaidProcessor,
  TerminalPollProcessor,
  NotificationProcessor,
  GiftCardProcessor,
  GiftCardOrderPaidProcessor,
  DayClosedProcessor,
  GiftCardExpiredProcessor,
  DepositMoneyProcessor,
  NoShowProcessor,
  GiftCardSoldOnlineProcessor,
  PayoutSyncProcessor,
  LoyaltyProcessor,
];

@Module({})
export class AppModule {
  static register(config: Config, options: { http: boolean; extraModules?: Type<unknown>[] }): DynamicModule {
    if (config.databaseUrl === undefined) throw new Error('AppModule needs a database URL');
    const imports: NonNullable<ModuleMetadata['imports']> = [
      ConfigModule.forRoot(config),
      TypeOrmModule.forRoot(dataSourceOptions(config.databaseUrl)),
      EventEmitterModule.forRoot({ wildcard: false }),
      RedisModule,
      JobsModule.forRoot(config, Object.values(QUEUES)),
      CoreModule,
      OutboxModule,
      PubSubModule,
      ...DOMAIN_MODULES,
      ...(options.extraModules ?? []),
    ];
    const providers: Provider[] = [MaintenanceScheduler, ...(config.runWorker ? WORKER_PROVIDERS : [])];
    if (options.http) {
      providers.push({ provide: APP_FILTER, useClass: AppExceptionFilter });
      imports.push(
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule, CatalogModule],
          inject: [CONFIG, RateLimiter, AccessTokenService, SESSION_CHECKER, CatalogService],
          useFactory: (
            cfg: Config,
            limiter: RateLimiter,
            tokens: AccessTokenService,
            sessions: SessionChecker,
            catalog: CatalogService,
          ) =>
            buildGraphQLOptions({
              config: cfg,
              limiter,
              verifyAccessToken: async (t) => {
                const user = tokens.verify(t);
                return user !== null && (await sessions.isActive(user.sessionId)) ? user : null;
              },
              costContext: async () => ({ activePractitioners: await catalog.activePractitionerCount() }),
            }),
        }),
        HealthModule,
      );
    }
    return {
      module: AppModule,
      imports,
      providers,
    };
  }
}
