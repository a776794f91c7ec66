// @vitest-environment jsdom
/** The SVG export draws links along their routes around the boxes (PRODUCT.md §20), or as curves when asked. */
import { describe, expect, it } from 'vitest';
import { routeModel, routePath } from '../domain/routing';
import { NEIGHBOURHOOD_MODEL } from '../domain/routing/testing/realLookingModels';
import { planSlides } from './slidePlan';
import { renderModelSvg } from './svg';

function linkPaths(svg: string): Map<string, string> {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return new Map([...doc.querySelectorAll('path.link')].map((path) => [path.getAttribute('data-link-id')!, path.getAttribute('d')!]));
}

describe('links around boxes in the exports', () => {
  it('draws each link of the SVG along the model’s own route, the same as the canvas draws it', () => {
    const paths = linkPaths(renderModelSvg(NEIGHBOURHOOD_MODEL, { date: 'today' }).svg);
    const { routes } = routeModel(NEIGHBOURHOOD_MODEL);
    expect(paths.size).toBe(NEIGHBOURHOOD_MODEL.links.length);
    for (const [id, d] of paths) expect(d, id).toBe(routePath(routes.get(id)!));
    // A skip link: right angles with rounded corners; a link to the next lane: one curve.
    expect(paths.get('l17')).toMatch(/^M [^C]*Q/);
    expect(paths.get('l1')).toMatch(/^M [\d.]+ [\d.]+ C [\d. ]+$/);
  });

  it('draws every link as a single curve when routing is off', () => {
    const paths = linkPaths(renderModelSvg(NEIGHBOURHOOD_MODEL, { date: 'today', routeLinks: false }).svg);
    for (const d of paths.values()) expect(d).toMatch(/^M [-\d.]+ [-\d.]+ C [-\d. ]+$/);
  });

  it('sizes the picture to hold every route, wherever it runs', () => {
    const { width, height, canvasOrigin } = renderModelSvg(NEIGHBOURHOOD_MODEL, { date: 'today' });
    for (const route of routeModel(NEIGHBOURHOOD_MODEL).routes.values()) {
      for (const point of route.points) {
        expect(point.x + canvasOrigin.x).toBeGreaterThan(0);
        expect(point.x + canvasOrigin.x).toBeLessThan(width);
        expect(point.y + canvasOrigin.y).toBeGreaterThan(0);
        expect(point.y + canvasOrigin.y).toBeLessThan(height);
      }
    }
  });

  it('puts each link on the slide as a freeform line along its route, its arrowhead at the target', () => {
    const shapes = planSlides(NEIGHBOURHOOD_MODEL, { date: 'today', flags: [] })[1]!.shapes;
    const links = shapes.filter((shape) => shape.name.startsWith('Link ('));
    expect(links).toHaveLength(NEIGHBOURHOOD_MODEL.links.length);
    for (const link of links) {
      expect(link.kind).toBe('path');
      if (link.kind !== 'path') continue;
      expect(link.points.length).toBeGreaterThan(1);
      for (const point of link.points) {
        expect(point.x).toBeGreaterThanOrEqual(-0.001);
        expect(point.x).toBeLessThanOrEqual(link.w + 0.001);
      }
    }
    // A skip link turns corners: quadratic steps; a link to the next lane is one cubic curve.
    expect(links.some((link) => link.kind === 'path' && link.points.some((point) => 'curve' in point && point.curve.type === 'quadratic'))).toBe(true);
    // The lanes reach down past the lowest line (a feedback link below the boxes).
    const laneBottom = Math.min(...shapes.filter((shape) => shape.name.startsWith('Lane: ')).map((shape) => (shape.kind === 'rect' ? shape.y + shape.h : 0)));
    for (const link of links) if (link.kind === 'path') expect(link.y + link.h).toBeLessThanOrEqual(laneBottom);
    const straight = planSlides(NEIGHBOURHOOD_MODEL, { date: 'today', flags: [], routeLinks: false })[1]!.shapes.filter((shape) => shape.name.startsWith('Link ('));
    expect(straight.every((shape) => shape.kind === 'line')).toBe(true);
  });
});
