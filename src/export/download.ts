/** Getting an export out of the browser: a download, or the clipboard. */

/** Saves a blob as a file through the browser's own download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Some browsers start reading the blob after click() returns; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export type ClipboardResult = { readonly copied: true } | { readonly copied: false; readonly reason: string };

/**
 * Puts a PNG on the clipboard. Takes the blob or a promise of it: Safari only allows the write while
 * the click that asked for it is still being handled, so start this first and let the image follow.
 */
export async function copyPngToClipboard(png: Blob | Promise<Blob>): Promise<ClipboardResult> {
  if (typeof ClipboardItem === 'undefined' || typeof navigator === 'undefined' || !navigator.clipboard?.write) {
    return { copied: false, reason: 'This browser cannot copy images to the clipboard. Download the PNG instead.' };
  }
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return { copied: true };
  } catch (error) {
    const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
    return {
      copied: false,
      reason: `The browser did not allow copying the image${detail}. Download the PNG instead.`,
    };
  }
}
