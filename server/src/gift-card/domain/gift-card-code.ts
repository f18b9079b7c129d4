/**
 * The code rule lives in the shared package so that the public balance page and the CRM check a typed
 * code exactly as the server does (alphabet, length, check symbol).
 */
export {
  CODE_ALPHABET,
  CODE_LENGTH,
  CODE_RANDOM_LENGTH,
  checkSymbol,
  codeFromRandom,
  codePrefix,
  formatCode,
  parseCode,
  type CodeParse,
} from '@serenaia/shared/gift-card-code';
