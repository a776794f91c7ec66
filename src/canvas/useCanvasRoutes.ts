/**
 * The routes of the links drawn on the canvas (PRODUCT.md §20): every link routed once for the boxes
 * where they stand, at the size the page drew them (never less than the layout's, see BoxNode); while
 * boxes are dragged, here or by a partner, only their links are routed again, each frame, and all
 * settle when they are dropped. Null when View ▸ "Route links around boxes" is off.
 */
import type { XYPosition } from '@xyflow/react';
import { useMemo, useRef } from 'react';
import { BOX_WIDTH, estimateBoxHeight, levelAtX } from '../domain/lanes';
import { levelIndex } from '../domain/levels';
import type { Box, Link } from '../domain/model';
import { MODEL_LANES, routeAll, routeBox, routeModel, routesBottom, routesWhileMoving, routingTop, sameRouteBoxes, type Route, type RouteBox, type Routing, type RoutingInput } from '../domain/routing';
import type { Measured } from './flowElements';

interface Settled {
  readonly input: RoutingInput;
  readonly routing: Routing;
  /** The lowest point of the settled routes: the lanes are drawn down to it. */
  readonly bottom: number;
}

export interface CanvasRoutes {
  /** Each link's route, or null when View ▸ "Route links around boxes" is off. */
  readonly routes: ReadonlyMap<string, Route> | null;
  readonly bottom: number;
}

export function useCanvasRoutes(
  model: { readonly boxes: readonly Box[]; readonly links: readonly Link[] },
  measured: Measured,
  drags: ReadonlyMap<string, XYPosition>,
  partnerDrags: ReadonlyMap<string, XYPosition>,
  on: boolean,
): CanvasRoutes {
  const last = useRef<Settled | null>(null);
  const settled = useMemo(() => {
    if (!on) return null;
    const boxes = model.boxes.map((box) => {
      const size = measured.get(box.id);
      return routeBox(box, { x: box.x, y: box.y, width: size?.width ?? BOX_WIDTH, height: size?.height ?? estimateBoxHeight(box.label) });
    });
    // A change that moves or resizes nothing (a typed label that keeps its lines, a note) keeps the routes.
    const previous = last.current;
    if (previous && previous.input.links === model.links && sameRouteBoxes(previous.input.boxes, boxes)) return previous;
    const input: RoutingInput = { lanes: MODEL_LANES, boxes, links: model.links, top: routingTop(boxes) };
    // Boxes drawn at the layout's size (the usual case): the model's own routes, the ones the exports draw, worked out once for both.
    const asLaidOut = model.boxes.every((box, index) => boxes[index]!.width === BOX_WIDTH && boxes[index]!.height === estimateBoxHeight(box.label));
    const routing = asLaidOut ? routeModel(model) : routeAll(input);
    last.current = { input, routing, bottom: routesBottom(routing.routes.values()) };
    return last.current;
  }, [model.boxes, model.links, measured, on]);

  const routes = useMemo(() => {
    if (!settled) return null;
    if (!drags.size && !partnerDrags.size) return settled.routing.routes;
    const byId = new Map(settled.input.boxes.map((box) => [box.id, box]));
    const moved: RouteBox[] = [];
    for (const [id, at] of [...drags, ...partnerDrags]) {
      const box = byId.get(id);
      if (!box || moved.some((other) => other.id === id)) continue;
      moved.push({ ...box, x: at.x, y: at.y, lane: levelIndex(levelAtX(at.x + box.width / 2)) });
    }
    return routesWhileMoving(settled.routing, settled.input, moved);
  }, [settled, drags, partnerDrags]);
  return { routes, bottom: settled?.bottom ?? -Infinity };
}
