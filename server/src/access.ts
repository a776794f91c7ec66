/**
 * Who is let into a room, and as what, once people can sign in: through a link (as the link says,
 * while links are on for the room and the server), or by name (the "member" token: a signed-in
 * person among the room's people, with their role). And, when a room's people or links change,
 * which open connections must now be closed, with the words the app shows.
 */
import type { AccessStore, Person } from './accessStore.js';
import { isLower } from './accessStore.js';
import { ACCESS_CHANGED, ACCESS_REMOVED, LINKS_OFF, NOT_SHARED_WITH_YOU } from './closeReasons.js';
import { Refused, type Admission, type Rooms } from './rooms.js';

/** What the app presents instead of a link's token to come in by name. */
export const MEMBER_TOKEN = 'member';
/** A named person's connection is not cut by "Make new links". */
const EVERY_GENERATION = Number.MAX_SAFE_INTEGER;

export function accessRules(store: AccessStore, rooms: Rooms, linksAllowed: boolean) {
  async function linksOn(room: string): Promise<boolean> {
    return linksAllowed && !(await store.accessOf(room)).linksOff;
  }

  return {
    linksOn,

    async admit(linkToken: unknown, room: string, person: Person | undefined): Promise<Admission> {
      if (linkToken === MEMBER_TOKEN) {
        const role = person ? await store.memberRole(room, person.email) : undefined;
        if (!person || !role || (await rooms.generationOf(room)) === undefined) throw new Refused(NOT_SHARED_WITH_YOU);
        return { role, generation: EVERY_GENERATION, via: 'member', email: person.email };
      }
      if (!(await linksOn(room))) {
        // A named person who opens a link while links are off still comes in by name.
        const role = person ? await store.memberRole(room, person.email) : undefined;
        if (person && role) return { role, generation: EVERY_GENERATION, via: 'member', email: person.email };
        throw new Refused(LINKS_OFF);
      }
      const admission = await rooms.admit(linkToken, room);
      return { ...admission, via: 'link', ...(person ? { email: person.email } : {}) };
    },

    /** Why this open connection must now close (its person removed, their role lowered, links turned off), or undefined to keep it. */
    async closeReason(room: string, admission: Admission): Promise<string | undefined> {
      if (admission.via === 'member' && admission.email) {
        const role = await store.memberRole(room, admission.email);
        if (!role) return ACCESS_REMOVED;
        if (isLower(role, admission.role)) return ACCESS_CHANGED;
        return undefined;
      }
      if (admission.via === 'link' && !(await linksOn(room))) {
        const role = admission.email ? await store.memberRole(room, admission.email) : undefined;
        return role ? ACCESS_CHANGED : LINKS_OFF;
      }
      return undefined;
    },
  };
}

export type AccessRules = ReturnType<typeof accessRules>;
