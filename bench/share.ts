/**
 * Sharing (issue 11), in headless Chromium against a real team server process serving the
 * production build: two people on one shared model. Reports the time from a change in one browser
 * (A clicks a lane's "Add box") to the frame in which the other browser (B) draws the new box,
 * median and p99 over 50 changes; and the bytes A sends over its WebSocket for moving one box: the
 * document update written on the drop (budget ≤ 200 bytes) and, apart, the presence sent while it moved.
 * Bounded: every wait has a timeout, and the server process is stopped by pid at the end.
 */
import { median, percentile, roundMs } from './stats';
import { joinAs, openTeamServerBench, shareNewModel, whenCountDrawn } from './teamServerPages';

const CHANGES = 50;
const MOVE_BUDGET_BYTES = 200;
/** Hocuspocus message types (the second field of every frame, after the document name). */
const SYNC = 0;
const AWARENESS = 1;

/** A lib0 varUint and where it ends. */
function readVarUint(bytes: Uint8Array, at: number): [number, number] {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++] ?? 0;
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function messageType(payload: Uint8Array): number {
  const [nameLength, afterLength] = readVarUint(payload, 0);
  return readVarUint(payload, afterLength + nameLength)[0];
}




export async function run() {
  const bench = await openTeamServerBench('share');
  const { server, newPage } = bench;
  try {
    const a = await newPage();
    const b = await newPage();
    const sent: { type: number; bytes: number }[] = [];
    a.on('websocket', (socket) =>
      socket.on('framesent', ({ payload }) => {
        const bytes = typeof payload === 'string' ? new TextEncoder().encode(payload) : new Uint8Array(payload);
        sent.push({ type: messageType(bytes), bytes: bytes.length });
      }),
    );
    const link = await shareNewModel(a, server.httpUrl, 'Can edit');
    await joinAs(b, link, 'Bob');

    // Change to drawing in the other browser.
    // The button is pressed from the page (the view follows each new box, so it may be off screen).
    const addButton = a.getByRole('button', { name: 'Add a box to Inputs', exact: true });
    const delays: number[] = [];
    let startedAt: number | undefined;
    for (let i = 1; i <= CHANGES; i++) {
      const drawn = whenCountDrawn(b, '.react-flow__node-box', i);
      drawn.catch(() => undefined);
      const clickedAt = await addButton.evaluate((button: HTMLElement) => {
        const at = performance.timeOrigin + performance.now();
        button.click();
        return at;
      });
      delays.push((await drawn) - clickedAt);
      if (process.env.BENCH_SHARE_TRACE) process.stderr.write(`change ${i} at ${Math.round(clickedAt - (startedAt ??= clickedAt))} ms took ${Math.round(delays[delays.length - 1] ?? 0)} ms\n`);
      await a.keyboard.press('Escape');
    }

    // Bytes for moving one box: everything A sends from the press to a settled drop.
    await a.getByRole('button', { name: /fit view/i }).click();
    await a.waitForTimeout(500);
    const box = await a.locator('.react-flow__node-box').first().boundingBox();
    if (!box) throw new Error('No box to move');
    sent.length = 0;
    const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await a.mouse.move(from.x, from.y);
    await a.mouse.down();
    await a.mouse.move(from.x + 120, from.y + 60, { steps: 20 });
    await a.mouse.up();
    await a.waitForTimeout(1000);
    const documentFrames = sent.filter((frame) => frame.type === SYNC);
    const presenceFrames = sent.filter((frame) => frame.type === AWARENESS);
    const moveBytes = documentFrames.reduce((total, frame) => total + frame.bytes, 0);

    return {
      changeToPeerDrawing: { changes: CHANGES, medianMs: roundMs(median(delays)), p99Ms: roundMs(percentile(delays, 99)), maxMs: roundMs(Math.max(...delays)), slowestChange: delays.indexOf(Math.max(...delays)) + 1 },
      moveOneBox: {
        documentBytes: moveBytes,
        documentFrames: documentFrames.length,
        budgetBytes: MOVE_BUDGET_BYTES,
        withinBudget: moveBytes > 0 && moveBytes <= MOVE_BUDGET_BYTES,
        presenceFramesWhileMoving: presenceFrames.length,
        presenceBytesWhileMoving: presenceFrames.reduce((total, frame) => total + frame.bytes, 0),
      },
    };
  } finally {
    await bench.close();
  }
}
