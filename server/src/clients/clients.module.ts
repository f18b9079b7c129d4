import { Module } from '@nestjs/common';
import { ClientContactRepository } from './client-contact.repository.js';
import { ClientFileResolver } from './client-file.resolver.js';
import { ClientFileService } from './client-file.service.js';
import { ClientHistoryRepository } from './client-history.repository.js';
import { ClientListService } from './client-list.service.js';
import { ClientMergeResolver } from './client-merge.resolver.js';
import { ClientMergeService } from './client-merge.service.js';
import { ClientsRepository } from './clients.repository.js';
import { ClientsResolver } from './clients.resolver.js';
import { ClientsService } from './clients.service.js';

@Module({
  providers: [
    ClientsRepository,
    ClientContactRepository,
    ClientHistoryRepository,
    ClientsService,
    ClientListService,
    ClientFileService,
    ClientMergeService,
    ClientsResolver,
    ClientFileResolver,
    ClientMergeResolver,
  ],
  exports: [ClientsService, ClientListService],
})
export class ClientsModule {}
