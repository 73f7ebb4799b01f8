/** The API accepts documents up to 10 MiB; checking first spares a long upload that would be refused. */
export const maxUploadBytes = 10 * 1024 * 1024;

/** A file's bytes as base64, the way the API's upload inputs take them (without a data: prefix). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000; // String.fromCharCode takes a bounded number of arguments.
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** `2 150 400` → `2,1 MB`; sizes as a person reads them, in Norwegian form. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const kib = bytes / 1024;
  if (kib < 1024) return `${Math.round(kib)} kB`;
  return `${(kib / 1024).toLocaleString('nb-NO', { maximumFractionDigits: 1 })} MB`;
}
