/**
 * Who else is here, as read from the provider's awareness. What partners send is untrusted input
 * from the network: it is read field by field and bounded, never passed on as it came.
 */
export interface DragPresence {
  readonly boxId: string;
  readonly x: number;
  readonly y: number;
}

/** What each person tells the others, about once per animation frame at most. */
export interface PresenceState {
  readonly name: string;
  readonly colour: string;
  /** Ids of the boxes this person has selected. */
  readonly selection: readonly string[];
  /** Boxes this person is dragging right now, where they are (written to the model once, on drop). */
  readonly drag: readonly DragPresence[];
}

export interface Partner extends PresenceState {
  /** The partner's awareness client id (one per open page). */
  readonly id: number;
}

/** Distinct on white and from the level colours, and dark enough for a 3:1 outline against the lanes. */
export const PARTNER_COLOURS = ['#b3261e', '#1a73e8', '#7b1fa2', '#00796b', '#e65100', '#c2185b', '#3949ab', '#5d4037'] as const;

export function colourFor(clientId: number): string {
  return PARTNER_COLOURS[Math.abs(clientId) % PARTNER_COLOURS.length] as string;
}

const MAX_NAME = 60;
const MAX_ITEMS = 500;

function ids(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string' && id.length <= 100).slice(0, MAX_ITEMS) : [];
}

function drags(value: unknown): DragPresence[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, MAX_ITEMS).flatMap((item: unknown) => {
    const drag = item as Partial<DragPresence> | null;
    return typeof drag?.boxId === 'string' && Number.isFinite(drag.x) && Number.isFinite(drag.y) ? [{ boxId: drag.boxId, x: drag.x as number, y: drag.y as number }] : [];
  });
}

/** The partners in awareness states (everyone but `self`), in a stable order. */
export function partnersOf(states: ReadonlyMap<number, Record<string, unknown>>, self: number): Partner[] {
  const partners: Partner[] = [];
  for (const [id, state] of states) {
    if (id === self || typeof state.name !== 'string') continue;
    partners.push({
      id,
      name: state.name.trim().slice(0, MAX_NAME) || 'Someone',
      // Drawn in the colour of the partner's id, so everyone sees one person in one colour, whatever was sent.
      colour: colourFor(id),
      selection: ids(state.selection),
      drag: drags(state.drag),
    });
  }
  return partners.sort((a, b) => a.id - b.id);
}
