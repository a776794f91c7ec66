/**
 * Two models laid out as partnerships lay them out by hand (invented wording, not any real
 * partnership's): boxes stacked at uneven heights, skip links over lanes full of boxes, feedback
 * links back to earlier lanes, links within a lane. Drawn as one curve each, several of their links
 * pass through boxes that are not their ends; the tests show routing takes them round.
 */
import { boxXFor } from '../../lanes';
import type { LevelId } from '../../levels';
import type { Box, Link, ModelContent } from '../../model';

function box(id: string, level: LevelId, label: string, y: number): Box {
  return { id, level, label, x: boxXFor(level), y };
}

function links(pairs: readonly (readonly [string, string])[]): Link[] {
  return pairs.map(([source, target], index) => ({ id: `l${index + 1}`, source, target }));
}

/** A neighbourhood partnership: homes, schooling and health in one place, with a housing skip link and a health feedback link. */
export const NEIGHBOURHOOD_MODEL: ModelContent = {
  title: 'Neighbourhood partnership: homes, learning and health',
  boxes: [
    box('funds', 'inputs', 'Pooled regeneration funds', 120),
    box('land', 'inputs', 'Land transferred by the council', 206),
    box('staff', 'inputs', 'Community health workers', 292),
    box('build', 'activities', 'Mixed-income housing built in phases', 120),
    box('school', 'activities', 'Cradle-to-college learning programme', 224),
    box('clinic', 'activities', 'Neighbourhood clinic opened', 310),
    box('outreach', 'activities', 'Door-to-door health outreach', 396),
    box('tenants', 'engagement', 'Families move into the new homes', 120),
    box('pupils', 'engagement', 'Children enrolled in the programme', 206),
    box('patients', 'engagement', 'Residents registered at the clinic', 292),
    box('seniors', 'engagement', 'Older residents referred to support services', 378),
    box('trust', 'reactions', 'Residents trust the partnership', 170),
    box('safe', 'reactions', 'Residents feel safer in the neighbourhood', 256),
    box('skills', 'learning', 'Parents learn how to support learning at home', 140),
    box('health', 'learning', 'Residents know where to get care early', 244),
    box('rental', 'practice', 'Affordable rental homes let and kept up', 120),
    box('visits', 'practice', 'More use of primary care, fewer emergency visits', 226),
    box('attend', 'practice', 'Better school attendance', 330),
    box('income', 'outcomes', 'A mixed-income neighbourhood that lasts', 130),
    box('wellbeing', 'outcomes', 'Better health across the neighbourhood', 250),
  ],
  links: links([
    ['funds', 'build'],
    ['land', 'build'],
    ['staff', 'clinic'],
    ['staff', 'outreach'],
    ['build', 'tenants'],
    ['school', 'pupils'],
    ['clinic', 'patients'],
    ['outreach', 'seniors'],
    ['tenants', 'trust'],
    ['patients', 'trust'],
    ['trust', 'skills'],
    ['safe', 'health'],
    ['skills', 'attend'],
    ['health', 'visits'],
    ['visits', 'wellbeing'],
    ['rental', 'income'],
    // Skip links over lanes with boxes in the way.
    ['build', 'rental'],
    ['land', 'rental'],
    ['pupils', 'attend'],
    ['outreach', 'health'],
    ['funds', 'income'],
    // Feedback links back to earlier lanes.
    ['visits', 'clinic'],
    ['wellbeing', 'outreach'],
    ['trust', 'tenants'],
    // Within a lane.
    ['tenants', 'seniors'],
    ['clinic', 'school'],
  ]),
  conditions: [],
};

/** A community justice partnership: a tight stack of boxes in every lane, so most non-linear links must go round them all. */
export const JUSTICE_MODEL: ModelContent = {
  title: 'Community justice partnership',
  boxes: [
    box('budget', 'inputs', 'Joint budget from four partners', 110),
    box('data', 'inputs', 'Shared case data agreement', 184),
    box('mentors', 'inputs', 'Volunteer mentors recruited and vetted', 258),
    box('hub', 'activities', 'One hub for people leaving custody', 110),
    box('plans', 'activities', 'Joint release plans', 184),
    box('housing', 'activities', 'Housing found before release', 258),
    box('jobs', 'activities', 'Work placements with local employers', 332),
    box('people', 'engagement', 'People leaving custody use the hub', 110),
    box('families', 'engagement', 'Families take part in planning', 184),
    box('employers', 'engagement', 'Employers offer placements', 258),
    box('hope', 'reactions', 'People feel someone is on their side', 150),
    box('confident', 'learning', 'Staff confident sharing information', 120),
    box('habits', 'learning', 'People build routines that keep them well', 194),
    box('practice', 'practice', 'Partners plan releases together as routine', 120),
    box('stable', 'practice', 'Fewer missed appointments', 194),
    box('reoffend', 'outcomes', 'Less reoffending', 120),
    box('community', 'outcomes', 'Safer communities', 194),
  ],
  links: links([
    ['budget', 'hub'],
    ['data', 'plans'],
    ['mentors', 'hub'],
    ['hub', 'people'],
    ['plans', 'families'],
    ['jobs', 'employers'],
    ['people', 'hope'],
    ['hope', 'habits'],
    ['confident', 'practice'],
    ['habits', 'stable'],
    ['practice', 'reoffend'],
    ['stable', 'community'],
    ['data', 'confident'],
    ['housing', 'stable'],
    ['employers', 'reoffend'],
    ['budget', 'practice'],
    ['practice', 'plans'],
    ['stable', 'hub'],
    ['reoffend', 'budget'],
    ['plans', 'housing'],
    ['people', 'employers'],
  ]),
  conditions: [],
};
