import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { PubSubService } from '../graphql/pubsub.service.js';
import { InstituteUpdatedEvent } from './events/institute-updated.event.js';
import { SettingsService } from './settings.service.js';

export const INSTITUTE_UPDATED = 'instituteUpdated';

/** Forwards committed institute changes to GraphQL subscribers on every server process. */
@Injectable()
export class SettingsListener {
  constructor(
    private readonly settings: SettingsService,
    private readonly pubsub: PubSubService,
  ) {}

  @OnEvent(InstituteUpdatedEvent.eventName, { promisify: true })
  async onInstituteUpdated(): Promise<void> {
    const institute = await this.settings.institute();
    await this.pubsub.publish(INSTITUTE_UPDATED, { institute: { ...institute } });
  }
}
