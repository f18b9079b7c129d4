import { classify, dedupe, formatFindings } from './findings.js';

const error = (code: string, message: string, fields?: { field: string; message: string }[]) => ({
  data: null,
  errors: [{ message, extensions: { code, ...(fields ? { fields } : {}) } }],
});

const kinds = (exchange: Parameters<typeof classify>[0]) => classify(exchange).map((f) => f.kind);

describe('classify', () => {
  it('accepts a French BAD_USER_INPUT naming its field, and a success', () => {
    const fields = [{ field: 'input.note', message: 'Le champ « note » contient un caractère interdit.' }];
    expect(kinds({ status: 200, body: error('BAD_USER_INPUT', 'Données invalides.', fields) })).toEqual([]);
    expect(kinds({ status: 200, body: { data: { ok: true } } })).toEqual([]);
    expect(kinds({ status: 200, body: error('CONFLICT', 'Ce créneau vient d’être réservé.') })).toEqual([]);
  });

  it('finds 5xx, internal errors, English messages and BAD_USER_INPUT without a field', () => {
    expect(
      kinds({ status: 500, body: error('INTERNAL_SERVER_ERROR', 'Une erreur interne est survenue.') }),
    ).toEqual(['http-5xx', 'internal-error']);
    expect(kinds({ status: 400, body: error('BAD_USER_INPUT', 'Données invalides.') })).toEqual([
      'bad-input-without-field',
    ]);
    expect(
      kinds({
        status: 200,
        body: error('BAD_USER_INPUT', 'Données invalides.', [
          { field: 'input.position', message: 'position must not be less than 0' },
        ]),
      }),
    ).toEqual(['english-message']);
  });

  it('finds a write despite an error, and not when the request succeeded', () => {
    const conflict = error('CONFLICT', 'Déjà annulée.');
    expect(kinds({ status: 200, body: conflict, changedTables: ['booking'] })).toEqual([
      'write-despite-error',
    ]);
    expect(kinds({ status: 200, body: { data: { ok: true } }, changedTables: ['booking'] })).toEqual([]);
  });

  it('finds an answer that is not GraphQL (a bare HTTP error), English or not', () => {
    expect(kinds({ status: 413, body: { statusCode: 413, message: 'Request body is too large' } })).toEqual([
      'not-graphql',
      'english-message',
    ]);
    expect(kinds({ status: 502, body: '<html>Bad gateway</html>' })).toEqual(['http-5xx', 'not-graphql']);
  });
});

describe('dedupe', () => {
  it('merges findings that differ only in ids and numbers, and counts them', () => {
    const at = (detail: string) => ({
      kind: 'internal-error' as const,
      detail,
      where: 'cancelBooking(input.id)',
      sample: 's',
    });
    const merged = dedupe([
      at('Null value in 3f2b8a1c-1111-4a4a-8b8b-123456789012'),
      at('Null value in 9c9c9c9c-2222-4b4b-9c9c-210987654321'),
      at('Timeout after 5 s'),
    ]);
    expect(merged.map((f) => f.count)).toEqual([2, 1]);
    expect(formatFindings(merged)).toContain('(×2)');
  });
});
