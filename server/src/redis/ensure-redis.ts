/**
 * Start-up check for Redis: use REDIS_URL when it answers; when nothing answers on the default
 * local URL and `redis-server` is installed, start one for this session; otherwise stop clearly.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';

export async function redisAnswers(url: string, timeoutMs = 1500): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: timeoutMs,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

export interface EnsuredRedis {
  started: ChildProcess | undefined;
}

export async function ensureRedis(
  url: string,
  explicit: boolean,
  log: (message: string) => void,
): Promise<EnsuredRedis> {
  if (await redisAnswers(url)) return { started: undefined };
  const where = new URL(url);
  const local = ['127.0.0.1', 'localhost', '::1'].includes(where.hostname);
  const installed = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
  if (explicit || !local || !installed) {
    throw new Error(
      `Redis does not answer at ${where.host}. Start Redis${installed ? '' : ' (or install redis-server)'} or set REDIS_URL.`,
    );
  }
  const port = where.port || '6379';
  log(`No Redis on ${where.host}: starting a local redis-server on port ${port} for this session`);
  const child = spawn(
    'redis-server',
    ['--port', port, '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 50; i++) {
    if (await redisAnswers(url, 200)) return { started: child };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`redis-server was started but does not answer at ${where.host}`);
}
