// "Export JSON": every analysed document's results in one file, in the command line's shape.

/** The export of `documents` ({name, analysis}); documents without an analysis are left out. */
export function exportPayload(documents, engineVersion) {
  return {
    khabar: engineVersion,
    exported: new Date().toISOString(),
    documents: documents
      .filter((doc) => doc.analysis)
      .map(({ name, analysis }) => ({ file: name, ...analysis })),
  };
}

/** Offers `payload` as a download named `fileName`. */
export function downloadJson(payload, fileName) {
  const blob = new Blob([JSON.stringify(payload, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel a download that has not started reading the blob yet.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
