import { CycleFinder, stronglyConnectedComponents } from '../graph';
import { NOT_JUST_LINEAR } from '../passages';
import { flag, type Rule } from '../rule';
import { boxName, counted } from '../wording';

// A loop through more boxes than this is named by its ends, so the message stays one readable line.
const MOST_BOXES_NAMED = 8;

function loopInWords(names: readonly string[]): string {
  const first = names[0]!;
  if (names.length <= MOST_BOXES_NAMED) return `A loop: ${[...names, first].join(' → ')}.`;
  const shown = [...names.slice(0, MOST_BOXES_NAMED - 2), '…', ...names.slice(-2), first];
  return `A loop of ${names.length} boxes: ${shown.join(' → ')}.`;
}

/**
 * Links that form a cycle, whatever their shapes. Each strongly connected group of two or more
 * boxes is reported once, naming the shortest loop through its first box in reading order. (A box
 * linked to itself is not reported as a loop: the editor and file import refuse such links.)
 */
export const loop: Rule = {
  kind: 'loop',
  check(context) {
    const components = stronglyConnectedComponents(context.everyLink);
    // Walking the boxes in reading order gathers each group's members already sorted, in linear time.
    const membersInOrder = new Map<number, number[]>();
    for (const box of context.boxesInReadingOrder) {
      const component = components.componentOf[box]!;
      if (components.members[component]!.length < 2) continue;
      const members = membersInOrder.get(component);
      if (members) members.push(box);
      else membersInOrder.set(component, [box]);
    }

    const finder = new CycleFinder(context.everyLink, components);
    const flags = [];
    for (const members of membersInOrder.values()) {
      const cycle = finder.shortestCycleThrough(members[0]!)!;
      const onCycle = new Set(cycle.nodes);
      const cycleBoxes = cycle.nodes.map((box) => context.boxes[box]!);
      const othersInOrder = members.filter((box) => !onCycle.has(box)).map((box) => context.boxes[box]!);
      const others = othersInOrder.length;
      const message =
        loopInWords(cycleBoxes.map(boxName)) +
        (others ? ` ${counted(others, 'more box', 'more boxes')} ${others === 1 ? 'is' : 'are'} caught up in loops with these.` : '') +
        ' Loops can be right, as effects feed back; check that each link in it is meant.';
      const linkIds = cycle.edges.map((edge) => context.links[edge]!.link.id);
      const cycleBoxIds = cycleBoxes.map((box) => box.id);
      // Keyed by the group's smallest box id, so the key survives boxes being moved about.
      const keyBox = members.reduce((smallest, box) => (context.boxes[box]!.id < smallest ? context.boxes[box]!.id : smallest), cycleBoxIds[0]!);
      flags.push(
        flag({
          key: `loop:${keyBox}`,
          kind: 'loop',
          severity: 'notice',
          message,
          passage: NOT_JUST_LINEAR,
          boxIds: [...cycleBoxIds, ...othersInOrder.map((box) => box.id)],
          linkIds,
          cycleBoxIds,
          action: { type: 'select', boxIds: cycleBoxIds, linkIds },
        }),
      );
    }
    return flags;
  },
};
