/**
 * Keeps the model files in templates/ readable after they are edited by hand:
 *   node scripts/build-templates.mjs          rewrites them in place
 *   node scripts/build-templates.mjs --check  only reports (exit 1) which ones it would change
 *
 * Templates carry no x/y: the app lays their boxes out through the one import path
 * (parseModelDocument, then tidyUp), top to bottom in file order within each lane. So the order of a
 * lane's boxes in the file is their order on the canvas, and this script chooses that order to cross
 * as few links as it can. It also gives missing link ids and writes one box, link or condition per
 * line so that a diff shows what changed.
 *
 * Plain JavaScript because Node 20 cannot run the TypeScript sources; it needs nothing from them but
 * the order of the levels, which is part of the file format and never changes.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Same order as LEVEL_IDS in src/domain/levels.ts; templates.test.ts checks the result. */
const LEVEL_ORDER = ['inputs', 'activities', 'engagement', 'reactions', 'learning', 'practice', 'outcomes'];
const TEMPLATES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'templates');
const SWEEPS = 12;

function lanesOf(boxes) {
  const lanes = LEVEL_ORDER.map(() => []);
  for (const box of boxes) {
    const index = LEVEL_ORDER.indexOf(box.level);
    if (index < 0) throw new Error(`box "${box.id}" has an unknown level "${box.level}"`);
    lanes[index].push(box.id);
  }
  return lanes;
}

/** Links from one lane to the next, as [lane index of source, source id, target id]. */
function linearLinks(boxes, links) {
  const levelOf = new Map(boxes.map((box) => [box.id, LEVEL_ORDER.indexOf(box.level)]));
  return links
    .filter((link) => levelOf.get(link.target) - levelOf.get(link.source) === 1)
    .map((link) => [levelOf.get(link.source), link.source, link.target]);
}

function countCrossings(lanes, linear) {
  const rank = new Map(lanes.flatMap((lane) => lane.map((id, i) => [id, i])));
  let crossings = 0;
  for (let i = 0; i < linear.length; i++) {
    for (let j = i + 1; j < linear.length; j++) {
      const [laneA, sourceA, targetA] = linear[i];
      const [laneB, sourceB, targetB] = linear[j];
      if (laneA !== laneB) continue;
      if ((rank.get(sourceA) - rank.get(sourceB)) * (rank.get(targetA) - rank.get(targetB)) < 0) crossings++;
    }
  }
  return crossings;
}

/** Sorts a lane by the mean rank of each box's neighbours in the lane beside it; ties keep their place. */
function sortByBarycentre(lane, neighbourLane, neighboursOf) {
  const rank = new Map(neighbourLane.map((id, i) => [id, i]));
  const keyed = lane.map((id, place) => {
    const ranks = neighboursOf(id).filter((n) => rank.has(n)).map((n) => rank.get(n));
    const centre = ranks.length ? ranks.reduce((a, b) => a + b, 0) / ranks.length : place;
    return { id, centre, place };
  });
  keyed.sort((a, b) => a.centre - b.centre || a.place - b.place);
  return keyed.map((k) => k.id);
}

/** Moves single boxes to their best place in their lane until no move lowers the crossings. */
function sift(lanes, linear) {
  let best = countCrossings(lanes, linear);
  let improved = true;
  while (improved) {
    improved = false;
    for (let l = 0; l < lanes.length; l++) {
      for (const id of [...lanes[l]]) {
        const without = lanes[l].filter((other) => other !== id);
        for (let place = 0; place <= without.length; place++) {
          const trial = lanes.slice();
          trial[l] = [...without.slice(0, place), id, ...without.slice(place)];
          const crossings = countCrossings(trial, linear);
          if (crossings < best) {
            best = crossings;
            lanes = trial;
            improved = true;
          }
        }
      }
    }
  }
  return lanes;
}

function orderLanes(boxes, links) {
  const linear = linearLinks(boxes, links);
  const forward = new Map();
  const backward = new Map();
  for (const [, source, target] of linear) {
    forward.set(source, [...(forward.get(source) ?? []), target]);
    backward.set(target, [...(backward.get(target) ?? []), source]);
  }
  let lanes = lanesOf(boxes);
  let best = { lanes, crossings: countCrossings(lanes, linear) };
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    lanes = lanes.slice();
    if (sweep % 2 === 0) for (let l = 1; l < lanes.length; l++) lanes[l] = sortByBarycentre(lanes[l], lanes[l - 1], (id) => backward.get(id) ?? []);
    else for (let l = lanes.length - 2; l >= 0; l--) lanes[l] = sortByBarycentre(lanes[l], lanes[l + 1], (id) => forward.get(id) ?? []);
    const crossings = countCrossings(lanes, linear);
    if (crossings < best.crossings) best = { lanes, crossings };
  }
  const lanesOut = sift(best.lanes, linear);
  return { lanes: lanesOut, crossings: countCrossings(lanesOut, linear) };
}

function withLinkIds(links) {
  const taken = new Set(links.map((link) => link.id).filter(Boolean));
  let next = 1;
  return links.map((link) => {
    if (link.id) return link;
    while (taken.has(`l${next}`)) next++;
    taken.add(`l${next}`);
    return { id: `l${next}`, ...link };
  });
}

/** JSON with one list item per line. */
function formatDocument(doc) {
  const fields = Object.entries(doc).map(([key, value]) => {
    if (!Array.isArray(value)) return `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
    if (!value.length) return `  ${JSON.stringify(key)}: []`;
    return `  ${JSON.stringify(key)}: [\n${value.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
  });
  return `{\n${fields.join(',\n')}\n}\n`;
}

function rebuild(doc, file) {
  const boxes = doc.boxes ?? [];
  const placed = boxes.find((box) => 'x' in box || 'y' in box);
  if (placed) throw new Error(`${file}: box "${placed.id}" has a position; templates are laid out by the app, so leave x and y out`);
  const links = withLinkIds(doc.links ?? []);
  const { lanes, crossings } = orderLanes(boxes, links);
  const byId = new Map(boxes.map((box) => [box.id, box]));
  const ordered = lanes.flat().map((id) => byId.get(id));
  return { doc: { ...doc, boxes: ordered, links }, crossings };
}

const checkOnly = process.argv.includes('--check');
let stale = 0;
for (const name of readdirSync(TEMPLATES_DIR).filter((file) => file.endsWith('.json')).sort()) {
  const path = join(TEMPLATES_DIR, name);
  const before = readFileSync(path, 'utf8');
  const { doc, crossings } = rebuild(JSON.parse(before), name);
  const after = formatDocument(doc);
  const changed = after !== before;
  if (changed) stale++;
  if (changed && !checkOnly) writeFileSync(path, after);
  const status = changed ? (checkOnly ? 'would change' : 'rewritten') : 'unchanged';
  console.log(`${name}: ${doc.boxes.length} boxes, ${doc.links.length} links, ${crossings} crossings; ${status}`);
}
if (checkOnly && stale) process.exit(1);
