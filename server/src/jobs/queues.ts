/** Bull queue names: one per module that owns jobs. */
export const QUEUES = {
  maintenance: 'maintenance',
  booking: 'booking',
  payments: 'payments',
  notifications: 'notifications',
  giftCards: 'gift-cards',
  pos: 'pos',
  loyalty: 'loyalty',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
