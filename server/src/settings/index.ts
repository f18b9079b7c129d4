export { BookingSettingsEntity } from './booking-settings.entity.js';
export { InstituteEntity } from './institute.entity.js';
export { SettingsModule } from './settings.module.js';
export { SettingsService } from './settings.service.js';
