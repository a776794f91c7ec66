import { levelName } from '../../domain/levels';
import { FEATURES } from '../../evidence/features';
import { flag, type Rule } from '../rule';

/** An evidence feature that no box stands for, judged by the boxes' feature ids. */
export const missingFeature: Rule = {
  kind: 'missing-feature',
  check(context) {
    return FEATURES.filter((feature) => !context.featuresPresent.has(feature.id)).map((feature) =>
      flag({
        key: `missing-feature:${feature.id}`,
        kind: 'missing-feature',
        severity: 'gap',
        message: `No box stands for “${feature.name}”, a feature of effective partnership at the ${levelName(feature.level)} level.`,
        passage: {
          quote: feature.quote,
          section: feature.section,
          ...(feature.quoteNote === undefined ? {} : { note: feature.quoteNote }),
        },
        featureId: feature.id,
        levelId: feature.level,
        action: { type: 'add-feature', featureId: feature.id, level: feature.level },
      }),
    );
  },
};
