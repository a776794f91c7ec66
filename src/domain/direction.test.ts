import { describe, expect, it } from 'vitest';
import { confidenceDirectionOf, DIRECTION_DESCRIPTIONS, DIRECTION_WORDS, DIRECTIONS, directionOf, directionsSince, progressRank } from './direction';
import { PROGRESS_VALUES, type Box, type ModelContent, type Rating } from './model';

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

describe('directionsSince', () => {
  const box = (id: string, rated?: Rating): Box => ({ id, level: 'practice', label: id, x: 0, y: 0, ...(rated ? { rating: rated } : {}) });
  const content = (...boxes: Box[]): ModelContent => ({ title: 'Model', boxes, links: [], conditions: [] });

  it('gives every box rated now its direction against the earlier version', () => {
    const previous = content(box('up', rating('at-risk', 'low')), box('down', rating('achieved')), box('same', rating('on-track')), box('unrated'), box('dropped', rating('on-track')));
    const present = content(box('up', rating('on-track', 'high')), box('down', rating('at-risk')), box('same', rating('on-track')), box('unrated', rating('off-track')), box('dropped'), box('new', rating('achieved')));
    const directions = directionsSince(previous, present);
    expect(Object.fromEntries([...directions].map(([id, each]) => [id, [each.direction, each.confidence]]))).toEqual({
      up: ['improved', 'higher'],
      down: ['worse', 'same'],
      same: ['no-change', 'same'],
      unrated: ['newly-rated', undefined],
      new: ['newly-rated', undefined],
    });
    expect(directions.get('up')!.previous).toEqual(rating('at-risk', 'low'));
    expect(directions.get('new')).not.toHaveProperty('previous');
  });
});
