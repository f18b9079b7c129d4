// The virtual clients of the booking-storm bench: a worker thread (its own event loop, so the app's is not shared
// with the load generator) running `concurrency` async loops that call createBooking over HTTP (fetch keep-alive)
// until the deadline, each request with a new client contact. Posts every request's outcome back.
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { mulberry32 } from '../random.mjs';

const CREATE = `mutation Create($input: CreateBookingInput!) {
  createBooking(input: $input) {
    manageToken
    booking { id reference status start end items { serviceId practitionerId cabinId start end } }
  }
}`;

/**
 * The CONFLICT messages of CreateBookingService.create: taken, seen by the slot pre-check; taken, caught by the exclusion
 * constraint; never offered (outside hours, too soon) — which no request of this bench should get.
 */
const GONE = 'Ce créneau n’est plus disponible';
const TAKEN = 'Ce créneau vient d’être réservé';

// Imported by run.mjs for phoneNumber() too: the loop only runs in the worker.
if (parentPort !== null) {
  parentPort.once('message', (message) => {
    if (message !== 'go') return;
    void run(workerData).then((result) => parentPort.postMessage(result));
  });
  parentPort.postMessage('ready');
}

async function run({ url, concurrency, durationSeconds, seed, services, practitionerIds }) {
  const started = performance.now();
  const elu = performance.eventLoopUtilization();
  const deadline = started + durationSeconds * 1000;
  const records = [];
  const others = [];
  await Promise.all(
    Array.from({ length: concurrency }, (_, client) =>
      virtualClient({ url, seed, services, practitionerIds }, client, started, deadline, records, others),
    ),
  );
  return {
    elapsedMs: performance.now() - started,
    eventLoopUtilization: performance.eventLoopUtilization(elu).utilization,
    records,
    others,
  };
}

async function virtualClient(
  { url, seed, services, practitionerIds },
  client,
  started,
  deadline,
  records,
  others,
) {
  const rand = mulberry32(seed * 1000 + client);
  for (let i = 0; performance.now() < deadline; i++) {
    const service = services[Math.floor(rand() * services.length)];
    const start = service.starts[Math.floor(rand() * service.starts.length)];
    const choice = Math.floor(rand() * (practitionerIds.length + 1));
    const practitionerId = choice === practitionerIds.length ? null : practitionerIds[choice];
    // A different person every request: e-mail and phone never seen before.
    const n = client * 100_000 + i;
    const input = {
      serviceIds: [service.id],
      practitionerId,
      start,
      client: {
        firstName: `Cliente${client}`,
        lastName: `Tempête${i}`,
        email: `storm.${client}.${i}@bench.serenaia.test`,
        phone: phoneNumber(n),
      },
    };
    const sent = performance.now();
    let status = 0;
    let body;
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: CREATE, variables: { input } }),
      });
      status = response.status;
      const text = await response.text();
      try {
        body = JSON.parse(text);
      } catch {
        body = { unparsable: text.slice(0, 200) };
      }
    } catch (error) {
      body = { network: String(error?.cause?.message ?? error?.message ?? error) };
    }
    const latency = performance.now() - sent;
    const kind = classify(body, service, start, practitionerId);
    records.push({ kind, status, latency, at: sent - started });
    if (kind === 'other' || kind === 'wrong') {
      if (others.length < 20) others.push({ status, kind, input: { ...input, client: undefined }, body });
    }
  }
}

function classify(body, service, start, practitionerId) {
  const booking = body?.data?.createBooking?.booking;
  if (booking) {
    const item = booking.items?.[0];
    const right =
      Date.parse(booking.start) === Date.parse(start) &&
      booking.items.length === 1 &&
      item.serviceId === service.id &&
      (practitionerId === null || item.practitionerId === practitionerId) &&
      booking.status === (service.deposit ? 'PENDING' : 'CONFIRMED') &&
      (service.cabin ? item.cabinId !== null : item.cabinId === null) &&
      typeof body.data.createBooking.manageToken === 'string';
    return right ? 'ok' : 'wrong';
  }
  const error = body?.errors?.[0];
  if (error?.extensions?.code === 'CONFLICT' && body.errors.length === 1) {
    if (!Array.isArray(error.extensions.alternatives)) return 'wrong';
    if (error.message.startsWith(GONE)) return 'gone';
    if (error.message.startsWith(TAKEN)) return 'taken';
  }
  return 'other';
}

/** A valid French mobile number, distinct for each n < 70,000,000: 06 d xxxxxxx with d in 1, 2, 4…8. */
export function phoneNumber(n) {
  return `06${[1, 2, 4, 5, 6, 7, 8][Math.floor(n / 1e7)]}${String(n % 1e7).padStart(7, '0')}`;
}
