import { describe, expect, it } from 'vitest';
import type { VersionInfo } from '../../domain/versions';
import { defaultIn, offeredIn } from './CompareWithField';

function version(id: string, savedAt: string): VersionInfo {
  return { id, name: id, savedAt, counts: { boxes: 1, links: 0, rated: 0 } };
}

// Newest first, as the version list gives them.
const VERSIONS = [version('q3', '2026-09-03T12:00:00.000Z'), version('q2', '2026-06-03T12:00:00.000Z'), version('q1', '2026-03-03T12:00:00.000Z')];

describe('which version the export compares with at first (issue 15)', () => {
  it('is the latest while the model itself is shown', () => {
    expect(defaultIn({ kind: 'now' }, offeredIn({ kind: 'now' }, VERSIONS))).toBe('q3');
  });

  it('is the comparison’s own earlier side in a compare view, among the versions saved before its later side', () => {
    const view = { kind: 'compare', before: { kind: 'version', id: 'q1' }, after: { kind: 'version', id: 'q2' } } as const;
    expect(offeredIn(view, VERSIONS).map((info) => info.id)).toEqual(['q1']);
    expect(defaultIn(view, offeredIn(view, VERSIONS))).toBe('q1');
    const withNow = { kind: 'compare', before: { kind: 'version', id: 'q2' }, after: { kind: 'now' } } as const;
    expect(offeredIn(withNow, VERSIONS)).toHaveLength(3);
    expect(defaultIn(withNow, offeredIn(withNow, VERSIONS))).toBe('q2');
  });

  it('is the version saved before the one looked at: only earlier ones are offered, none before the first', () => {
    const looking = (info: VersionInfo) => ({ kind: 'version', version: info }) as const;
    expect(offeredIn(looking(VERSIONS[1]!), VERSIONS).map((info) => info.id)).toEqual(['q1']);
    expect(defaultIn(looking(VERSIONS[1]!), offeredIn(looking(VERSIONS[1]!), VERSIONS))).toBe('q1');
    expect(offeredIn(looking(VERSIONS[2]!), VERSIONS)).toEqual([]);
    expect(defaultIn(looking(VERSIONS[2]!), offeredIn(looking(VERSIONS[2]!), VERSIONS))).toBe('');
  });

  it('is None when there are no versions', () => {
    expect(defaultIn({ kind: 'now' }, [])).toBe('');
  });
});
