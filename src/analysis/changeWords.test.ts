import { describe, expect, it } from 'vitest';
import type { ModelChange } from '../domain/changes';
import { changeCountsInWords, changeInWords, groupChanges } from './changeWords';
import { diffModels } from '../domain/diff';
import type { Box, Condition, ModelContent, Rating } from '../domain/model';

const rating = (progress: Rating['progress'], confidence: Rating['confidence'] = 'medium'): Rating => ({ progress, confidence, date: '2026-06-01' });
const box = (id: string, label: string, extra: Partial<Box> = {}): Box => ({ id, level: 'activities', label, x: 260, y: 0, ...extra });
const model = (boxes: Box[], extra: Partial<ModelContent> = {}): ModelContent => ({ title: 'Reducing reoffending', boxes, links: [], conditions: [], ...extra });

/** The words of every change from one model to another. */
const said = (before: ModelContent, after: ModelContent) => diffModels(before, after).map(changeInWords);

describe('changeInWords', () => {
  it('says boxes added, removed, relabelled and moved to another level, by level then label', () => {
    const before = model([box('a', 'Pooled budget', { level: 'inputs' }), box('b', 'Joint training'), box('c', 'Old idea')]);
    const after = model([box('a', 'Pooled budget 2026', { level: 'inputs' }), box('b', 'Joint training', { level: 'engagement' }), box('d', 'Joint training plus')]);
    expect(said(before, after)).toEqual([
      'Relabelled box “Pooled budget” → “Pooled budget 2026” (Inputs)',
      'Added box “Joint training plus” (Activities)',
      'Removed box “Old idea” (Activities)',
      'Moved box “Joint training” from Activities to Engagement',
    ]);
  });

  it('says notes, evidence feature and owner changed', () => {
    const before = model([box('a', 'Joint training', { notes: 'Twice a year', owner: 'Council' })]);
    const after = model([box('a', 'Joint training', { feature: 'leadership', owner: 'NHS Board' })]);
    expect(said(before, after)).toEqual([
      '“Joint training” (Activities): notes removed',
      '“Joint training” (Activities): evidence feature set to “Strong, reflective and responsive leadership”',
      '“Joint training” (Activities): owner changed from “Council” to “NHS Board”',
    ]);
  });

  it('says links added, removed, reconnected and their notes', () => {
    const boxes = [box('a', 'A', { level: 'inputs' }), box('b', 'B'), box('c', 'C', { level: 'engagement' })];
    const before = model(boxes, { links: [{ id: 'l1', source: 'a', target: 'b' }, { id: 'l2', source: 'b', target: 'c' }, { id: 'l3', source: 'a', target: 'c', note: 'Why' }] });
    const after = model(boxes, { links: [{ id: 'l2', source: 'b', target: 'a' }, { id: 'l3', source: 'a', target: 'c' }, { id: 'l4', source: 'c', target: 'b' }] });
    expect(said(before, after)).toEqual([
      'Removed link “A” → “B”',
      'Link “A” → “C”: note removed',
      'Reconnected link “B” → “C”: now “B” → “A”',
      'Added link “C” → “B”',
    ]);
  });

  it('says assumptions and risks added, removed, reworded, with status and comment', () => {
    const assumption: Condition = { id: 'a1', kind: 'assumption', text: 'Timeframes are realistic', status: 'unchecked' };
    const risk: Condition = { id: 'r1', kind: 'risk', text: 'Budgets are cut', status: 'live' };
    const before = model([], { conditions: [assumption, risk] });
    const after = model([], {
      conditions: [
        { ...assumption, status: 'holds', comment: 'Agreed in June' },
        { id: 'own', kind: 'risk', text: 'Staff turnover', status: 'managed' },
        { id: 'r2', kind: 'risk', text: 'Data cannot be shared', status: 'unchecked' },
      ],
    });
    expect(said(before, after)).toEqual([
      'Assumption “Timeframes are realistic”: status changed from Not yet checked to Holds',
      'Assumption “Timeframes are realistic”: comment added',
      'Removed risk “Budgets are cut”',
      'Added risk “Data cannot be shared” (Not yet checked)',
      'Added risk “Staff turnover” (Managed)',
    ]);
    expect(said(model([], { conditions: [assumption] }), model([], { conditions: [{ ...assumption, text: 'Timeframes hold' }] }))).toEqual([
      'Reworded assumption “Timeframes are realistic” as “Timeframes hold”',
    ]);
  });

  it('says progress improved or worse, confidence changed, and ratings added or removed', () => {
    const before = model([box('a', 'Joint training', { rating: rating('at-risk', 'low') }), box('b', 'Pooled budget', { rating: rating('on-track') }), box('c', 'Case reviews', { rating: rating('achieved') }), box('d', 'Data sharing')]);
    const after = model([box('a', 'Joint training', { rating: rating('on-track', 'medium') }), box('b', 'Pooled budget', { rating: rating('at-risk') }), box('c', 'Case reviews'), box('d', 'Data sharing', { rating: rating('off-track', 'high') })]);
    expect(said(before, after)).toEqual([
      '“Case reviews”: rating removed (was Achieved, confidence Medium)',
      '“Data sharing”: newly rated Off track, confidence High',
      '“Joint training”: progress improved from At risk to On track',
      '“Joint training”: confidence changed from Low to Medium',
      '“Pooled budget”: progress got worse from On track to At risk',
    ]);
  });

  it('says indicators added, removed and changed, with each field', () => {
    const before = model([box('a', 'Joint training', { indicators: [{ id: 'i1', text: 'Staff trained', target: '100' }, { id: 'i2', text: 'Sessions held' }] })]);
    const after = model([box('a', 'Joint training', { indicators: [{ id: 'i1', text: 'Staff trained', target: '150', due: '2027-03-31' }, { id: 'i3', text: 'Partners attending' }] })]);
    expect(said(before, after)).toEqual([
      'Added indicator to “Joint training”: “Partners attending”',
      'Removed indicator from “Joint training”: “Sessions held”',
      '“Joint training”: indicator “Staff trained”: target changed from “100” to “150”; due date set to 31 March 2027',
    ]);
  });

  it('says evidence added, removed and changed', () => {
    const before = model([box('a', 'X', { evidence: [{ id: 'e1', date: '2026-05-01', kind: 'data', summary: 'Quarterly return' }, { id: 'e0', date: '2026-01-01', kind: 'data', summary: 'Old survey' }] })]);
    const after = model([box('a', 'X', { evidence: [{ id: 'e2', date: '2026-10-01', kind: 'feedback', summary: 'Survey of partners' }, { id: 'e1', date: '2026-05-01', kind: 'document', summary: 'Quarterly return' }] })]);
    expect(said(before, after)).toEqual([
      'Added evidence to “X”: 1 October 2026, “Survey of partners”',
      'Removed evidence from “X”: 1 January 2026, “Old survey”',
      '“X”: evidence 1 May 2026, “Quarterly return”: kind changed from Data to Document',
    ]);
  });

  it('says the title and description changed, and names an untitled box', () => {
    expect(said(model([]), model([box('a', '')], { title: 'Reducing reoffending 2026', description: 'For the board' }))).toEqual([
      'Added an untitled box (Activities)',
      'Title changed from “Reducing reoffending” to “Reducing reoffending 2026”',
      'Description added',
    ]);
  });
});

describe('groups and counts', () => {
  const before = model([box('a', 'A', { rating: rating('at-risk') }), box('b', 'B')]);
  const after = model([box('a', 'A 2', { rating: rating('on-track'), evidence: [{ id: 'e1', date: '2026-10-01', kind: 'data', summary: 'S' }] }), box('c', 'C')], { title: 'New title' });
  const changes: ModelChange[] = diffModels(before, after);

  it('groups the changes under their titles, in the list’s order, leaving out empty groups', () => {
    expect(groupChanges(changes).map((group) => [group.title, group.changes.length])).toEqual([
      ['Boxes', 3],
      ['Progress', 1],
      ['Evidence', 1],
      ['Title and description', 1],
    ]);
  });

  it('says the counts at the top of the list', () => {
    expect(changeCountsInWords(changes)).toBe('6 changes: Boxes 3, Progress 1, Evidence 1, Title and description 1');
    expect(changeCountsInWords(changes.slice(0, 1))).toBe('1 change: Boxes 1');
    expect(changeCountsInWords([])).toBe('No changes');
  });
});
