/**
 * The generated lists as a document of their own for a sandboxed frame: no scripts and no
 * requests (its own Content-Security-Policy on top of the sandbox), links opening in a new tab,
 * and plain type close to the dashboard's. The lists are in Norwegian, as on the website; the
 * API has already escaped every value.
 */
export function statementPreviewDocument(html: string): string {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<base target="_blank">
<style>
body { margin: 0; padding: 4px 16px 16px; font: 14px/1.55 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #212529; }
h3 { font-size: 15px; margin: 16px 0 6px; }
ul { margin: 0; padding-left: 20px; }
a { color: #1864ab; }
</style>
</head>
<body>
${html}
</body>
</html>
`;
}

/** Where the website fetches the lists: public, and always what the register holds now. */
export const publicListsPath = '/public/privacy-statement/lists.html';
