import { Module } from '@nestjs/common';
import { ClientsResolver } from './clients.resolver.js';
import { ClientsService } from './clients.service.js';

@Module({ providers: [ClientsService, ClientsResolver], exports: [ClientsService] })
export class ClientsModule {}
