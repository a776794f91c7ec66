import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { ProgressBadge } from '../../canvas/ProgressBadge';
import { shapeBetween, type LinkShape } from '../../domain/linkShape';
import { routeAll, routePath, type Point, type RouteBox } from '../../domain/routing';
import type { LevelId } from '../../domain/levels';
import { ARROWHEAD_OUTLINES, LEVEL_COLOURS, LINK_STYLES } from '../../export/theme';
import { useEditor, useEditorStore } from '../../store/EditorContext';
import { currentModel } from '../../store/editorStore';
import { usePathway } from '../../store/usePathway';
import { useModalDialog } from '../useModalDialog';
import { levelsAtStep, presentationPlan, type PresentationPlan, type PresentedLevel } from './presentationSteps';
import './present.css';

/** What a presenter's clicker sends (Page Down / Page Up, sometimes arrows or Space), and the keyboard's own. */
const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);
const HEAD_LENGTH = 14;
const HEAD_WIDTH = 6;

interface DrawnLink {
  readonly id: string;
  readonly path: string;
  /** The arrowhead: a triangle drawn at the link's end, pointing along it. */
  readonly head: string;
  readonly shape: LinkShape;
}

/** An arrowhead at `end`, pointing the way the line arrives from `from`. */
function headAt(from: Point, end: Point): string {
  const length = Math.hypot(end.x - from.x, end.y - from.y) || 1;
  const ux = (end.x - from.x) / length;
  const uy = (end.y - from.y) / length;
  const back = { x: end.x - ux * HEAD_LENGTH, y: end.y - uy * HEAD_LENGTH };
  return `M ${end.x} ${end.y} L ${back.x - uy * HEAD_WIDTH} ${back.y + ux * HEAD_WIDTH} L ${back.x + uy * HEAD_WIDTH} ${back.y - ux * HEAD_WIDTH} Z`;
}

/**
 * The links between the cards on show, routed around the cards as on the canvas (each column a
 * lane, the gaps between columns the channels), from the cards' places on the page.
 */
function routedLinks(plan: PresentationPlan, element: HTMLElement, level: ReadonlyMap<string, LevelId>): DrawnLink[] {
  const origin = element.getBoundingClientRect();
  const columns = [...element.querySelectorAll<HTMLElement>('.presentation__level')].map((column) => column.getBoundingClientRect());
  const lanes = columns.map((rect) => ({ left: rect.left - origin.left + 8, right: rect.right - origin.left - 8 }));
  const laneOf = new Map(plan.levels.map((presented, index) => [presented.level.id, index]));
  const boxes: RouteBox[] = [];
  for (const card of element.querySelectorAll<HTMLElement>('[data-box-id]')) {
    const rect = card.getBoundingClientRect();
    const lane = laneOf.get(level.get(card.dataset.boxId!) ?? 'inputs');
    if (lane === undefined || !level.has(card.dataset.boxId!)) continue;
    boxes.push({ id: card.dataset.boxId!, lane, x: rect.left - origin.left, y: rect.top - origin.top, width: rect.width, height: rect.height });
  }
  if (!boxes.length) return [];
  const links = plan.links.filter((link) => level.has(link.source) && level.has(link.target) && link.source !== link.target);
  const { routes } = routeAll({ lanes, boxes, links, top: Math.min(...boxes.map((box) => box.y)) - 8 });
  return links.flatMap((link) => {
    const route = routes.get(link.id);
    if (!route) return [];
    const end = route.points[route.points.length - 1]!;
    const before = route.via === 'direct' ? { x: end.x - 1, y: end.y } : route.points[route.points.length - 2]!;
    return [{ id: link.id, shape: shapeBetween(level.get(link.source)!, level.get(link.target)!), path: routePath(route), head: headAt(before, end) }];
  });
}

/** The links between the cards on show, drawn from the cards' places on the page. */
function useDrawnLinks(plan: PresentationPlan, step: number, stage: RefObject<HTMLDivElement | null>, routeLinks: boolean): DrawnLink[] {
  const [drawn, setDrawn] = useState<DrawnLink[]>([]);
  useLayoutEffect(() => {
    const element = stage.current;
    if (!element) return;
    const measure = () => {
      const origin = element.getBoundingClientRect();
      const level = new Map<string, LevelId>();
      for (const shown of levelsAtStep(plan, step)) for (const box of shown.boxes) level.set(box.id, box.level);
      if (routeLinks) {
        setDrawn(routedLinks(plan, element, level));
        return;
      }
      const rects = new Map<string, DOMRect>();
      for (const card of element.querySelectorAll<HTMLElement>('[data-box-id]')) rects.set(card.dataset.boxId!, card.getBoundingClientRect());
      const next: DrawnLink[] = [];
      for (const link of plan.links) {
        const from = rects.get(link.source);
        const to = rects.get(link.target);
        const fromLevel = level.get(link.source);
        const toLevel = level.get(link.target);
        if (!from || !to || !fromLevel || !toLevel || link.source === link.target) continue;
        const shape = shapeBetween(fromLevel, toLevel);
        const forward = shape === 'linear' || shape === 'skip';
        // Forward links leave the card's right side for the next card's left; a feedback link runs
        // right to left; a link within a level bulges out to the right of its column.
        const x1 = (forward || shape === 'same-level' ? from.right : from.left) - origin.left;
        const x2 = (forward ? to.left : to.right) - origin.left;
        const y1 = from.top + from.height / 2 - origin.top;
        const y2 = to.top + to.height / 2 - origin.top;
        const [pull1, pull2] = shape === 'same-level' ? [40, -40] : [(x2 - x1) / 2, (x2 - x1) / 2];
        // The curve arrives level, heading right (forward) or left: the arrowhead points that way.
        const ux = pull2 < 0 ? -1 : 1;
        const backX = x2 - ux * HEAD_LENGTH;
        const head = `M ${x2} ${y2} L ${backX} ${y2 - HEAD_WIDTH} L ${backX} ${y2 + HEAD_WIDTH} Z`;
        next.push({ id: link.id, shape, head, path: `M ${x1} ${y1} C ${x1 + pull1} ${y1}, ${x2 - pull2} ${y2}, ${backX} ${y2}` });
      }
      setDrawn(next);
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [plan, step, stage, routeLinks]);
  return drawn;
}

/**
 * One level's column: empty until its step, then its boxes. Memoised, so a step draws the new
 * column (and takes the mark off the last one), not every box shown so far.
 */
const Column = memo(function Column({ presented, shown, isNew, showRatings }: { presented: PresentedLevel; shown: boolean; isNew: boolean; showRatings: boolean }) {
  const { level, boxes } = presented;
  const colours = LEVEL_COLOURS[level.id];
  return (
    <section className={`presentation__level${isNew ? ' is-new' : ''}`} aria-label={shown ? level.name : undefined} style={{ background: shown ? colours.lane : undefined, borderTopColor: shown ? colours.heading : 'transparent' }}>
      {shown ? (
        <>
          <h3 style={{ color: colours.heading }}>{level.name}</h3>
          <ul>
            {boxes.map((box) => (
              <li key={box.id} data-box-id={box.id} className="presentation__box">
                {showRatings ? <ProgressBadge rating={box.rating} /> : null}
                <span>{box.label.trim() || 'Untitled box'}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
});

function Slides({ plan, step, showRatings }: { plan: PresentationPlan; step: number; showRatings: boolean }) {
  const stage = useRef<HTMLDivElement>(null);
  const routeLinks = useEditor((state) => state.routeLinks);
  const links = useDrawnLinks(plan, step, stage, routeLinks);
  if (step === 0) {
    return (
      <div className="presentation__title-step">
        <h2 className="presentation__title">{plan.title}</h2>
        {plan.subtitle ? <p className="presentation__subtitle">{plan.subtitle}</p> : null}
        <p className="presentation__hint">Press → or Page Down to begin; Escape leaves.</p>
      </div>
    );
  }
  const shown = levelsAtStep(plan, step);
  return (
    <div className="presentation__stage" ref={stage} style={{ gridTemplateColumns: `repeat(${plan.levels.length}, minmax(0, 1fr))` }}>
      <svg className="presentation__links" aria-hidden="true">
        {links.map((link) => {
          const style = LINK_STYLES[link.shape];
          const filled = ARROWHEAD_OUTLINES[style.arrow].filled;
          return (
            <g key={link.id} data-link-id={link.id}>
              <path d={link.path} fill="none" stroke={style.colour} strokeWidth={style.width + 1} strokeDasharray={style.dash ?? undefined} />
              <path d={link.head} fill={filled ? style.colour : '#ffffff'} stroke={style.colour} strokeWidth={1.5} />
            </g>
          );
        })}
      </svg>
      {plan.levels.map((presented, index) => (
        <Column key={presented.level.id} presented={presented} shown={index < shown.length} isNew={index === step - 1} showRatings={showRatings} />
      ))}
    </div>
  );
}

/**
 * The presentation view (PRODUCT.md §15): the whole screen, the toolbar hidden, large text, a step
 * at a time. It only draws: there is no field in it, its keys never reach the editor's (so Delete
 * or Ctrl+Z cannot change the model behind it), and the page under it is inert while it is open.
 */
export function PresentationView() {
  const store = useEditorStore();
  const mode = useEditor((state) => state.presenting);
  const model = useEditor((state) => (state.presenting ? currentModel(state) : null));
  const pathway = usePathway(mode === 'pathway');
  const [step, setStep] = useState(0);
  const [showRatings, setShowRatings] = useState(false);
  const close = () => store.getState().setPresenting(null);
  const dialogProps = useModalDialog(mode !== null, close);
  const plan = useMemo(() => (model ? presentationPlan(model, mode === 'pathway' ? pathway : null) : null), [model, mode, pathway]);

  useEffect(() => {
    if (!mode) return;
    setStep(0);
    setShowRatings(store.getState().showProgress);
    dialogProps.ref.current?.focus();
    // Full screen where the browser allows it; the view already covers the window where it does not.
    // The browser keeps Escape for leaving full screen, so leaving full screen leaves the presentation.
    let wentFullScreen = false;
    const onFullScreenChange = () => {
      if (document.fullscreenElement) wentFullScreen = true;
      else if (wentFullScreen) store.getState().setPresenting(null);
    };
    document.addEventListener('fullscreenchange', onFullScreenChange);
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    return () => {
      document.removeEventListener('fullscreenchange', onFullScreenChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
    // Only when the presentation starts or ends.
  }, [mode]);

  const last = (plan?.stepCount ?? 1) - 1;
  const go = (to: number) => setStep(Math.max(0, Math.min(last, to)));
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    // Every key stays here: none reaches the editor's shortcuts.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.ctrlKey || event.metaKey || event.altKey) {
      if (!['r', 'l', 'R', 'L', 'Tab'].includes(event.key)) event.preventDefault();
    } else if (NEXT_KEYS.has(event.key)) {
      event.preventDefault();
      go(step + 1);
    } else if (PREVIOUS_KEYS.has(event.key)) {
      event.preventDefault();
      go(step - 1);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      go(event.key === 'Home' ? 0 : last);
    } else if (event.key.toLowerCase() === 'r') {
      event.preventDefault();
      setShowRatings((shown) => !shown);
    }
  };

  const newLevel = plan && step > 0 ? plan.levels[step - 1]?.level.name : undefined;
  return (
    <dialog {...dialogProps} onKeyDown={onKeyDown} className="presentation" aria-label={plan ? `Presentation: ${plan.title}` : 'Presentation'} tabIndex={-1}>
      {mode && plan ? (
        <>
          <Slides plan={plan} step={step} showRatings={showRatings} />
          <footer className="presentation__footer">
            <p className="presentation__counter" role="status" aria-live="polite">
              Step {step + 1} of {plan.stepCount}
              {newLevel ? `: ${newLevel}` : ''}
            </p>
            <p className="presentation__keys">
              → or Page Down: next · ← or Page Up: back · R: {showRatings ? 'hide' : 'show'} ratings · Esc: leave
            </p>
            <button type="button" onClick={() => go(step - 1)} disabled={step === 0}>
              Back
            </button>
            <button type="button" onClick={() => go(step + 1)} disabled={step === last}>
              Next
            </button>
            <button type="button" onClick={close}>
              Leave presentation
            </button>
          </footer>
        </>
      ) : null}
    </dialog>
  );
}
