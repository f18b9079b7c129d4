/** Validation messages and bounds shared by the sale inputs. */
export const ID_MESSAGE = { message: 'Identifiant invalide.' };
export const MAX_CENTS = 10_000_000;
export const KEY_MESSAGE = { message: 'La clé d’idempotence compte de 8 à 100 caractères.' };
