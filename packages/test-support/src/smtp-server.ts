/**
 * A real SMTP server for the integration and browser tests (the `smtp-server` package, in the test's
 * process), keeping every message it accepted, parsed with `mailparser`. It can be stopped and started again on the same port (SMTP down / up)
 * and can be slowed down (a batch still in flight when a worker is killed).
 */
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './free-port.js';

export interface ReceivedMail {
  to: string[];
  messageId: string;
  subject: string;
  text: string;
  html: string;
  /** The text/calendar part (alternative or attachment), if any. */
  calendar: string | null;
  /** File names of the attachments. */
  attachments: string[];
  parsed: ParsedMail;
}

export class TestSmtpServer {
  readonly received: ReceivedMail[] = [];
  /** Delay before answering each message's DATA (ms). */
  delayMs = 0;
  private server: SMTPServer | undefined;

  private constructor(readonly port: number) {}

  static async start(): Promise<TestSmtpServer> {
    const smtp = new TestSmtpServer(await freePort());
    await smtp.resume();
    return smtp;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async resume(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          void (async () => {
            const parsed = await simpleParser(Buffer.concat(chunks));
            if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
            const calendarAttachment = parsed.attachments.find((a) => a.contentType === 'text/calendar');
            const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((a) =>
              a.value.map((v) => v.address ?? ''),
            );
            this.received.push({
              to,
              messageId: parsed.messageId ?? '',
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              calendar: calendarAttachment?.content.toString('utf8') ?? null,
              attachments: parsed.attachments.map((a) => a.filename ?? ''),
              parsed,
            });
            callback();
          })().catch((error: Error) => callback(error));
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    server.on('error', () => undefined);
    this.server = server;
  }

  /** Stops listening and drops open connections (the server is "down"). */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server === undefined) return;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.to.includes(address));
  }

  /** Waits (30 s at most) for the `count`-th message to `address`, the first by default. */
  async mailTo(address: string, count = 1): Promise<ReceivedMail> {
    for (let i = 0; i < 300; i++) {
      const mail = this.to(address)[count - 1];
      if (mail !== undefined) return mail;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`Timed out waiting for mail ${count} to ${address}`);
  }
}
