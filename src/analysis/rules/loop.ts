import type { AnalysisContext } from '../context';
import { CycleFinder, stronglyConnectedComponents, type Components } from '../graph';
import { NOT_JUST_LINEAR } from '../passages';
import { NO_IDS, type Rule } from '../rule';
import type { Flag } from '../types';
import { counted } from '../wording';

// A loop through more boxes than this is named by its ends, so the message stays one readable line.
const MOST_BOXES_NAMED = 8;

function loopInWords(names: readonly string[]): string {
  const first = names[0]!;
  if (names.length <= MOST_BOXES_NAMED) return `A loop: ${[...names, first].join(' → ')}.`;
  const shown = [...names.slice(0, MOST_BOXES_NAMED - 2), '…', ...names.slice(-2), first];
  return `A loop of ${names.length} boxes: ${shown.join(' → ')}.`;
}

/**
 * The boxes of every group of two or more, each group's members in reading order and the groups in
 * the reading order of their first members: one counting sort by group, so linear time.
 */
function groupsInReadingOrder(context: AnalysisContext, components: Components): number[][] {
  const { boxesInReadingOrder } = context;
  const groups: number[][] = [];
  const groupOfComponent = new Int32Array(components.size.length).fill(-1);
  for (let position = 0; position < boxesInReadingOrder.length; position++) {
    const box = boxesInReadingOrder[position]!;
    const component = components.componentOf[box]!;
    if (components.size[component]! < 2) continue;
    let group = groupOfComponent[component]!;
    if (group === -1) {
      group = groupOfComponent[component] = groups.length;
      groups.push([]);
    }
    groups[group]!.push(box);
  }
  return groups;
}

/**
 * Marks each group holding a link that runs back (feedback or same-level; forward links cannot close
 * a loop alone) without a note saying why. A group with none is the briefing's "not just linear" on
 * purpose, so its loop is reported as acknowledged, like its links. One pass over the links.
 */
function groupsWithUnexplainedLinkBack(context: AnalysisContext, components: Components): Uint8Array {
  const unexplained = new Uint8Array(components.size.length);
  for (let link = 0; link < context.links.length; link++) {
    if (context.linkIsForward[link]) continue;
    const component = components.componentOf[context.linkSource[link]!]!;
    if (components.componentOf[context.linkTarget[link]!] !== component) continue;
    if (!context.links[link]!.note?.trim()) unexplained[component] = 1;
  }
  return unexplained;
}

/**
 * Links that form a cycle, whatever their shapes. Each strongly connected group of two or more
 * boxes is reported once, naming the shortest loop through its first box in reading order. (A box
 * linked to itself is not reported as a loop: the editor and file import refuse such links.)
 */
export const loop: Rule = {
  kind: 'loop',
  check(context) {
    const components = stronglyConnectedComponents(context.graph);
    const finder = new CycleFinder(context.graph, components);
    const onCycle = new Uint8Array(context.boxes.length);
    const unexplained = groupsWithUnexplainedLinkBack(context, components);
    const boxId = (box: number) => context.boxes[box]!.id;
    const flags: Flag[] = [];
    for (const members of groupsInReadingOrder(context, components)) {
      const cycle = finder.shortestCycleThrough(members[0]!)!;
      for (const box of cycle.nodes) onCycle[box] = 1;
      const others = members.filter((box) => !onCycle[box]);
      for (const box of cycle.nodes) onCycle[box] = 0;

      const acknowledged = !unexplained[components.componentOf[members[0]!]!];
      const message =
        loopInWords(cycle.nodes.map(context.nameOf)) +
        (others.length
          ? ` ${counted(others.length, 'more box', 'more boxes')} ${others.length === 1 ? 'is' : 'are'} caught up in loops with these.`
          : '') +
        (acknowledged
          ? ' Every link back in it has a note saying why.'
          : ' Loops can be right, as effects feed back; check that each link in it is meant.');
      const cycleBoxIds = cycle.nodes.map(boxId);
      const linkIds = cycle.edges.map((edge) => context.links[edge]!.id);
      // Keyed by the group's smallest box id, so the key survives boxes being moved about.
      let keyId = boxId(members[0]!);
      for (const box of members) if (boxId(box) < keyId) keyId = boxId(box);
      flags.push({
        key: `loop:${keyId}`,
        kind: 'loop',
        severity: acknowledged ? 'info' : 'notice',
        message,
        ...(acknowledged ? { acknowledged: true } : {}),
        passage: NOT_JUST_LINEAR,
        boxIds: [...cycleBoxIds, ...others.map(boxId)],
        linkIds,
        conditionIds: NO_IDS,
        cycleBoxIds,
        action: { type: 'select', boxIds: cycleBoxIds, linkIds },
      });
    }
    return flags;
  },
};
