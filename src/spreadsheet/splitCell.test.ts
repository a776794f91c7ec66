import { describe, expect, it } from 'vitest';
import { splitCell } from './splitCell';

describe('splitCell', () => {
  it('makes one box of a one-line cell, and none of an empty one', () => {
    expect(splitCell('  Pooled budget  ')).toEqual(['Pooled budget']);
    expect(splitCell('')).toEqual([]);
    expect(splitCell(' \n \u00a0 ')).toEqual([]);
  });

  it('makes a box of each line, whatever the line ends', () => {
    expect(splitCell('Funding\nStaff time\r\nVolunteers\rPremises')).toEqual(['Funding', 'Staff time', 'Volunteers', 'Premises']);
  });

  it('drops bullets and numbering, Word’s Symbol-font bullet included', () => {
    expect(splitCell('• Funding\n- Staff time\n* Volunteers\n\uf0b7\u00a0\u00a0Premises\n· Goodwill\n1. Data\n2) Training\n(a) Mentoring\n– Leadership')).toEqual([
      'Funding',
      'Staff time',
      'Volunteers',
      'Premises',
      'Goodwill',
      'Data',
      'Training',
      'Mentoring',
      'Leadership',
    ]);
  });

  it('splits bullets run together on one line, and keeps hyphens, commas and numbers inside labels', () => {
    expect(splitCell('• Funding • Staff time')).toEqual(['Funding', 'Staff time']);
    expect(splitCell('Multi-agency reviews, monthly\n24-hour helpline')).toEqual(['Multi-agency reviews, monthly', '24-hour helpline']);
  });
});
