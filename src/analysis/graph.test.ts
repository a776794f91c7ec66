import { describe, expect, it } from 'vitest';
import { buildAdjacency, CycleFinder, leadsToInOrder, reachableInOrder, stronglyConnectedComponents } from './graph';

function graph(nodeCount: number, edges: readonly (readonly [number, number])[]) {
  return buildAdjacency(
    nodeCount,
    edges.map(([from]) => from),
    edges.map(([, to]) => to),
  );
}

function neighbours(adjacency: ReturnType<typeof graph>, node: number): number[] {
  return Array.from(adjacency.target.subarray(adjacency.start[node], adjacency.start[node + 1]));
}

describe('buildAdjacency', () => {
  it('lists each node’s edges in the order given, remembering edge numbers', () => {
    const adjacency = graph(3, [
      [0, 2],
      [1, 0],
      [0, 1],
    ]);
    expect(neighbours(adjacency, 0)).toEqual([2, 1]);
    expect(neighbours(adjacency, 1)).toEqual([0]);
    expect(neighbours(adjacency, 2)).toEqual([]);
    expect(Array.from(adjacency.edge)).toEqual([0, 2, 1]);
  });
});

describe('reachability in order', () => {
  // 0 → 1 → 2 and 3 → 0, with 4 apart; edge 2 (3 → 0) is not followed. Order 3, 0, 1, 2, 4.
  const adjacency = graph(5, [
    [0, 1],
    [1, 2],
    [3, 0],
  ]);
  const order = Int32Array.from([3, 0, 1, 2, 4]);
  const follow = Uint8Array.from([1, 1, 0]);

  it('marks the start nodes and everything downstream along followed edges', () => {
    expect(Array.from(reachableInOrder(adjacency, order, follow, (node) => node === 1))).toEqual([0, 1, 1, 0, 0]);
    expect(Array.from(reachableInOrder(adjacency, order, follow, (node) => node === 3))).toEqual([0, 0, 0, 1, 0]);
    expect(Array.from(reachableInOrder(adjacency, order, Uint8Array.from([1, 1, 1]), (node) => node === 3))).toEqual([1, 1, 1, 1, 0]);
  });

  it('marks the goal nodes and everything upstream along followed edges', () => {
    expect(Array.from(leadsToInOrder(adjacency, order, follow, (node) => node === 2))).toEqual([1, 1, 1, 0, 0]);
    expect(Array.from(leadsToInOrder(adjacency, order, Uint8Array.from([1, 1, 1]), (node) => node === 2))).toEqual([1, 1, 1, 1, 0]);
    expect(Array.from(leadsToInOrder(adjacency, order, follow, () => false))).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('stronglyConnectedComponents', () => {
  it('groups the boxes of each cycle and leaves the rest on their own', () => {
    const { componentOf, size } = stronglyConnectedComponents(
      graph(6, [
        [0, 1],
        [1, 2],
        [2, 0],
        [2, 3],
        [3, 4],
        [4, 3],
        [4, 5],
      ]),
    );
    expect(componentOf[0]).toBe(componentOf[1]);
    expect(componentOf[0]).toBe(componentOf[2]);
    expect(componentOf[3]).toBe(componentOf[4]);
    expect(componentOf[3]).not.toBe(componentOf[0]);
    expect(componentOf[5]).not.toBe(componentOf[4]);
    expect(size[componentOf[0]!]).toBe(3);
    expect(size[componentOf[3]!]).toBe(2);
    expect(size[componentOf[5]!]).toBe(1);
    expect(size).toHaveLength(3);
  });

  it('survives a chain far deeper than any call stack', () => {
    const length = 200_000;
    const edges: [number, number][] = [];
    for (let i = 0; i + 1 < length; i++) edges.push([i, i + 1]);
    edges.push([length - 1, 0]);
    const { size } = stronglyConnectedComponents(graph(length, edges));
    expect(Array.from(size)).toEqual([length]);
  });
});

describe('CycleFinder', () => {
  it('finds the shortest cycle through a node, with the edges between', () => {
    // 0 → 1 → 2 → 3 → 0 and the shortcut 1 → 3.
    const adjacency = graph(4, [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 0],
      [1, 3],
    ]);
    const finder = new CycleFinder(adjacency, stronglyConnectedComponents(adjacency));
    expect(finder.shortestCycleThrough(0)).toEqual({ nodes: [0, 1, 3], edges: [0, 4, 3] });
    expect(finder.shortestCycleThrough(2)).toEqual({ nodes: [2, 3, 0, 1], edges: [2, 3, 0, 1] });
  });

  it('finds no cycle through a node that is on none', () => {
    const adjacency = graph(2, [[0, 1]]);
    expect(new CycleFinder(adjacency, stronglyConnectedComponents(adjacency)).shortestCycleThrough(0)).toBeUndefined();
  });
});
