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

/** Welsh letters that a narrow font or encoding loses first. */
export const WELSH_LABEL = 'Gwasanaethau ŵyr ac ŷd: “Cymraeg” – ✅ 👍';

/**
 * The board report's test model (issue 9): 40 boxes over the seven levels, labels with markup,
 * quotes, emoji and Welsh letters, links of every shape (one explained, others not), conditions in
 * every state, and progress, indicators and evidence on some boxes.
 */
export function boardReportModel(): ModelContent {
  const special: Record<number, string> = {
    0: `Pooled budget ${MARKUP_LABEL}`,
    3: WELSH_LABEL,
    9: 'Staff know <b>what</b> partners do & why',
    12: "Partners' \"shared\" aims",
    20: 'Llais y bobl: ŵ ŷ Ŵ Ŷ',
    39: 'Fewer people reoffend & more get treatment 🎉',
  };
  const boxes: Box[] = [];
  const rows = new Map<LevelId, number>();
  for (let index = 0; index < 40; index++) {
    const level = LEVEL_IDS[index % LEVEL_IDS.length] as LevelId;
    const row = rows.get(level) ?? 0;
    rows.set(level, row + 1);
    let extra: Partial<Box> = {};
    if (index % 5 === 1) extra = { owner: index === 1 ? 'Cyngor Gwynedd <finance>' : 'Community safety team' };
    if (index % 6 === 2) {
      extra = { ...extra, rating: { progress: (['off-track', 'at-risk', 'on-track', 'achieved'] as const)[index % 4] as NonNullable<Box['rating']>['progress'], confidence: 'medium', date: '2026-11-20', by: 'Board & chair' },
      indicators: [{ id: `i${index}`, text: `Referrals <per month> for box ${index}`, baseline: '12', target: '30', due: '2027-03-31', source: 'Case system' }],
      evidence: [
        { id: `e${index}b`, date: '2026-11-02', kind: 'feedback', summary: `Newest: “going well” ŵ ${index}`, source: 'Survey <2026>' },
        { id: `e${index}a`, date: '2026-09-01', kind: 'data', summary: `Older entry ${index}` },
      ] };
    }
    boxes.push(box(`b${index}`, level, special[index] ?? `${level} box ${index}: partners agree the plan`, row, extra));
  }
  const links: Link[] = [];
  for (let index = 0; index + 1 < 40; index++) {
    // Box i is at level i % 7, so i → i + 1 is linear except where the levels wrap round.
    if (index % 7 !== 6) links.push({ id: `l${index}`, source: `b${index}`, target: `b${index + 1}` });
  }
  links.push(
    { id: 'l-skip-explained', source: 'b7', target: 'b10', note: 'Trust <grows> only “after” the reviews — ŵ' },
    { id: 'l-skip-open', source: 'b14', target: 'b18' },
    { id: 'l-feedback', source: 'b19', target: 'b15' },
    { id: 'l-same', source: 'b21', target: 'b28' },
  );
  const conditions: Condition[] = [
    { id: 'a1', kind: 'assumption', text: 'Timeframes are realistic & <agreed>', status: 'holds' },
    { id: 'a2', kind: 'assumption', text: 'Mae’r partneriaid yn rhannu ŵ ŷ', status: 'at-risk', comment: 'Chair rotates *only* on paper' },
    { id: 'a3', kind: 'assumption', text: 'Data can be "shared" lawfully', status: 'unchecked' },
    { id: 'r1', kind: 'risk', text: 'Voluntary sector <excluded> 😟', status: 'live', comment: 'Raised at the <b>last</b> board' },
    { id: 'r2', kind: 'risk', text: 'Lack of ownership amongst partners', status: 'managed' },
  ];
  return { title: 'Gwynedd & Môn <partnership> board “ŵ”', description: 'A worked example with <markup> & Welsh: ŵ ŷ.', boxes, links, conditions };
}

/**
 * The board report's model as a version saved at an earlier board (issue 15): box 2 was at risk (on
 * track now: improved), box 8 on track (off track now: worse), box 14 as now (no change), box 20 not
 * yet rated (newly rated), box 26 not yet in the model; box 9 had another label, and a box since
 * removed was there.
 */
export function boardReportEarlierVersion(): { name: string; savedAt: string; content: ModelContent } {
  const model = boardReportModel();
  const boxes = model.boxes
    .filter((each) => each.id !== 'b26')
    .map((each): Box => {
      if (each.id === 'b2') return { ...each, rating: { progress: 'at-risk', confidence: 'low', date: '2026-08-01' } };
      if (each.id === 'b8') return { ...each, rating: { progress: 'on-track', confidence: 'medium', date: '2026-08-01' } };
      if (each.id === 'b9') return { ...each, label: 'Staff know what partners do' };
      if (each.id === 'b20') {
        const { rating: _rating, ...unrated } = each;
        return unrated;
      }
      return each;
    });
  boxes.push(box('b-gone', 'inputs', 'Old steering group', 9));
  const links = model.links.filter((link) => link.source !== 'b26' && link.target !== 'b26');
  return { name: 'Q3 board', savedAt: '2026-09-03T12:00:00.000Z', content: { ...model, boxes, links } };
}

/** The sample model with two measures (one with a gap and notes) and an indicator without figures, for the measures' exports. */
export function measuredModel(): ModelContent {
  const base = sampleModel();
  const [first, ...rest] = base.boxes;
  return {
    ...base,
    boxes: [
      {
        ...first!,
        indicators: [
          { id: 'text-only', text: 'Partners attend the board' },
          {
            id: 'housed',
            text: 'Families housed',
            unit: 'families',
            polarity: 'higher-is-better',
            frequency: 'annual',
            source: 'Housing <register>',
            values: [
              { period: '2021/22', actual: 12, target: 30, status: 'final' },
              { period: '2022/23', target: 32, note: 'Not collected: the <register> moved' },
              { period: '2023/24', actual: 15, target: 35, status: 'final' },
              { period: '2024/25', actual: 22, target: 40, status: 'provisional', note: 'Two new hostels opened' },
            ],
          },
        ],
      },
      ...rest.map((box) => (box.id === 'b-out' ? { ...box, indicators: [{ id: 'waits', text: 'Days waited for a first review', unit: 'days', polarity: 'lower-is-better' as const, frequency: 'quarterly' as const, values: [{ period: '2024/25 Q4', actual: 30 }, { period: '2025/26 Q1', actual: 26 }] }] } : box)),
    ],
  };
}
