import { describe, expect, it } from 'vitest';
import { modelHref, parseRoute } from './route';

describe('parseRoute', () => {
  it('reads a model address and the home page', () => {
    expect(parseRoute(modelHref('box model/1'))).toEqual({ page: 'model', id: 'box model/1' });
    expect(parseRoute('#/')).toEqual({ page: 'home' });
    expect(parseRoute('')).toEqual({ page: 'home' });
  });

  it('leads a mangled address home instead of throwing', () => {
    expect(parseRoute('#/models/%')).toEqual({ page: 'home' });
  });
});
