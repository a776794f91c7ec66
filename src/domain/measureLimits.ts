/** How much a box's measures may hold: more than a board could read, so a file with more is hostile or broken. */
export const MAX_INDICATORS_PER_BOX = 50;
/** Fifty years of monthly figures. */
export const MAX_VALUES_PER_MEASURE = 600;
