/** What the router takes and gives (PRODUCT.md §20): plain data in model coordinates. */

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A box where it is drawn, and the lane (0 = leftmost) it belongs to. */
export interface RouteBox {
  readonly id: string;
  readonly lane: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where a lane's boxes stand across (its column): the gaps between columns are the channels. */
export interface RouteLane {
  readonly left: number;
  readonly right: number;
}

export interface RouteLink {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

export interface RoutingInput {
  readonly lanes: readonly RouteLane[];
  readonly boxes: readonly RouteBox[];
  readonly links: readonly RouteLink[];
  /** No route runs above this y (the lane headings are there). */
  readonly top: number;
}

/**
 * How a route runs: `direct`, a link to the next lane, drawn as a curve from its first point to its
 * last; `channel`, right angles within the gap beside a lane; `corridor`, across lanes through a
 * height free in each of them; `margin`, across lanes above or below all their boxes (the fallback
 * when no height between boxes is free).
 */
export type RouteVia = 'direct' | 'channel' | 'corridor' | 'margin';

export interface Route {
  readonly via: RouteVia;
  /** From the source box's side to the target box's side; for `direct`, just the two ends. */
  readonly points: readonly Point[];
  /** Where this route hops over another: points on its own segments. */
  readonly hops: readonly Point[];
}

/** Spacing and clearances, in model units (CSS pixels at zoom 1). */
export const ROUTING = {
  /** How far a line keeps from a box it passes. */
  clearance: 6,
  /** Between two parallel lines in one channel or corridor. */
  trackSpacing: 8,
  /** How far tracks keep from a channel's sides when they fit. */
  channelInset: 10,
  /** The gap used outside the first and last lanes' columns. */
  outerChannel: 40,
  /** A bend costs as much as this much more line, when choosing a height to cross at. */
  bendCost: 24,
  /** A feedback link prefers running above or below the boxes to threading between them by this much. */
  feedbackBetweenCost: 240,
  /** Radius of a rounded corner and of a hop, as drawn. */
  cornerRadius: 6,
  hopRadius: 4,
} as const;
