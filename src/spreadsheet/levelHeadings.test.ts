import { describe, expect, it } from 'vitest';
import { levelForHeading } from './levelHeadings';

describe('levelForHeading', () => {
  it.each([
    ['Inputs', 'inputs'],
    ['Resources', 'inputs'],
    ['Inputs / Resources', 'inputs'],
    ['What we invest', 'inputs'],
    ['Activities', 'activities'],
    ['ACTIVITY', 'activities'],
    ['Outputs', 'engagement'],
    ['Outputs – Participation', 'engagement'],
    ['Participation', 'engagement'],
    ['Engagement', 'engagement'],
    ['Who we reach', 'engagement'],
    ['Reactions', 'reactions'],
    ['Short-term outcomes', 'learning'],
    ['Short term outcomes (learning)', 'learning'],
    ['Learning', 'learning'],
    ['Knowledge', 'learning'],
    ['Knowledge, skills and attitudes', 'learning'],
    ['Knowledge, skills & attitudes', 'learning'],
    ['Medium-term outcomes', 'practice'],
    ['Intermediate outcomes', 'practice'],
    ['Behaviour', 'practice'],
    ['Behavior change', 'practice'],
    ['Practice', 'practice'],
    ['Practice change', 'practice'],
    ['Long-term outcomes', 'outcomes'],
    ['Long term outcomes / Impact', 'outcomes'],
    ['Impact', 'outcomes'],
    ['Final outcomes', 'outcomes'],
    ['Outcomes', 'outcomes'],
    ['outcomes', 'outcomes'],
  ])('“%s” is %s', (heading, level) => {
    expect(levelForHeading(heading)).toBe(level);
  });

  it.each(['', 'Notes', 'Assumptions', 'External factors', 'Owner', 'Row 1'])('“%s” is no level', (heading) => {
    expect(levelForHeading(heading)).toBeUndefined();
  });
});
