// The download starts after the click returns; revoking the Blob URL at once can cancel it (Firefox), and a
// minute is far longer than any local save of a text file takes.
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves `text` as a file through the browser's download prompt: a Blob URL behind an `<a download>` click, so
 * nothing touches the network and no `downloads` permission is needed.
 */
export function downloadText(doc: Document, fileName: string, text: string, type = 'application/json'): void {
  const view = doc.defaultView ?? globalThis;
  const url = view.URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  view.setTimeout(() => view.URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** The export's file name, dated so successive exports sit side by side: `crosscheck-saved-pages-2025-03-01.json`. */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `crosscheck-saved-pages-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}
