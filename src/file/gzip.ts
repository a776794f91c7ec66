/**
 * gzip with the compression streams built into browsers (and Node 18+): no library to load. Used for
 * saved versions, whose JSON shrinks about sixfold (measured in `npm run bench`, section `versions`).
 */
export async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  return readAll(streamOf(bytes).pipeThrough(new CompressionStream('gzip')), Number.POSITIVE_INFINITY);
}

/** Undoes gzip; refuses (throws) past `limit` bytes, so a small hostile input cannot fill memory. */
export async function gunzip(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
  return readAll(streamOf(bytes).pipeThrough(new DecompressionStream('gzip')), limit);
}

function streamOf(bytes: Uint8Array): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes as Uint8Array<ArrayBuffer>);
      controller.close();
    },
  });
}

export class TooLargeError extends Error {}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new TooLargeError(`more than ${limit} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
