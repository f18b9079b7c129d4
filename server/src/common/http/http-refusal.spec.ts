import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { httpRefusal, refusalBody } from './http-refusal.js';

const fastifyError = (code: string, status: number) =>
  new HttpException('English words', status, { cause: Object.assign(new Error('English'), { code }) });

describe('httpRefusal', () => {
  it('words Fastify’s body refusals in French by their code', () => {
    expect(httpRefusal(fastifyError('FST_ERR_CTP_BODY_TOO_LARGE', 413))).toEqual({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: 'La requête est trop volumineuse : 1 Mo au plus.',
    });
    expect(httpRefusal(fastifyError('FST_ERR_CTP_INVALID_JSON_BODY', 400))?.message).toBe(
      'Le corps de la requête n’est pas un JSON valide.',
    );
  });

  it('falls back on the status, then on a generic refusal, keeping the status', () => {
    expect(httpRefusal(new NotFoundException('Cannot POST /x'))).toEqual({
      status: 404,
      code: 'NOT_FOUND',
      message: 'Aucune ressource à cette adresse.',
    });
    expect(httpRefusal(fastifyError('FST_ERR_SOMETHING_NEW', 400))?.message).toBe('Requête HTTP invalide.');
    expect(httpRefusal(new HttpException('I am a teapot', 418))).toEqual({
      status: 418,
      code: 'BAD_REQUEST',
      message: 'Requête HTTP refusée.',
    });
  });

  it('leaves server faults and non-HTTP errors alone', () => {
    expect(httpRefusal(new HttpException('boom', 500))).toBeUndefined();
    expect(httpRefusal(new Error('boom'))).toBeUndefined();
    expect(httpRefusal(null)).toBeUndefined();
    expect(httpRefusal(new BadRequestException())).toBeDefined();
  });
});

describe('refusalBody', () => {
  const refusal = { status: 400, code: 'BAD_REQUEST', message: 'Requête HTTP invalide.' };
  it('is GraphQL-shaped on /graphql and flat elsewhere', () => {
    expect(refusalBody(refusal, '/graphql')).toEqual({
      errors: [{ message: 'Requête HTTP invalide.', extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(refusalBody(refusal, '/graphql?x=1')).toHaveProperty('errors');
    expect(refusalBody(refusal, '/webhooks/stripe')).toEqual({
      statusCode: 400,
      code: 'BAD_REQUEST',
      message: 'Requête HTTP invalide.',
    });
  });
});
