/** Validation messages and bounds shared by the inventory inputs. */
export const ID_MESSAGE = { message: 'Identifiant invalide.' };
export const MAX_CENTS = 10_000_000;
