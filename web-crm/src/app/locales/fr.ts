import { core } from './core';
import { screens } from './screens';

/** French strings of the staff CRM (the reference language: every other locale follows these keys). */
export const fr = { ...core, ...screens };

export type CrmResources = typeof fr;
