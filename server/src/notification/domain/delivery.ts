/** Where a channel's messages end up, so that statuses and settings say what really happens. */
export const CHANNEL_DELIVERIES = ['PROVIDER', 'DEVELOPMENT', 'NONE'] as const;
/**
 * PROVIDER: they leave (SMTP server, OVH). DEVELOPMENT: they stay on this machine (e-mails in the
 * local mail catcher, SMS in the server log). NONE: not configured, they are not sent (SKIPPED).
 */
export type ChannelDelivery = (typeof CHANNEL_DELIVERIES)[number];
