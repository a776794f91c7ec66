/**
 * View ▸ "Route links around boxes" is a way of looking, kept per model in this browser (like which
 * comments were seen), never in the model file: on unless this model's viewer turned it off.
 */
function choiceKey(modelId: string): string {
  return `outcome-chains:route-links:${modelId}`;
}

export function readRouteLinks(modelId: string): boolean {
  try {
    return globalThis.localStorage?.getItem(choiceKey(modelId)) !== 'off';
  } catch {
    return true;
  }
}

export function writeRouteLinks(modelId: string, on: boolean): void {
  try {
    if (on) globalThis.localStorage?.removeItem(choiceKey(modelId));
    else globalThis.localStorage?.setItem(choiceKey(modelId), 'off');
  } catch {
    // Without storage the choice lasts as long as the page.
  }
}
