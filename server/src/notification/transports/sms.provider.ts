import { Inject, Injectable, Logger } from '@nestjs/common';
import ovh from 'ovh';
import { CONFIG } from '../../config/config.module.js';
import type { Config, OvhConfig } from '../../config/config.js';
import type { ChannelDelivery } from '../domain/delivery.js';
import { smsLength } from '../domain/sms-segments.js';

export interface SmsMessage {
  to: string;
  text: string;
  sender: string | null;
}

export interface SmsProvider {
  readonly name: string;
  /** False for a provider that only records the message here (development): it never reaches a phone. */
  readonly delivers: boolean;
  /** Sends one SMS and returns the provider's id for it. Throws with a readable message on failure. */
  send(message: SmsMessage): Promise<string>;
}

/** The OVH SMS API (`POST /sms/{serviceName}/jobs`) through the official client, which signs each request. */
export class OvhSmsProvider implements SmsProvider {
  readonly name = 'ovh';
  readonly delivers = true;
  private readonly client: ReturnType<typeof ovh>;

  constructor(private readonly config: OvhConfig) {
    const [host, port] = config.endpoint.split(':');
    this.client = ovh({
      appKey: config.appKey,
      appSecret: config.appSecret,
      consumerKey: config.consumerKey,
      host,
      port: port === undefined ? undefined : Number(port),
      timeout: 15_000,
    });
  }

  async send(message: SmsMessage): Promise<string> {
    const { encoding } = smsLength(message.text);
    let response: unknown;
    try {
      response = await this.client.requestPromised(
        'POST',
        `/sms/${encodeURIComponent(this.config.smsService)}/jobs`,
        {
          message: message.text,
          receivers: [message.to],
          // Without a sender OVH uses the account's number (needs senderForResponse).
          sender: message.sender ?? undefined,
          senderForResponse: message.sender === null ? true : undefined,
          noStopClause: true,
          priority: 'high',
          charset: 'UTF-8',
          coding: encoding === 'GSM7' ? '7bit' : '8bit',
        },
      );
    } catch (error) {
      throw new Error(`OVH: ${describeOvhError(error)}`, { cause: error });
    }
    const ids = (response as { ids?: unknown; invalidReceivers?: unknown }).ids;
    const invalid = (response as { invalidReceivers?: unknown }).invalidReceivers;
    if (Array.isArray(invalid) && invalid.length > 0) throw new Error(`OVH: numéro refusé (${message.to})`);
    if (!Array.isArray(ids) || ids.length === 0) throw new Error('OVH: réponse sans identifiant de message');
    return String(ids[0]);
  }
}

function describeOvhError(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'error' in error) {
    const { error: code, message } = error as { error: unknown; message?: unknown };
    return `${String(code)}${typeof message === 'string' ? ` ${message}` : ''}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Development without OVH: the SMS is written to the log (numbers masked). */
export class LogSmsProvider implements SmsProvider {
  readonly name = 'log';
  readonly delivers = false;
  private readonly logger = new Logger('SMS');
  private count = 0;

  send(message: SmsMessage): Promise<string> {
    this.count += 1;
    const length = smsLength(message.text);
    this.logger.log(
      { to: `${message.to.slice(0, 5)}…${message.to.slice(-2)}`, sender: message.sender, ...length },
      `SMS (not sent, development): ${message.text}`,
    );
    return Promise.resolve(`log-${Date.now()}-${this.count}`);
  }
}

export const SMS_PROVIDER = Symbol('SMS_PROVIDER');

/** OVH when configured; the log in development; none elsewhere (SMS are then SKIPPED with the reason). */
export function smsProviderFor(config: Config): SmsProvider | null {
  if (config.ovh !== undefined) return new OvhSmsProvider(config.ovh);
  if (config.nodeEnv === 'development') return new LogSmsProvider();
  return null;
}

@Injectable()
export class SmsGateway {
  readonly provider: SmsProvider | null;
  constructor(@Inject(CONFIG) config: Config) {
    this.provider = smsProviderFor(config);
  }

  /** Whether SMS leave (OVH), are only written to the server log (development), or are not sent. */
  delivery(): ChannelDelivery {
    if (this.provider === null) return 'NONE';
    return this.provider.delivers ? 'PROVIDER' : 'DEVELOPMENT';
  }
}
