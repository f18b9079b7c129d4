import { oneAuthenticatedRequestAtATime } from './authenticated-fetch';

interface Pending {
  url: string;
  resolve: (response: Response) => void;
  reject: (error: Error) => void;
}

function fakeFetch() {
  const started: Pending[] = [];
  const impl = ((input: RequestInfo | URL) =>
    new Promise<Response>((resolve, reject) => {
      started.push({ url: input as string, resolve, reject });
    })) as typeof fetch;
  return { impl, started };
}

const ok = { ok: true } as Response;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const withToken = { headers: { Authorization: 'Bearer t' } };

describe('oneAuthenticatedRequestAtATime', () => {
  it('starts an authenticated request only when the previous one has answered', async () => {
    const { impl, started } = fakeFetch();
    const send = oneAuthenticatedRequestAtATime(impl);

    const first = send('/graphql?1', withToken);
    const second = send('/graphql?2', withToken);
    await flush();
    expect(started.map((p) => p.url)).toEqual(['/graphql?1']);

    started[0].resolve(ok);
    await first;
    await flush();
    expect(started.map((p) => p.url)).toEqual(['/graphql?1', '/graphql?2']);
    started[1].resolve(ok);
    await expect(second).resolves.toBe(ok);
  });

  it('goes on after a failed request', async () => {
    const { impl, started } = fakeFetch();
    const send = oneAuthenticatedRequestAtATime(impl);

    const first = send('/graphql?1', withToken);
    const second = send('/graphql?2', withToken);
    await flush();
    started[0].reject(new TypeError('Failed to fetch'));
    await expect(first).rejects.toThrow('Failed to fetch');
    await flush();
    expect(started).toHaveLength(2);
    started[1].resolve(ok);
    await expect(second).resolves.toBe(ok);
  });

  it('lets anonymous requests through at once', async () => {
    const { impl, started } = fakeFetch();
    const send = oneAuthenticatedRequestAtATime(impl);

    void send('/graphql?1', withToken);
    void send('/graphql?2', { headers: { 'content-type': 'application/json' } });
    void send('/graphql?3');
    void send('/graphql?4', { headers: [['authorization', 'Bearer t']] });
    await flush();
    expect(started.map((p) => p.url).sort()).toEqual(['/graphql?1', '/graphql?2', '/graphql?3']);
    started.find((p) => p.url === '/graphql?1')!.resolve(ok);
    await flush();
    expect(started.map((p) => p.url)).toContain('/graphql?4');
  });
});
