/**
 * What the HTTP layer (Fastify's body parsing, Nest's router) refuses before any resolver or
 * controller runs, worded in French with a stable code. Fastify and Nest word these in English
 * ("Request body is too large", "Body is not valid JSON…", "Cannot POST /x"), and a person can see
 * them (a browser's network panel, an integrator's logs), so they are translated here, in one place.
 */
export interface HttpRefusal {
  status: number;
  code: string;
  message: string;
}

/** Fastify's own error codes (`FST_ERR_*`) for the refusals a client can cause. */
const BY_FASTIFY_CODE: Record<string, Omit<HttpRefusal, 'status'>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'PAYLOAD_TOO_LARGE',
    message: 'La requête est trop volumineuse : 1 Mo au plus.',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: 'BAD_REQUEST',
    message: 'Le corps de la requête n’est pas un JSON valide.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'BAD_REQUEST',
    message: 'Le corps de la requête est vide alors que son type annonce du JSON.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Type de contenu non pris en charge : envoyez du JSON (application/json).',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'BAD_REQUEST',
    message: 'La longueur annoncée de la requête ne correspond pas à son contenu.',
  },
};

/** Any other client-side status the framework answers, by status. */
const BY_STATUS: Record<number, Omit<HttpRefusal, 'status'>> = {
  400: { code: 'BAD_REQUEST', message: 'Requête HTTP invalide.' },
  404: { code: 'NOT_FOUND', message: 'Aucune ressource à cette adresse.' },
  405: { code: 'METHOD_NOT_ALLOWED', message: 'Méthode HTTP non acceptée à cette adresse.' },
  413: { code: 'PAYLOAD_TOO_LARGE', message: 'La requête est trop volumineuse.' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Type de contenu non pris en charge.' },
};

const GENERIC: Omit<HttpRefusal, 'status'> = { code: 'BAD_REQUEST', message: 'Requête HTTP refusée.' };

interface StatusLike {
  getStatus(): number;
  cause?: unknown;
}

function isStatusLike(value: unknown): value is StatusLike {
  return typeof (value as StatusLike | null)?.getStatus === 'function';
}

function fastifyCode(cause: unknown): string | undefined {
  const code = (cause as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('FST_') ? code : undefined;
}

/**
 * The French refusal for a framework `HttpException` with a 4xx status (what Nest's Fastify adapter
 * makes of Fastify's errors and of an unmatched route), or `undefined` for anything else.
 */
export function httpRefusal(exception: unknown): HttpRefusal | undefined {
  if (!isStatusLike(exception)) return undefined;
  const status = exception.getStatus();
  if (status < 400 || status >= 500) return undefined;
  const known = BY_FASTIFY_CODE[fastifyCode(exception.cause) ?? ''] ?? BY_STATUS[status] ?? GENERIC;
  return { status, ...known };
}

/** GraphQL clients read `errors[]` (GraphQL over HTTP); other routes get a flat JSON body. */
export function refusalBody(refusal: HttpRefusal, path: string): unknown {
  if (path === '/graphql' || path.startsWith('/graphql?'))
    return { errors: [{ message: refusal.message, extensions: { code: refusal.code } }] };
  return { statusCode: refusal.status, code: refusal.code, message: refusal.message };
}
