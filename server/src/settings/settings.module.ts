import { Module } from '@nestjs/common';
import { SettingsListener } from './settings.listener.js';
import { SettingsRepository } from './settings.repository.js';
import { SettingsResolver } from './settings.resolver.js';
import { SettingsService } from './settings.service.js';

@Module({
  providers: [SettingsRepository, SettingsService, SettingsResolver, SettingsListener],
  exports: [SettingsService],
})
export class SettingsModule {}
