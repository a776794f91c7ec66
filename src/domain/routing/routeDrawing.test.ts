import { describe, expect, it } from 'vitest';
import { drawCommands, routeExtent, routeMidpoint, routePath } from './routeDrawing';
import { ROUTING, type Route } from './types';

const BRACKET: Route = {
  via: 'channel',
  points: [
    { x: 240, y: 150 },
    { x: 260, y: 150 },
    { x: 260, y: 350 },
    { x: 240, y: 350 },
  ],
  hops: [],
};

describe('drawing a route', () => {
  it('draws a direct link as one curve, level out of its source and level into its target', () => {
    const route: Route = { via: 'direct', points: [{ x: 240, y: 150 }, { x: 280, y: 190 }], hops: [] };
    expect(routePath(route)).toBe('M 240 150 C 280 150 240 190 280 190');
    expect(routeExtent(route)).toHaveLength(4);
  });

  it('rounds each corner with a radius no more than half of either side', () => {
    const commands = drawCommands(BRACKET);
    expect(commands.map((command) => command.kind)).toEqual(['move', 'line', 'quad', 'line', 'quad', 'line']);
    // The first side is 20 long: its corner's radius is the full one (6), not more than half of 20.
    expect(commands[1]).toEqual({ kind: 'line', to: { x: 260 - ROUTING.cornerRadius, y: 150 } });
    expect(commands[2]).toEqual({ kind: 'quad', control: { x: 260, y: 150 }, to: { x: 260, y: 150 + ROUTING.cornerRadius } });
    const tight: Route = { ...BRACKET, points: [{ x: 240, y: 150 }, { x: 244, y: 150 }, { x: 244, y: 350 }, { x: 240, y: 350 }] };
    expect(drawCommands(tight)[1]).toEqual({ kind: 'line', to: { x: 242, y: 150 } });
  });

  it('hops over a crossing with a small arc, upwards on a level line and to the right on an upright one', () => {
    const level: Route = { via: 'corridor', points: [{ x: 0, y: 100 }, { x: 100, y: 100 }], hops: [{ x: 50, y: 100 }] };
    const commands = drawCommands(level);
    expect(commands.map((command) => command.kind)).toEqual(['move', 'line', 'cubic', 'cubic', 'line']);
    expect(commands[2]!.to).toEqual({ x: 50, y: 100 - ROUTING.hopRadius });
    expect(commands[3]!.to).toEqual({ x: 50 + ROUTING.hopRadius, y: 100 });
    const upright: Route = { via: 'channel', points: [{ x: 10, y: 0 }, { x: 10, y: 100 }], hops: [{ x: 10, y: 40 }] };
    expect(drawCommands(upright)[2]!.to).toEqual({ x: 10 + ROUTING.hopRadius, y: 40 });
  });

  it('puts a link’s badge halfway along its route', () => {
    expect(routeMidpoint(BRACKET)).toEqual({ x: 260, y: 250 });
    expect(routeMidpoint({ via: 'direct', points: [{ x: 0, y: 0 }, { x: 40, y: 40 }], hops: [] })).toEqual({ x: 20, y: 20 });
  });
});
