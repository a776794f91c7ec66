/**
 * Graph algorithms over boxes numbered 0…n-1, written for models of tens of thousands of boxes:
 * compact adjacency arrays, linear time, and explicit stacks instead of recursion so that a long
 * chain cannot overflow the call stack.
 */

/** Outgoing edges in compressed form: node v's edges are positions start[v] … start[v+1]-1. */
export interface Adjacency {
  readonly nodeCount: number;
  readonly start: Int32Array;
  /** The node each edge leads to. */
  readonly target: Int32Array;
  /** The caller's number for each edge (for us, the link's position), so a path can name its links. */
  readonly edge: Int32Array;
}

/** Builds adjacency from parallel edge lists; each node's edges keep the order of the lists. */
export function buildAdjacency(nodeCount: number, sources: ArrayLike<number>, targets: ArrayLike<number>): Adjacency {
  const start = new Int32Array(nodeCount + 1);
  for (let e = 0; e < sources.length; e++) start[(sources[e] as number) + 1]! += 1;
  for (let v = 0; v < nodeCount; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, nodeCount);
  const target = new Int32Array(sources.length);
  const edge = new Int32Array(sources.length);
  for (let e = 0; e < sources.length; e++) {
    const slot = fill[sources[e] as number]!++;
    target[slot] = targets[e] as number;
    edge[slot] = e;
  }
  return { nodeCount, start, target, edge };
}

/*
 * Reachability along edges that always lead to a node later in a given order (a topological order),
 * as links to a later level do when boxes are taken level by level: one pass, no queue. `follow`
 * marks (1) the edges to walk, by the caller's edge number.
 */

/** Marks (1) every node reachable from a start node, start nodes included. */
export function reachableInOrder(adjacency: Adjacency, order: Int32Array, follow: Uint8Array, isStart: (node: number) => boolean): Uint8Array {
  const reached = new Uint8Array(adjacency.nodeCount);
  for (let position = 0; position < order.length; position++) {
    const v = order[position]!;
    if (!reached[v] && !isStart(v)) continue;
    reached[v] = 1;
    for (let i = adjacency.start[v]!; i < adjacency.start[v + 1]!; i++) {
      if (follow[adjacency.edge[i]!]) reached[adjacency.target[i]!] = 1;
    }
  }
  return reached;
}

/** Marks (1) every node from which some goal node can be reached, goal nodes included. */
export function leadsToInOrder(adjacency: Adjacency, order: Int32Array, follow: Uint8Array, isGoal: (node: number) => boolean): Uint8Array {
  const leads = new Uint8Array(adjacency.nodeCount);
  for (let position = order.length - 1; position >= 0; position--) {
    const v = order[position]!;
    if (isGoal(v)) {
      leads[v] = 1;
      continue;
    }
    for (let i = adjacency.start[v]!; i < adjacency.start[v + 1]!; i++) {
      if (follow[adjacency.edge[i]!] && leads[adjacency.target[i]!]) {
        leads[v] = 1;
        break;
      }
    }
  }
  return leads;
}

export interface Components {
  /** Component number of each node. */
  readonly componentOf: Int32Array;
  /** Number of nodes in each component. (No member lists: most components are single nodes.) */
  readonly size: Int32Array;
}

/** Strongly connected components (Tarjan's algorithm, with explicit stacks). */
export function stronglyConnectedComponents(adjacency: Adjacency): Components {
  const n = adjacency.nodeCount;
  const { start, target } = adjacency;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  const componentOf = new Int32Array(n).fill(-1);
  const size = new Int32Array(n);
  let componentCount = 0;
  let stackSize = 0;
  let counter = 0;

  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    let depth = 0;
    order[root] = low[root] = counter++;
    stack[stackSize++] = root;
    onStack[root] = 1;
    callNode[depth] = root;
    callEdge[depth] = start[root]!;
    depth++;
    while (depth > 0) {
      const v = callNode[depth - 1]!;
      const e = callEdge[depth - 1]!;
      if (e < start[v + 1]!) {
        callEdge[depth - 1] = e + 1;
        const w = target[e]!;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack[stackSize++] = w;
          onStack[w] = 1;
          callNode[depth] = w;
          callEdge[depth] = start[w]!;
          depth++;
        } else if (onStack[w] && order[w]! < low[v]!) {
          low[v] = order[w]!;
        }
        continue;
      }
      depth--;
      if (low[v] === order[v]) {
        const id = componentCount++;
        let w: number;
        do {
          w = stack[--stackSize]!;
          onStack[w] = 0;
          componentOf[w] = id;
          size[id]! += 1;
        } while (w !== v);
      }
      if (depth > 0) {
        const parent = callNode[depth - 1]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
    }
  }
  return { componentOf, size: size.subarray(0, componentCount) };
}

export interface Cycle {
  /** Nodes in order round the cycle, starting with the node asked for (not repeated at the end). */
  readonly nodes: readonly number[];
  /** Edge numbers: edges[i] leads from nodes[i] to the next node. */
  readonly edges: readonly number[];
}

/**
 * Finds shortest cycles within strongly connected components. Scratch arrays are shared across
 * calls, so finding a cycle in each of many small components stays linear overall.
 */
export class CycleFinder {
  private readonly seen: Int32Array;
  private readonly viaEdge: Int32Array;
  private readonly parent: Int32Array;
  private readonly queue: Int32Array;
  private visit = 0;

  constructor(
    private readonly adjacency: Adjacency,
    private readonly components: Components,
  ) {
    this.seen = new Int32Array(adjacency.nodeCount);
    this.viaEdge = new Int32Array(adjacency.nodeCount);
    this.parent = new Int32Array(adjacency.nodeCount);
    this.queue = new Int32Array(adjacency.nodeCount);
  }

  /** The shortest cycle through `node`, found breadth-first inside its component. */
  shortestCycleThrough(node: number): Cycle | undefined {
    const { start, target } = this.adjacency;
    const component = this.components.componentOf[node];
    const mark = ++this.visit;
    this.seen[node] = mark;
    this.queue[0] = node;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const v = this.queue[head]!;
      for (let i = start[v]!; i < start[v + 1]!; i++) {
        const w = target[i]!;
        if (this.components.componentOf[w] !== component) continue;
        if (w === node) return this.pathBack(node, v, i);
        if (this.seen[w] === mark) continue;
        this.seen[w] = mark;
        this.viaEdge[w] = i;
        this.parent[w] = v;
        this.queue[tail++] = w;
      }
    }
    return undefined;
  }

  private pathBack(node: number, last: number, closingEdge: number): Cycle {
    const nodes: number[] = [];
    const edges: number[] = [this.adjacency.edge[closingEdge]!];
    for (let v = last; v !== node; v = this.parent[v]!) {
      nodes.push(v);
      edges.push(this.adjacency.edge[this.viaEdge[v]!]!);
    }
    nodes.push(node);
    nodes.reverse();
    edges.reverse();
    return { nodes, edges };
  }
}
