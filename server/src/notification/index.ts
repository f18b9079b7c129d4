export { NotificationModule } from './notification.module.js';
export { NotificationProcessor } from './notification.processor.js';
export * from './notification.entities.js';
