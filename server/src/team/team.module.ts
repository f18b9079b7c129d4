import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/index.js';
import { TeamRepository } from './team.repository.js';
import { TeamResolver } from './team.resolver.js';
import { TeamService } from './team.service.js';

/** "Équipe et accès": the institute's staff accounts, managed by an ADMIN. */
@Module({
  imports: [AuthModule],
  providers: [TeamRepository, TeamService, TeamResolver],
})
export class TeamModule {}
