import { Controller, Get, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { Public } from '../common/auth/access.decorators.js';
import { EntriesCsvService } from './entries-csv.service.js';

/**
 * The CSV download of journal entries: public route, the signed link (from `accountingEntriesCsv`,
 * 5 minutes) is the authorisation. Streamed from the database cursor to the socket.
 */
@Controller('accounting')
@Public()
export class EntriesCsvController {
  constructor(private readonly csv: EntriesCsvService) {}

  @Get('entries.csv')
  async download(@Query('token') token: string | undefined, @Res() res: FastifyReply): Promise<void> {
    const file = typeof token === 'string' ? this.csv.download(token, new Date()) : null;
    if (file === null) {
      await res.status(403).send({
        statusCode: 403,
        code: 'FORBIDDEN',
        message: 'Ce lien de téléchargement est invalide ou expiré.',
      });
      return;
    }
    await res
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('cache-control', 'no-store')
      .send(Readable.from(file.body));
  }
}
