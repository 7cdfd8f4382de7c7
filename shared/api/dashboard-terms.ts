/**
 * The window of the "terms ending soon" card, in days. A module of its own, free of zod: the
 * dashboard is the first screen, and importing it from the contract would load every schema.
 */
export const TERM_ENDING_DAYS = 90;
