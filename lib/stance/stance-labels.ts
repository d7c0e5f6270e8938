/** The four FNC-1 stances, in the order the model's outputs use. */
export const STANCE_LABELS = ['agree', 'disagree', 'discuss', 'unrelated'] as const;

/** How a body relates to a headline (FNC-1). */
export type StanceLabel = (typeof STANCE_LABELS)[number];
