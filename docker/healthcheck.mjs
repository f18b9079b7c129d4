// HEALTHCHECK of the server image: `node docker/healthcheck.mjs` exits 0 when healthy.
// The API process must answer GET /health (liveness) within the timeout. A worker
// (WORKER_ONLY=1) has no HTTP port: its failure signal is the process exiting, so the check
// passes (docker-compose.yml also disables the check for the worker service).
import http from 'node:http';

const workerOnly = (process.env.WORKER_ONLY ?? '').trim().toLowerCase();
if (['1', 'true', 'yes', 'on'].includes(workerOnly)) process.exit(0);

const port = Number(process.env.PORT || 3000);
const bound = (process.env.HOST || '').trim();
const host = bound === '' || bound === '0.0.0.0' || bound === '::' ? '127.0.0.1' : bound;

const request = http.get({ host, port, path: '/health', timeout: 4000 }, (response) => {
  response.resume();
  process.exit(response.statusCode === 200 ? 0 : 1);
});
request.on('timeout', () => request.destroy(new Error('timeout')));
request.on('error', (error) => {
  process.stderr.write(`healthcheck: ${error.message}\n`);
  process.exit(1);
});
