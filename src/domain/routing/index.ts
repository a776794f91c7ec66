export { boxFrame, MODEL_LANES, routeBox, routeModel, routesWhileMoving, routingInput, routingTop, routesBottom, sameRoute, sameRouteBoxes, type Frame } from './modelRoutes';
export { routeAll, rerouteMoving, type Routing } from './router';
export { drawCommands, directCurve, routeExtent, routeMidpoint, routePath, type DrawCommand } from './routeDrawing';
export { ROUTING, type Point, type Route, type RouteBox, type RouteLane, type RouteLink, type RouteVia, type RoutingInput } from './types';
