import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateModel } from '../../../bench/generateModel';
import { linkCurve } from '../../export/linkGeometry';
import { parseModelDocument } from '../../file/parse';
import { BOX_WIDTH, boxXFor, estimateBoxHeight } from '../lanes';
import { indexBoxes, linkShape } from '../linkShape';
import type { Box, ModelContent } from '../model';
import { boxFrame, routeModel, routesWhileMoving, routingInput } from './modelRoutes';
import { rerouteMoving, routeAll } from './router';
import { endsOffSides, linesThroughBoxes, sampleRoute, sharedTracks } from './testing/routeChecks';
import { JUSTICE_MODEL, NEIGHBOURHOOD_MODEL } from './testing/realLookingModels';
import { MODEL_LANES } from './modelRoutes';
import type { Route, RoutingInput } from './types';

function templates(): { name: string; model: ModelContent }[] {
  return readdirSync('templates')
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const parsed = parseModelDocument(JSON.parse(readFileSync(`templates/${name}`, 'utf8')));
      if (!parsed.ok) throw new Error(parsed.error);
      return { name, model: parsed.model };
    });
}

/** Every check at once, with the faults named. */
function expectSound(input: RoutingInput, routes: ReadonlyMap<string, Route>): void {
  expect(linesThroughBoxes(input, routes)).toEqual([]);
  expect(sharedTracks(routes)).toEqual([]);
  expect(endsOffSides(input, routes)).toEqual([]);
}

function routed(model: ModelContent) {
  const input = routingInput(model.boxes, model.links);
  return { input, routes: routeAll(input).routes };
}

/** How many links drawn as today's single curves pass through a box other than their ends. */
function curvesThroughBoxes(model: ModelContent): number {
  const boxes = indexBoxes(model.boxes);
  const input = routingInput(model.boxes, model.links);
  let count = 0;
  for (const link of model.links) {
    const shape = linkShape(link, boxes)!;
    const curve = linkCurve(shape, boxFrame(boxes.get(link.source)!), boxFrame(boxes.get(link.target)!));
    const asRoute: Route = { via: 'direct', points: [curve.start, curve.end], hops: [] };
    // Only forward curves can be sampled as direct routes; the others bulge, which only adds crossings.
    if (shape === 'linear' || shape === 'skip') count += linesThroughBoxes({ ...input, links: [link] }, new Map([[link.id, asRoute]])).length ? 1 : 0;
  }
  return count;
}

describe('routing links around boxes', () => {
  it('routes every link of every template with no line through a box, no shared track, and every end on a side', () => {
    for (const { name, model } of templates()) {
      const { input, routes } = routed(model);
      expect(routes.size, name).toBe(model.links.length);
      expectSound(input, routes);
    }
  });

  it('takes the skip links of real-looking models round the boxes that their curves ran through', () => {
    for (const model of [NEIGHBOURHOOD_MODEL, JUSTICE_MODEL]) {
      expect(curvesThroughBoxes(model), model.title).toBeGreaterThan(0);
      const { input, routes } = routed(model);
      expect(routes.size).toBe(model.links.length);
      expectSound(input, routes);
    }
  });

  it('keeps links to the next lane as direct curves from right side to left side', () => {
    const { input, routes } = routed(NEIGHBOURHOOD_MODEL);
    const boxes = indexBoxes(NEIGHBOURHOOD_MODEL.boxes);
    for (const link of NEIGHBOURHOOD_MODEL.links) {
      const route = routes.get(link.id)!;
      const linear = linkShape(link, boxes) === 'linear';
      expect(route.via === 'direct', link.id).toBe(linear);
      if (linear) {
        expect(route.points).toHaveLength(2);
        expect(route.points[0]!.x).toBe(boxes.get(link.source)!.x + BOX_WIDTH);
        expect(route.points[1]!.x).toBe(boxes.get(link.target)!.x);
      }
    }
    expect(input.links).toBe(NEIGHBOURHOOD_MODEL.links);
  });

  it('runs a skip link out of the right side, across at a free height, into the left side, with right angles only', () => {
    const { routes } = routed(NEIGHBOURHOOD_MODEL);
    // Mixed-income housing built → Affordable rental homes: over three lanes with boxes at its height.
    const route = routes.get('l17')!;
    // Both boxes stand at the top of their lanes: the free height nearest them is above every box.
    expect(['corridor', 'margin']).toContain(route.via);
    const points = route.points;
    expect(points[0]).toEqual({ x: boxXFor('activities') + BOX_WIDTH, y: expect.any(Number) });
    expect(points[points.length - 1]!.x).toBe(boxXFor('practice'));
    for (let i = 0; i + 1 < points.length; i++) expect(points[i]!.x === points[i + 1]!.x || points[i]!.y === points[i + 1]!.y).toBe(true);
    // The first and last steps are level, out of and into the boxes' sides.
    expect(points[1]!.y).toBe(points[0]!.y);
    expect(points[points.length - 2]!.y).toBe(points[points.length - 1]!.y);
  });

  it('runs a feedback link backwards, preferring the margin above or below the boxes of the lanes it spans', () => {
    const { routes } = routed(NEIGHBOURHOOD_MODEL);
    // More use of primary care → Neighbourhood clinic: from practice change back to activities.
    const route = routes.get('l22')!;
    expect(route.via).toBe('margin');
    expect(route.points[0]!.x).toBe(boxXFor('practice'));
    expect(route.points[route.points.length - 1]!.x).toBe(boxXFor('activities') + BOX_WIDTH);
    const crossed = NEIGHBOURHOOD_MODEL.boxes.filter((box) => ['engagement', 'reactions', 'learning'].includes(box.level));
    const across = route.points.find((point, i) => route.points[i + 1]?.y === point.y && Math.abs(route.points[i + 1]!.x - point.x) > 500)!;
    const below = Math.max(...crossed.map((box) => box.y + estimateBoxHeight(box.label)));
    const above = Math.min(...crossed.map((box) => box.y));
    expect(across.y > below || across.y < above).toBe(true);
  });

  it('runs a link within a lane through the gap beside it, into the right side of its target', () => {
    const { routes } = routed(NEIGHBOURHOOD_MODEL);
    // Families move in → Older residents referred, with two boxes between them.
    const route = routes.get('l25')!;
    expect(route.via).toBe('channel');
    const right = boxXFor('engagement') + BOX_WIDTH;
    expect(route.points[0]!.x).toBe(right);
    expect(route.points[route.points.length - 1]!.x).toBe(right);
    expect(Math.max(...route.points.map((point) => point.x))).toBeLessThan(boxXFor('reactions'));
  });

  // Generated models are large: the checks sample every route every 2 units, which takes seconds on a busy machine.
  for (const boxes of [200, 1_000]) {
    for (const rowHeight of [130, 90]) {
      it(`routes a generated model of ${boxes} boxes soundly, ${rowHeight === 90 ? 'its lanes full from top to bottom' : 'with gaps between its boxes'}`, { timeout: 60_000 }, () => {
        const model = generateModel({ boxes, rowHeight });
        const { input, routes } = routed(model);
        expect(routes.size).toBe(model.links.length);
        expectSound(input, routes);
        const vias = new Set([...routes.values()].map((route) => route.via));
        expect(vias.has(rowHeight === 90 ? 'margin' : 'corridor')).toBe(true);
      });
    }
  }

  it('crosses at a free height between boxes when there is one, and goes round a lane full from top to bottom by the margin', () => {
    const level = (id: string, at: Box['level'], y: number, label = 'A box of one line') => ({ id, level: at, label, x: boxXFor(at), y });
    const open: ModelContent = {
      title: 'Gap',
      boxes: [level('a', 'inputs', 200), level('m1', 'activities', 110), level('m2', 'activities', 260), level('b', 'engagement', 200)],
      links: [{ id: 's', source: 'a', target: 'b' }],
      conditions: [],
    };
    const gap = routed(open);
    expect(gap.routes.get('s')!.via).toBe('corridor');
    expectSound(gap.input, gap.routes);
    // The same with the activities lane full: boxes touching from the top to below both ends.
    const full = { ...open, boxes: [...open.boxes.slice(0, 1), level('m1', 'activities', 110), level('m2', 'activities', 166), level('m3', 'activities', 222), level('m4', 'activities', 278), open.boxes[3]!] };
    const margin = routed(full);
    const route = margin.routes.get('s')!;
    expect(route.via).toBe('margin');
    expectSound(margin.input, margin.routes);
    const lowest = Math.max(...full.boxes.filter((box) => box.level === 'activities').map((box) => box.y + estimateBoxHeight(box.label)));
    const highest = Math.min(...full.boxes.filter((box) => box.level === 'activities').map((box) => box.y));
    expect(route.points.some((point) => point.y > lowest || point.y < highest)).toBe(true);
  });

  it('gives parallel lines in one gap their own tracks, closer together when more than fit, all inside the gap', () => {
    const boxes: Box[] = Array.from({ length: 24 }, (_, i) => ({ id: `b${i}`, level: 'activities' as const, label: 'One line', x: boxXFor('activities'), y: 110 + i * 66 }));
    // Every box linked to the one twelve below it: twelve lines over each other in the gap beside the lane.
    const links = boxes.slice(0, 12).map((box, i) => ({ id: `l${i}`, source: box.id, target: `b${i + 12}` }));
    const { input, routes } = routed({ title: 'Crowded', boxes, links, conditions: [] });
    expectSound(input, routes);
    const tracks = new Set([...routes.values()].map((route) => route.points[1]!.x));
    expect(tracks.size).toBe(12);
    for (const x of tracks) {
      expect(x).toBeGreaterThan(boxXFor('activities') + BOX_WIDTH);
      expect(x).toBeLessThan(boxXFor('engagement'));
    }
  });

  it('keeps clear of a box that overlaps its lane’s edge', () => {
    const boxes: Box[] = [
      { id: 'a', level: 'inputs', label: 'Source', x: boxXFor('inputs'), y: 200 },
      // Wider than its column, into the gap before the next lane.
      { id: 'wide', level: 'activities', label: 'Standing over the edge', x: boxXFor('activities') - 14, y: 120 },
      { id: 'b', level: 'engagement', label: 'Target', x: boxXFor('engagement'), y: 140 },
    ];
    const links = [{ id: 's', source: 'a', target: 'b' }];
    const input: RoutingInput = { lanes: MODEL_LANES, boxes: boxes.map((box) => ({ id: box.id, lane: box.level === 'inputs' ? 0 : box.level === 'activities' ? 1 : 2, x: box.x, y: box.y, width: box.id === 'wide' ? BOX_WIDTH + 30 : BOX_WIDTH, height: estimateBoxHeight(box.label) })), links, top: 96 };
    const { routes } = routeAll(input);
    expectSound(input, routes);
  });

  it('marks each crossing of a right-angled route with another route, or with a curve to the next lane, with a hop on the right-angled line', () => {
    const { routes } = routed(NEIGHBOURHOOD_MODEL);
    const hops = [...routes.values()].flatMap((route) => route.hops);
    expect(hops.length).toBeGreaterThan(0);
    const samples = new Map([...routes].map(([id, route]) => [id, sampleRoute(route, 0.5)]));
    for (const [id, route] of routes) {
      for (const hop of route.hops) {
        const onOwnLine = route.points.some((point, i) => {
          const next = route.points[i + 1];
          return next && ((point.y === hop.y && next.y === hop.y) || (point.x === hop.x && next.x === hop.x));
        });
        expect(onOwnLine, id).toBe(true);
        const crossedBy = [...samples].filter(([other, points]) => other !== id && points.some((p) => Math.hypot(p.x - hop.x, p.y - hop.y) < 1.5));
        expect(crossedBy.length, `${id} hops at ${hop.x},${hop.y}`).toBeGreaterThan(0);
      }
    }
  });

  it('works a model’s routes out once while its boxes and links are the same', () => {
    expect(routeModel(NEIGHBOURHOOD_MODEL)).toBe(routeModel(NEIGHBOURHOOD_MODEL));
    expect(routeModel({ ...NEIGHBOURHOOD_MODEL, links: [...NEIGHBOURHOOD_MODEL.links] })).not.toBe(routeModel(NEIGHBOURHOOD_MODEL));
  });
});

describe('re-routing while a box is dragged', () => {
  it('routes only the moving box’s links again, round the boxes where it is now, leaving their other ends where they were', () => {
    const input = routingInput(NEIGHBOURHOOD_MODEL.boxes, NEIGHBOURHOOD_MODEL.links);
    const settled = routeAll(input);
    // "Mixed-income housing built" dragged down the activities lane, between other boxes.
    const moved = { ...input.boxes.find((box) => box.id === 'build')!, y: 480 };
    const routes = routesWhileMoving(settled, input, [moved]);
    const touching = NEIGHBOURHOOD_MODEL.links.filter((link) => link.source === 'build' || link.target === 'build').map((link) => link.id);
    for (const [id, route] of routes) {
      if (touching.includes(id)) {
        expect(route).not.toBe(settled.routes.get(id));
        const link = NEIGHBOURHOOD_MODEL.links.find((l) => l.id === id)!;
        const fixedEnd = link.source === 'build' ? route.points[route.points.length - 1]! : route.points[0]!;
        const settledRoute = settled.routes.get(id)!;
        expect(fixedEnd).toEqual(link.source === 'build' ? settledRoute.points[settledRoute.points.length - 1] : settledRoute.points[0]);
      } else expect(route).toBe(settled.routes.get(id));
    }
    const movedInput = { ...input, boxes: input.boxes.map((box) => (box.id === 'build' ? moved : box)), links: input.links.filter((link) => touching.includes(link.id)) };
    expect(linesThroughBoxes(movedInput, new Map(touching.map((id) => [id, routes.get(id)!])))).toEqual([]);
  });

  it('re-routes a generated 1,000-box model’s moving box without touching the others', { timeout: 60_000 }, () => {
    const model = generateModel({ boxes: 1_000, rowHeight: 130 });
    const input = routingInput(model.boxes, model.links);
    const settled = routeAll(input);
    const box = input.boxes[500]!;
    const rerouted = rerouteMoving(settled, [{ ...box, y: box.y + 37 }], input.links, new Map(input.boxes.map((b) => [b.id, b])));
    expect([...rerouted.keys()].sort()).toEqual(model.links.filter((link) => link.source === box.id || link.target === box.id).map((link) => link.id).sort());
    for (const route of rerouted.values()) expect(sampleRoute(route).length).toBeGreaterThan(1);
  });
});
