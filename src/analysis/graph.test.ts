import { describe, expect, it } from 'vitest';
import { buildAdjacency, CycleFinder, markReachable, stronglyConnectedComponents } from './graph';

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

  it('leaves out the edges `keep` rejects', () => {
    const adjacency = buildAdjacency(2, [0, 1], [1, 0], (edge) => edge === 0);
    expect(neighbours(adjacency, 0)).toEqual([1]);
    expect(neighbours(adjacency, 1)).toEqual([]);
  });
});

describe('markReachable', () => {
  it('marks the seeds and everything downstream, nothing upstream', () => {
    const adjacency = graph(5, [
      [0, 1],
      [1, 2],
      [3, 0],
    ]);
    expect(Array.from(markReachable(adjacency, [1]))).toEqual([0, 1, 1, 0, 0]);
    expect(Array.from(markReachable(adjacency, []))).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('stronglyConnectedComponents', () => {
  it('groups the boxes of each cycle and leaves the rest on their own', () => {
    const { componentOf, members } = stronglyConnectedComponents(
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
    const groups = members.filter((group) => group.length > 1).map((group) => [...group].sort());
    expect(groups.sort()).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
    expect(componentOf[0]).toBe(componentOf[2]);
    expect(componentOf[5]).not.toBe(componentOf[4]);
  });

  it('survives a chain far deeper than any call stack', () => {
    const length = 200_000;
    const edges: [number, number][] = [];
    for (let i = 0; i + 1 < length; i++) edges.push([i, i + 1]);
    edges.push([length - 1, 0]);
    const { members } = stronglyConnectedComponents(graph(length, edges));
    expect(members).toHaveLength(1);
    expect(members[0]).toHaveLength(length);
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
