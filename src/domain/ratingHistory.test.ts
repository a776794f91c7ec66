import { describe, expect, it } from 'vitest';
import type { Box, ModelContent, Rating } from './model';
import { ratingHistories, ratingHistory, ratingHistoryInWords, type VersionForHistory } from './ratingHistory';

const rating = (progress: Rating['progress'], confidence: Rating['confidence'] = 'medium'): Rating => ({ progress, confidence, date: '2026-06-01' });
const box = (id: string, rated?: Rating): Box => ({ id, level: 'activities', label: id, x: 0, y: 0, ...(rated ? { rating: rated } : {}) });
const content = (...boxes: Box[]): ModelContent => ({ title: 'Model', boxes, links: [], conditions: [] });
const version = (id: string, name: string, savedAt: string, ...boxes: Box[]): VersionForHistory => ({ id, name, savedAt, content: content(...boxes) });

const q1 = version('v1', 'Q1', '2026-03-31T16:00:00Z', box('a', rating('at-risk', 'low')), box('b'));
const q2 = version('v2', 'Q2', '2026-06-30T16:00:00Z', box('a', rating('on-track', 'medium')), box('b', rating('off-track')));
const now = content(box('a', rating('on-track', 'medium')), box('b', rating('at-risk')), box('c'), box('d', rating('achieved')));

describe('ratingHistory', () => {
  it('gives the rating at each version and now, each step against the one before', () => {
    const history = ratingHistory([q1, q2], now, 'a');
    expect(history.steps).toEqual([
      { versionId: 'v1', name: 'Q1', savedAt: '2026-03-31T16:00:00Z', inModel: true, rating: rating('at-risk', 'low') },
      { versionId: 'v2', name: 'Q2', savedAt: '2026-06-30T16:00:00Z', inModel: true, rating: rating('on-track', 'medium'), direction: 'improved', confidence: 'higher' },
      { name: 'now', inModel: true, rating: rating('on-track', 'medium'), direction: 'no-change', confidence: 'same' },
    ]);
    expect(ratingHistoryInWords(history)).toBe('Q1: At risk; Q2: On track (improved; higher confidence); now: On track (no change)');
  });

  it('puts versions in the order they were saved, whatever order they are given in', () => {
    expect(ratingHistory([q2, q1], now, 'a')).toEqual(ratingHistory([q1, q2], now, 'a'));
  });

  it('says newly rated after an unrated version, and tells a box not yet in the model apart', () => {
    expect(ratingHistoryInWords(ratingHistory([q1, q2], now, 'b'))).toBe('Q1: not rated; Q2: Off track (newly rated); now: At risk (improved)');
    const history = ratingHistory([q1, q2], now, 'd');
    expect(history.steps.map((step) => step.inModel)).toEqual([false, false, true]);
    expect(ratingHistoryInWords(history)).toBe('now: Achieved (newly rated)');
  });

  it('says worse when progress falls', () => {
    const later = content(box('a', rating('off-track')));
    expect(ratingHistory([q2], later, 'a').steps.map((step) => step.direction)).toEqual([undefined, 'worse']);
  });

  it('gives the same histories for all boxes at once, for every box rated now or at a version', () => {
    const all = ratingHistories([q2, q1], now);
    expect([...all.keys()]).toEqual(['a', 'b', 'd']);
    for (const [id, history] of all) expect(history).toEqual(ratingHistory([q1, q2], now, id));
  });
});
