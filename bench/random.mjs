/** The seeded random generator (Mulberry32) the demo seed uses too, so that a benchmark's data and load repeat. */
export { mulberry32 } from '@serenaia/shared/random';
