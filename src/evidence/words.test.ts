import { describe, expect, it } from 'vitest';
import { stem, stems } from './words';

describe('stems', () => {
  it('brings the forms of a word together', () => {
    for (const group of [
      ['share', 'shared', 'sharing', 'shares'],
      ['meeting', 'meetings'],
      ['resource', 'resources', 'resourcing'],
      ['manage', 'managed', 'management'],
      ['plan', 'planned', 'planning'],
      ['community', 'communities'],
      ['decision', 'decisions'],
    ]) {
      expect(new Set(group.map(stem)).size, group.join(', ')).toBe(1);
    }
  });

  it('leaves a final s that is not a plural, and short words', () => {
    expect(stem('process')).toBe('process');
    expect(stem('processes')).toBe('process');
    expect(stem('bus')).toBe('bus');
  });

  it('splits hyphens and punctuation and drops common words', () => {
    expect(stems("Monthly information-sharing meetings with the partners' leads")).toEqual(['month', 'inform', 'shar', 'meet', 'partner', 'lead']);
    expect(stems('  ')).toEqual([]);
  });
});
