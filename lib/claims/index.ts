/** Stage 2, claims: an article → its checkable statements, with their names, attribution and hedges, and quantities. */
export { splitClaims } from './split-claims';
export { findNamedEntities } from './find-named-entities';
export { detectAttribution, driftBetween } from './detect-attribution';
export { extractQuantities } from './extract-quantities';
