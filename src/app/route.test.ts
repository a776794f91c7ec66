import { describe, expect, it } from 'vitest';
import { joinHash } from '../share/links';
import { modelHref, parseRoute, planHref } from './route';

describe('parseRoute', () => {
  it('reads a model address and the home page', () => {
    expect(parseRoute(modelHref('box model/1'))).toEqual({ page: 'model', id: 'box model/1' });
    expect(parseRoute('#/')).toEqual({ page: 'home' });
    expect(parseRoute('')).toEqual({ page: 'home' });
  });

  it('reads a share link, whose token stays after the #', () => {
    expect(parseRoute(joinHash('AbC_-123', 'e30.sig-_'))).toEqual({ page: 'join', room: 'AbC_-123', token: 'e30.sig-_' });
    expect(parseRoute('#/join/room-only')).toEqual({ page: 'home' });
  });

  it('reads a plan’s dashboard address', () => {
    expect(parseRoute(planHref('plan-1'))).toEqual({ page: 'plan', id: 'plan-1' });
  });

  it('leads a mangled address home instead of throwing', () => {
    expect(parseRoute('#/models/%')).toEqual({ page: 'home' });
    expect(parseRoute('#/plans/%')).toEqual({ page: 'home' });
  });
});
