// Every piece of interface text, in one place so that translations can be added here.

const plural = (count, one, many) => `${count} ${count === 1 ? one : many}`;

export const strings = {
  figures: (count) => plural(count, 'figure', 'figures'),
  entities: (count) => plural(count, 'entity', 'entities'),
  documents: (count) => plural(count, 'document', 'documents'),
  noDocuments: 'No documents yet.',
  analysing: 'Analysing…',
  pasted: (n) => `Pasted text ${n}`,
  remove: 'Remove',
  referenceFrom: (reference) => `reference date ${reference.date} (${reference.source === 'option' ? 'given' : 'from the dateline'})`,
  status: ({ total, pending, failed }) =>
    [strings.documents(total), pending && `${pending} analysing`, failed && `${failed} failed`].filter(Boolean).join(' · '),
  skippedFiles: (names) => `Skipped, not plain text: ${names.join(', ')}`,
  failed: (error) => `Could not analyse this document (${error.code ?? 'error'}): ${error.message}`,
  figureColumns: ['Text', 'Kind', 'Value', 'Subject'],
  entityColumns: ['Name', 'Type', 'Mentions'],
  entityTypes: { person: 'person', location: 'place', organization: 'organisation', misc: 'other' },
  noneFound: 'None found.',
  workerFailed: 'The analysis worker could not start.',
};
