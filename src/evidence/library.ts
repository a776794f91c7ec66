/**
 * What the evidence library panel needs beyond the feature list itself: search, which features a
 * model already has, and the box that adds a missing one.
 */
import type { NewBox } from '../domain/edits';
import { levelName } from '../domain/levels';
import type { ModelContent } from '../domain/model';
import { featureById, FEATURES, type Feature } from './features';

/** Where a feature comes from, as a box's notes give it: Briefing, "Table 1": “…”. */
export function featureCitation(feature: Feature): string {
  const aside = feature.quoteNote ? ` (${feature.quoteNote})` : '';
  return `Briefing, "${feature.section}": “${feature.quote}”${aside}`;
}

/**
 * Features whose name, quote, section or level contain every word of the query (case-insensitive,
 * parts of words count, so results narrow as the user types). All of them, in library order, for an
 * empty query.
 */
export function searchFeatures(query: string): Feature[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return FEATURES.filter((feature) => {
    const haystack = [feature.name, feature.quote, feature.section, levelName(feature.level)].join(' ').toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** Ids of the library's features that some box of the model stands for. */
export function featuresPresent(model: Pick<ModelContent, 'boxes'>): Set<string> {
  const present = new Set<string>();
  for (const box of model.boxes) if (box.feature && featureById(box.feature)) present.add(box.feature);
  return present;
}

/** A box standing for the feature, ready for addBox: in the feature's lane, citing the briefing. */
export function boxForFeature(feature: Feature, id: string): NewBox {
  return { id, level: feature.level, label: feature.name, notes: featureCitation(feature), feature: feature.id };
}
