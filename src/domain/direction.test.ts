import { describe, expect, it } from 'vitest';
import { confidenceDirectionOf, DIRECTION_DESCRIPTIONS, DIRECTION_WORDS, DIRECTIONS, directionOf, progressRank } from './direction';
import { PROGRESS_VALUES, type Rating } from './model';

const rating = (progress: Rating['progress'], confidence: Rating['confidence'] = 'medium'): Rating => ({ progress, confidence, date: '2026-06-01' });

describe('direction of travel', () => {
  it('orders progress off track < at risk < on track < achieved', () => {
    expect(PROGRESS_VALUES.map(progressRank)).toEqual([0, 1, 2, 3]);
  });

  it('says improved, worse or no change against the previous rating', () => {
    expect(directionOf(rating('at-risk'), rating('on-track'))).toBe('improved');
    expect(directionOf(rating('off-track'), rating('achieved'))).toBe('improved');
    expect(directionOf(rating('achieved'), rating('on-track'))).toBe('worse');
    expect(directionOf(rating('on-track'), rating('off-track'))).toBe('worse');
    expect(directionOf(rating('at-risk', 'low'), rating('at-risk', 'high'))).toBe('no-change');
  });

  it('says newly rated when there was no rating before, and nothing when there is none now', () => {
    expect(directionOf(undefined, rating('at-risk'))).toBe('newly-rated');
    expect(directionOf(rating('at-risk'), undefined)).toBeUndefined();
    expect(directionOf(undefined, undefined)).toBeUndefined();
  });

  it('says a change of confidence separately, only when rated both times', () => {
    expect(confidenceDirectionOf(rating('at-risk', 'low'), rating('at-risk', 'medium'))).toBe('higher');
    expect(confidenceDirectionOf(rating('on-track', 'high'), rating('achieved', 'low'))).toBe('lower');
    expect(confidenceDirectionOf(rating('on-track', 'high'), rating('off-track', 'high'))).toBe('same');
    expect(confidenceDirectionOf(undefined, rating('on-track'))).toBeUndefined();
  });

  it('has words and a sentence without symbols for each direction', () => {
    expect(DIRECTIONS.map((direction) => DIRECTION_WORDS[direction])).toEqual(['Improved', 'No change', 'Worse', 'Newly rated']);
    for (const direction of DIRECTIONS) expect(DIRECTION_DESCRIPTIONS[direction]).toMatch(/^[A-Za-z ]+$/);
  });
});
