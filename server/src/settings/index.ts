export { BookingSettingsEntity } from './booking-settings.entity.js';
export { InstituteEntity } from './institute.entity.js';
export { SettingsModule } from './settings.module.js';
export { SettingsService } from './settings.service.js';
export { addressLinesOf, letterheadOf, type Letterhead } from './domain/letterhead.js';
