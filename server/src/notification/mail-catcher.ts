/**
 * Development only: when SMTP_URL is not set, a local mail catcher (MailDev) receives every e-mail
 * the app sends and shows it in a web page, so a newcomer sees what the demo sends.
 */
import { freeLocalPort } from './free-port.js';

export interface MailCatcher {
  smtpUrl: string;
  webUrl: string;
  stop(): Promise<void>;
}

export async function startMailCatcher(preferred: { smtp: number; web: number }): Promise<MailCatcher> {
  const { MailDev } = await import('maildev');
  const smtp = await freeLocalPort(preferred.smtp);
  const web = await freeLocalPort(preferred.web);
  const maildev = new MailDev({ smtp, web, ip: '127.0.0.1', webIp: '127.0.0.1', silent: true });
  await maildev.start();
  return {
    smtpUrl: `smtp://127.0.0.1:${smtp}`,
    webUrl: `http://localhost:${web}`,
    stop: () => maildev.stop(),
  };
}
