/** Models for the export tests: small, hand-made, covering every link shape and the awkward inputs. */
import { LEVEL_IDS, type LevelId } from '../../domain/levels';
import { boxXFor, LANE_HEADER_HEIGHT } from '../../domain/lanes';
import type { Box, Condition, Link, ModelContent } from '../../domain/model';

export const MARKUP_LABEL = '<img src=x onerror=alert(1)>';

function box(id: string, level: LevelId, label: string, row: number, extra: Partial<Box> = {}): Box {
  return { id, level, label, x: boxXFor(level), y: LANE_HEADER_HEIGHT + row * 120, ...extra };
}

/** Every level, every link shape, notes, owners, features, a markup label and quotes everywhere. */
export function sampleModel(): ModelContent {
  const boxes: Box[] = [
    box('b-in', 'inputs', 'Pooled budget & shared "mandate"', 0, { feature: 'sufficient-resources', owner: "Council's finance team" }),
    box('b-act', 'activities', 'Joint case reviews every month', 0, { feature: 'leadership', notes: 'Chaired in turn\n# not a heading' }),
    box('b-eng', 'engagement', MARKUP_LABEL, 0),
    box('b-rea', 'reactions', 'Trust between partners', 0, { feature: 'trust-between-partners' }),
    box('b-lea', 'learning', 'Shared understanding of outcomes for people who use services, across all the partners', 0),
    box('b-lea2', 'learning', "Partners' cultures understood", 1),
    box('b-pra', 'practice', 'Information shared routinely', 0, { owner: 'Police Scotland' }),
    box('b-out', 'outcomes', 'Reduced reoffending', 0),
  ];
  const links: Link[] = [
    { id: 'l-linear', source: 'b-in', target: 'b-act', note: 'Money pays for the <b>reviews</b>' },
    { id: 'l-skip', source: 'b-act', target: 'b-rea' },
    { id: 'l-feedback', source: 'b-pra', target: 'b-act', note: 'The briefing’s own example' },
    { id: 'l-same', source: 'b-lea', target: 'b-lea2' },
    { id: 'l-linear2', source: 'b-pra', target: 'b-out' },
  ];
  const conditions: Condition[] = [
    { id: 'a1', kind: 'assumption', text: 'Timeframes are realistic', status: 'holds' },
    { id: 'a2', kind: 'assumption', text: 'There is effective power sharing | across the partnership', status: 'at-risk', comment: 'Chair rotates *only* on paper' },
    { id: 'r1', kind: 'risk', text: 'Voluntary and community sector excluded and marginalised', status: 'live' },
    { id: 'r2', kind: 'risk', text: 'Lack of ownership amongst partners', status: 'unchecked' },
  ];
  return { title: 'Reducing <reoffending> & "trust"', description: 'A worked example.', boxes, links, conditions };
}

/** A seeded, reproducible model of any size: boxes spread over the lanes, links mostly forward. */
export function generatedModel(boxCount: number, linksPerBox = 2, seed = 1): ModelContent {
  let state = seed >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
  const rows = new Map<LevelId, number>();
  const boxes: Box[] = [];
  for (let index = 0; index < boxCount; index++) {
    const level = LEVEL_IDS[index % LEVEL_IDS.length] as LevelId;
    const row = rows.get(level) ?? 0;
    rows.set(level, row + 1);
    const words = 3 + Math.floor(random() * 14);
    const label = Array.from({ length: words }, (_, word) => `word${(index * 7 + word) % 97}`).join(' ');
    boxes.push({ id: `b${index}`, level, label, x: boxXFor(level), y: LANE_HEADER_HEIGHT + row * 130 });
  }
  const links: Link[] = [];
  for (let index = 0; index < boxCount * linksPerBox; index++) {
    const source = boxes[Math.floor(random() * boxCount)] as Box;
    const target = boxes[Math.floor(random() * boxCount)] as Box;
    links.push({ id: `l${index}`, source: source.id, target: target.id });
  }
  return { title: `Generated ${boxCount}`, boxes, links, conditions: [] };
}

/**
 * The sample model with progress and evidence: one box rated off track (with markup in who rated it,
 * its indicator and its evidence), one achieved, the rest unrated; evidence newest first.
 */
export function ratedModel(): ModelContent {
  const model = sampleModel();
  const progress: Record<string, Partial<Box>> = {
    'b-act': {
      indicators: [
        { id: 'i1', text: 'Reviews held <b>monthly</b> | *on time*', target: '12 a year', due: '2027-03-31' },
        { id: 'i2', text: 'Partners attending' },
      ],
      evidence: [
        { id: 'e2', date: '2026-11-20', kind: 'data', summary: 'Only 3 of 6 <script>reviews</script> held', by: 'Sam' },
        { id: 'e1', date: '2026-09-01', kind: 'feedback', summary: 'Partners find the reviews useful' },
      ],
      rating: { progress: 'off-track', confidence: 'medium', date: '2026-11-21', by: '<i>Chair</i> & "co"' },
    },
    'b-out': { rating: { progress: 'achieved', confidence: 'high', date: '2026-10-01' } },
  };
  return { ...model, boxes: model.boxes.map((box) => ({ ...box, ...progress[box.id] })) };
}
