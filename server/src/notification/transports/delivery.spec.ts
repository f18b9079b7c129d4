import { parseConfig } from '../../config/config.js';
import { Mailer } from './mailer.js';
import { SmsGateway } from './sms.provider.js';

const secret = { JWT_SECRET: 'x'.repeat(32) };
const ovh = {
  OVH_ENDPOINT: 'eu.api.ovh.com',
  OVH_APP_KEY: 'ak',
  OVH_APP_SECRET: 'as',
  OVH_CONSUMER_KEY: 'ck',
  OVH_SMS_SERVICE: 'sms-ab12345-1',
};

describe('where messages end up', () => {
  it('SMS: OVH leaves, the development log stays here, nothing elsewhere', () => {
    expect(new SmsGateway(parseConfig({ ...secret, ...ovh })).delivery()).toBe('PROVIDER');
    expect(new SmsGateway(parseConfig({ ...secret, NODE_ENV: 'development' })).delivery()).toBe(
      'DEVELOPMENT',
    );
    expect(new SmsGateway(parseConfig({ ...secret, NODE_ENV: 'test' })).delivery()).toBe('NONE');
  });

  it('e-mail: an SMTP server leaves, the development mail catcher stays here, nothing without SMTP_URL', () => {
    const smtp = parseConfig({ ...secret, NODE_ENV: 'test', SMTP_URL: 'smtp://127.0.0.1:2525' });
    expect(new Mailer(smtp).delivery()).toBe('PROVIDER');
    expect(new Mailer({ ...smtp, mailCatcherUrl: 'http://localhost:1080' }).delivery()).toBe('DEVELOPMENT');
    expect(new Mailer(parseConfig({ ...secret, NODE_ENV: 'test' })).delivery()).toBe('NONE');
  });
});
