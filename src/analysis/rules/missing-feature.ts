import { levelName } from '../../domain/levels';
import { FEATURES } from '../../evidence/features';
import { NO_IDS, type Rule } from '../rule';
import type { Flag } from '../types';

/** An evidence feature that no box stands for, judged by the boxes' feature ids. */
export const missingFeature: Rule = {
  kind: 'missing-feature',
  check(context) {
    return FEATURES.filter((feature) => !context.featuresPresent.has(feature.id)).map(
      (feature): Flag => ({
        key: `missing-feature:${feature.id}`,
        kind: 'missing-feature',
        severity: 'gap',
        message: `No box stands for “${feature.name}”, a feature of effective partnership at the ${levelName(feature.level)} level.`,
        passage: {
          quote: feature.quote,
          section: feature.section,
          ...(feature.quoteNote === undefined ? {} : { note: feature.quoteNote }),
        },
        boxIds: NO_IDS,
        linkIds: NO_IDS,
        conditionIds: NO_IDS,
        featureId: feature.id,
        levelId: feature.level,
        action: { type: 'add-feature', featureId: feature.id, level: feature.level },
      }),
    );
  },
};
