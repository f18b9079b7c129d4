import { ConflictError } from '../../common/errors.js';
import { SumUpGatewayError } from '../providers/sumup.gateway.js';

export const READER_BUSY_MESSAGE =
  'Le terminal est déjà occupé par un autre paiement : attendez qu’il se termine ou annulez-le, puis réessayez.';
export const READER_OFFLINE_MESSAGE =
  'Le terminal est hors ligne : allumez-le, vérifiez sa connexion (Wi-Fi ou réseau mobile), puis réessayez.';
export const NOT_CONFIGURED_MESSAGE =
  'SumUp n’est pas configuré : renseignez la clé d’API et le code marchand dans les réglages de paiement.';
export const READER_NOT_FOUND_MESSAGE =
  'Terminal introuvable : il a peut-être été retiré. Rechargez la liste des terminaux.';

/** Turns a SumUp refusal into what the staff reads. */
export function userError(error: unknown): Error {
  if (!(error instanceof SumUpGatewayError)) return error instanceof Error ? error : new Error(String(error));
  switch (error.kind) {
    case 'READER_BUSY':
      return new ConflictError(READER_BUSY_MESSAGE);
    case 'READER_OFFLINE':
      return new ConflictError(READER_OFFLINE_MESSAGE);
    case 'UNAUTHORIZED':
      return new ConflictError(
        'SumUp refuse la clé d’API enregistrée : vérifiez la clé et le code marchand dans les réglages de paiement.',
      );
    case 'NOT_FOUND':
      return new ConflictError(
        'SumUp ne connaît plus ce terminal : retirez-le puis appairez-le à nouveau depuis les réglages.',
      );
    case 'INVALID':
      // SumUp's own wording is English and technical: the operator sees a French summary.
      return new ConflictError(
        'SumUp a refusé la demande : vérifiez le montant et le terminal choisi, puis réessayez.',
      );
    case 'UNAVAILABLE':
      return new ConflictError('SumUp ne répond pas pour le moment : réessayez dans un instant.');
  }
}
