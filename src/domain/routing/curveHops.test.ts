import { describe, expect, it } from 'vitest';
import { BOX_WIDTH, boxXFor, estimateBoxHeight } from '../lanes';
import { LEVEL_IDS } from '../levels';
import type { Box, Link } from '../model';
import { routingInput } from './modelRoutes';
import { drawCommands } from './routeDrawing';
import { routeAll } from './router';
import { endsOffSides, linesThroughBoxes, sampleRoute, sharedTracks } from './testing/routeChecks';
import { JUSTICE_MODEL, NEIGHBOURHOOD_MODEL } from './testing/realLookingModels';
import { ROUTING, type Point, type Route } from './types';

const box = (id: string, lane: number, y: number): Box => ({ id, level: LEVEL_IDS[lane]!, label: id, x: boxXFor(LEVEL_IDS[lane]!), y });

function routesOf(boxes: readonly Box[], links: readonly Link[]) {
  const input = routingInput(boxes, links);
  const { routes } = routeAll(input);
  expect(linesThroughBoxes(input, routes)).toEqual([]);
  expect(sharedTracks(routes)).toEqual([]);
  expect(endsOffSides(input, routes)).toEqual([]);
  return routes;
}

/** Where the drawn curve of a direct route is nearest a point: sampled finely, found independently of the router's algebra. */
function nearestOnCurve(curve: Route, point: Point): number {
  return Math.min(...sampleRoute(curve, 0.05).map((p) => Math.hypot(p.x - point.x, p.y - point.y)));
}

describe('hops where a right-angled route crosses a curve to the next lane', () => {
  // A tall curve from the activities lane down to the engagement lane, and a skip link from inputs to outcomes across it.
  const tall = [box('from', 1, 100), box('to', 2, 400)];
  const skipEnds = (y: number) => [box('start', 0, y), box('finish', 3, y)];
  const links: Link[] = [
    { id: 'curve', source: 'from', target: 'to' },
    { id: 'skip', source: 'start', target: 'finish' },
  ];

  it('hops the skip link’s level line once, where the curve crosses it', () => {
    const routes = routesOf([...tall, ...skipEnds(250)], links);
    const curve = routes.get('curve')!;
    const skip = routes.get('skip')!;
    expect(curve.via).toBe('direct');
    expect(skip.hops).toHaveLength(1);
    const hop = skip.hops[0]!;
    // On the skip link's own level line, in the gap between the curve's two lanes, on the curve.
    expect(skip.points.some((p, i) => skip.points[i + 1]?.y === hop.y && p.y === hop.y)).toBe(true);
    expect(hop.x).toBeGreaterThan(boxXFor('activities') + BOX_WIDTH);
    expect(hop.x).toBeLessThan(boxXFor('engagement'));
    expect(nearestOnCurve(curve, hop)).toBeLessThan(0.1);
    // Clear of the curve's ends, and drawn as the small arc over it.
    for (const end of curve.points) expect(Math.hypot(end.x - hop.x, end.y - hop.y)).toBeGreaterThan(ROUTING.hopRadius + 1);
    const arcs = drawCommands(skip).filter((command) => command.kind === 'cubic');
    expect(arcs).toHaveLength(2);
    expect(arcs[0]!.to.x).toBeCloseTo(hop.x, 6);
    expect(arcs[0]!.to.y).toBeCloseTo(hop.y - ROUTING.hopRadius, 6);
  });

  it('gives no hop to a skip link that passes below the curve', () => {
    const routes = routesOf([...tall, ...skipEnds(600)], links);
    const skip = routes.get('skip')!;
    expect(Math.min(...skip.points.map((p) => p.y))).toBeGreaterThan(400 + estimateBoxHeight('to'));
    expect(skip.hops).toEqual([]);
  });

  it('hops an upright line where a level curve crosses it, on the upright line', () => {
    // A link within the activities lane runs down the gap after it; a curve at one height crosses that gap.
    const boxes = [box('top', 1, 100), box('bottom', 1, 500), box('left', 1, 300), box('right', 2, 300)];
    const routes = routesOf(boxes, [
      { id: 'down', source: 'top', target: 'bottom' },
      { id: 'across', source: 'left', target: 'right' },
    ]);
    const down = routes.get('down')!;
    const across = routes.get('across')!;
    expect(down.via).toBe('channel');
    expect(down.hops).toHaveLength(1);
    const hop = down.hops[0]!;
    expect(down.points.some((p, i) => down.points[i + 1]?.x === hop.x && p.x === hop.x)).toBe(true);
    expect(nearestOnCurve(across, hop)).toBeLessThan(0.1);
  });

  it('gives no hop where a curve runs nearly along the line it crosses, nor where it does not cross', () => {
    // The tall curve's steep middle against the lane-internal link's upright line in the same gap.
    const boxes = [box('top', 1, 100), box('bottom', 1, 900), box('high', 1, 250), box('low', 2, 750)];
    const routes = routesOf(boxes, [
      { id: 'down', source: 'top', target: 'bottom' },
      { id: 'steep', source: 'high', target: 'low' },
    ]);
    expect(routes.get('down')!.hops).toEqual([]);
  });

  it('hops a level line through a bundle of curves once per hop’s width, every hop on a curve', () => {
    // Six curves from boxes high in the activities lane to boxes low in the engagement lane, all crossing the skip link's height.
    const boxes = [...skipEnds(330)];
    const bundle: Link[] = [{ id: 'skip', source: 'start', target: 'finish' }];
    for (let i = 0; i < 6; i++) {
      boxes.push(box(`high${i}`, 1, 40 + 60 * i), box(`low${i}`, 2, 420 + 60 * i));
      bundle.push({ id: `curve${i}`, source: `high${i}`, target: `low${i}` });
    }
    const routes = routesOf(boxes, bundle);
    const skip = routes.get('skip')!;
    const y = skip.hops[0]?.y;
    expect(skip.hops.length).toBeGreaterThan(0);
    expect(skip.hops.length).toBeLessThanOrEqual(Math.ceil(40 / (2 * ROUTING.hopRadius + 1)) + 1);
    const xs = skip.hops.map((hop) => hop.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(2 * ROUTING.hopRadius + 1);
    for (const hop of skip.hops) {
      expect(hop.y).toBe(y);
      expect(Math.min(...[...routes].filter(([id]) => id !== 'skip').map(([, curve]) => nearestOnCurve(curve, hop)))).toBeLessThan(0.1);
    }
    // Every crossing is within a hop's width of a hop: none is left looking like a junction.
    for (const [id, curve] of routes) {
      if (id === 'skip') continue;
      const crossing = sampleRoute(curve, 0.05).reduce((best, p) => (Math.abs(p.y - y!) < Math.abs(best.y - y!) ? p : best));
      expect(Math.min(...xs.map((x) => Math.abs(x - crossing.x))), id).toBeLessThanOrEqual(2 * ROUTING.hopRadius + 1);
    }
  });

  it('puts every hop of the real-looking models on its own line, where another route crosses it', () => {
    for (const model of [NEIGHBOURHOOD_MODEL, JUSTICE_MODEL]) {
      const routes = routesOf(model.boxes, model.links);
      const samples = new Map([...routes].map(([id, route]) => [id, sampleRoute(route, 0.25)]));
      for (const [id, route] of routes) {
        for (const hop of route.hops) {
          const crossedBy = [...samples].filter(([other, points]) => other !== id && points.some((p) => Math.hypot(p.x - hop.x, p.y - hop.y) < 1));
          expect(crossedBy.length, `${id} hops at ${hop.x},${hop.y}`).toBeGreaterThan(0);
        }
      }
    }
  });
});
