import { describe, expect, it } from 'vitest';
import { FRAMEWORK_PACKS, frameworkPack, nationalOutcomeOf, nationalTagWords } from './packs';

/**
 * Typed from the sources each pack names in `checkedAgainst` (read on 2026-12-06), not from the packs:
 * the gov.scot page of the Expert Group report (its National Performance Framework infographic
 * text), gov.scot's National health and wellbeing outcomes framework, section 5, and gov.wales's
 * "What is the Well-being of Future Generations (Wales) Act?".
 */
const FIXTURES: Readonly<Record<string, { edition: string; names: string[]; statements?: string[] }>> = {
  'scotland-npf': {
    edition: '2018',
    names: ['Children and Young People', 'Communities', 'Culture', 'Economy', 'Education', 'Environment', 'Fair Work and Business', 'Health', 'Human Rights', 'International', 'Poverty'],
    statements: [
      'We grow up loved, safe and respected so that we realise our full potential',
      'We live in communities that are inclusive, empowered, resilient and safe',
      'We are creative and our vibrant and diverse cultures are expressed and enjoyed widely',
      'We have a globally competitive, entrepreneurial, inclusive and sustainable economy',
      'We are well educated, skilled and able to contribute to society',
      'We value, enjoy, protect and enhance our environment',
      'We have thriving and innovative businesses, with quality jobs and fair work for everyone',
      'We are healthy and active',
      'We respect, protect and fulfil human rights and live free from discrimination',
      'We are open, connected and make a positive contribution internationally',
      'We tackle poverty by sharing opportunities, wealth and power more equally',
    ],
  },
  'scotland-health-wellbeing': {
    edition: '2015',
    names: ['Outcome 1', 'Outcome 2', 'Outcome 3', 'Outcome 4', 'Outcome 5', 'Outcome 6', 'Outcome 7', 'Outcome 8', 'Outcome 9'],
    statements: [
      'People are able to look after and improve their own health and wellbeing and live in good health for longer.',
      'People, including those with disabilities or long term conditions, or who are frail, are able to live, as far as reasonably practicable, independently and at home or in a homely setting in their community.',
      'People who use health and social care services have positive experiences of those services, and have their dignity respected.',
      'Health and social care services are centred on helping to maintain or improve the quality of life of people who use those services.',
      'Health and social care services contribute to reducing health inequalities.',
      'People who provide unpaid care are supported to look after their own health and wellbeing, including to reduce any negative impact of their caring role on their own health and well-being.',
      'People who use health and social care services are safe from harm.',
      'People who work in health and social care services feel engaged with the work they do and are supported to continuously improve the information, support, care and treatment they provide.',
      'Resources are used effectively and efficiently in the provision of health and social care services.',
    ],
  },
  'wales-well-being-goals': {
    edition: '2015',
    names: ['A prosperous Wales', 'A resilient Wales', 'A healthier Wales', 'A more equal Wales', 'A Wales of cohesive communities', 'A Wales of vibrant culture and thriving Welsh language', 'A globally responsible Wales'],
  },
};

describe('the national outcome framework packs', () => {
  it('ships exactly the packs the fixtures were typed for', () => {
    expect(FRAMEWORK_PACKS.map((pack) => pack.id)).toEqual(Object.keys(FIXTURES));
  });

  for (const pack of FRAMEWORK_PACKS) {
    it(`${pack.id} ${pack.edition}: its count, every name and statement as published, its source and licence`, () => {
      const fixture = FIXTURES[pack.id]!;
      expect(pack.edition).toBe(fixture.edition);
      expect(pack.outcomes).toHaveLength(fixture.names.length);
      expect(pack.outcomes.map((outcome) => outcome.name)).toEqual(fixture.names);
      if (fixture.statements) expect(pack.outcomes.map((outcome) => outcome.statement)).toEqual(fixture.statements);
      else expect(pack.outcomes.every((outcome) => outcome.statement === undefined)).toBe(true);
      expect(new Set(pack.outcomes.map((outcome) => outcome.id)).size).toBe(pack.outcomes.length);
      expect(pack.licence).toBe('Open Government Licence v3.0');
      expect(pack.source).toMatch(/^https:\/\//);
      expect(pack.checkedAgainst).toMatch(/^https?:\/\/(www\.)?gov\.(scot|wales)\//);
    });
  }

  it('finds a tag by framework, edition and outcome, and says plainly when it is not known', () => {
    expect(nationalOutcomeOf({ framework: 'scotland-npf', edition: '2018', outcome: 'poverty' })?.outcome.name).toBe('Poverty');
    expect(frameworkPack('scotland-npf', '2024')).toBeUndefined();
    expect(nationalTagWords({ framework: 'scotland-npf', edition: '2018', outcome: 'poverty' })).toBe("Poverty — Scotland's National Performance Framework: National Outcomes (2018)");
    expect(nationalTagWords({ framework: 'scotland-npf', edition: '2024', outcome: 'poverty' })).toBe('National outcome “poverty” of scotland-npf (2024), not known to this copy of Outcome Chains');
  });
});
