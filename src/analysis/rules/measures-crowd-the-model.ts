import { isStartingLevel } from '../context';
import { DOMINATED_BY_REPORTING } from '../passages';
import { NO_IDS, type Rule } from '../rule';
import { isMeasure } from '../../domain/trend';

/**
 * More measures (indicators with figures) on inputs and activities than on all the levels of
 * outcome after them: the partnership is counting its own effort more than the difference it
 * makes, which is how reporting comes to dominate the work (Table 1's risk). One flag for the model,
 * pointing at the boxes whose measures are counted on the early side.
 */
export const measuresCrowdTheModel: Rule = {
  kind: 'measures-crowd-the-model',
  check(context) {
    const { boxesInReadingOrder, boxes, boxLevel } = context;
    let early = 0;
    let outcomes = 0;
    const earlyBoxes: string[] = [];
    for (let position = 0; position < boxesInReadingOrder.length; position++) {
      const number = boxesInReadingOrder[position]!;
      const indicators = boxes[number]!.indicators;
      if (!indicators) continue;
      let measures = 0;
      for (const indicator of indicators) if (isMeasure(indicator)) measures++;
      if (!measures) continue;
      if (isStartingLevel(boxLevel[number]!)) {
        early += measures;
        earlyBoxes.push(boxes[number]!.id);
      } else outcomes += measures;
    }
    if (early <= outcomes) return [];
    const message = `The model has ${early} ${early === 1 ? 'measure' : 'measures'} on its inputs and activities and ${outcomes === 0 ? 'none' : outcomes} on the outcomes they serve: its figures say more about the partnership's effort than the difference it makes. Measure an outcome or a change in practice, or drop an input measure nobody uses.`;
    return [
      {
        key: 'measures-crowd-the-model',
        kind: 'measures-crowd-the-model',
        severity: 'notice',
        message,
        passage: DOMINATED_BY_REPORTING,
        boxIds: earlyBoxes,
        linkIds: NO_IDS,
        conditionIds: NO_IDS,
        action: { type: 'select', boxIds: earlyBoxes, linkIds: NO_IDS },
      },
    ];
  },
};
