// Every piece of interface text, in English and Arabic. Static text in index.html names its string with
// data-i18n (or data-i18n-placeholder / data-i18n-label); dynamic text calls t.<name>.

const plural = (count, one, many) => `${count} ${count === 1 ? one : many}`;
// Arabic counted nouns: none, 1 and 2 have their own forms, 3–10 take the plural, 11 and up the singular.
const arabicCount = (count, [none, one, two, few, many]) => (count === 0 ? none : count === 1 ? one : count === 2 ? two
  : count >= 3 && count <= 10 ? `${count} ${few}` : `${count} ${many}`);

const en = {
  title: 'khabar · figures and entities in Arabic news',
  tagline: 'Figures and named entities in Arabic news. Everything runs in this page: no text leaves your computer.',
  engine: 'engine',
  language: 'العربية',
  addArticles: 'Add articles',
  embedding: 'Embedding',
  results: 'Results',
  dropHint: 'Drop Arabic articles here, several at once: .txt, .html, .docx, .pdf.',
  chooseFiles: 'Choose files',
  pasteLabel: 'Or paste an article',
  analyseText: 'Analyse text',
  referenceDate: 'Reference date',
  referenceHint: 'Resolves relative dates such as أمس. Without it, a dateline in the article is used.',
  exportJson: 'Export JSON',
  exportFiguresCsv: 'Figures CSV',
  exportEntitiesCsv: 'Entities CSV',
  copyJson: 'Copy JSON',
  copied: 'Copied to the clipboard.',
  copyFailed: 'The clipboard refused the copy.',
  clearAll: 'Clear all',
  documentTab: 'Document',
  corpusTab: 'Corpus',
  documentList: 'Documents',
  legend: 'Show',
  noDocuments: 'No documents yet.',
  noSelection: 'Choose a document in the list.',
  figures: (n) => plural(n, 'figure', 'figures'),
  entities: (n) => plural(n, 'entity', 'entities'),
  nationalities: (n) => plural(n, 'nationality', 'nationalities'),
  documents: (n) => plural(n, 'document', 'documents'),
  status: ({ total, pending, failed }) =>
    [en.documents(total), pending && `${pending} in progress`, failed && `${failed} failed`].filter(Boolean).join(' · '),
  states: { queued: 'queued', reading: 'reading', analysing: 'analysing', done: 'done', error: 'failed' },
  pasted: (n) => `Pasted text ${n}`,
  remove: 'Remove',
  referenceFrom: (reference) => `reference date ${reference.date} (${reference.source === 'option' ? 'given' : 'from the dateline'})`,
  errors: {
    E_BINARY: 'not text: this looks like a binary file',
    E_ENCODING: 'not valid UTF-8, UTF-16 or Windows-1256 text',
    E_EMPTY: 'no text found in this file',
  },
  failed: (error) => `${en.errors[error.code] ?? error.message}${en.errors[error.code] ? '' : ` (${error.code ?? 'error'})`}`,
  figureColumns: { text: 'Text', kind: 'Kind', arabic: 'Value', latin: 'Value (Latin)', subject: 'Subject' },
  entityColumns: { canonical: 'Name', type: 'Type', mentions: 'Mentions' },
  nationalityColumns: { canonical: 'Adjective', place: 'Place', forms: 'Forms', mentions: 'Mentions' },
  nationality: 'nationality',
  kinds: {
    number: 'number', count: 'count', quantity: 'quantity', money: 'money', percent: 'percent', duration: 'duration',
    date: 'date', time: 'time', ordinal: 'ordinal', model: 'model',
  },
  entityTypes: { person: 'person', location: 'place', organization: 'organisation', misc: 'other' },
  noneFound: 'None found.',
  workerFailed: 'The analysis worker could not start.',
  matrixTitle: 'Entities across documents',
  nationalityMatrixTitle: 'Nationalities across documents',
  matrixEntity: 'Entity',
  matrixDocuments: 'Documents',
  matrixTruncated: (shown, total) => `Showing the first ${shown} of ${total} documents as columns.`,
  groupsTitle: 'Figures by subject and unit',
  groupColumns: { group: 'Subject · unit', values: 'Values by document', agreement: 'Agreement' },
  noSubject: 'no subject',
  disagree: 'Documents disagree',
  agree: 'agree',
  single: 'one document',
  corpusEmpty: 'Analysed documents appear here, joined on each entity’s key.',
};

const ar = {
  title: 'خبر · الأرقام والكيانات في الأخبار العربية',
  tagline: 'الأرقام والكيانات المسماة في الأخبار العربية. كل شيء يجري في هذه الصفحة: لا يغادر أي نص حاسوبك.',
  engine: 'المحرك',
  language: 'English',
  addArticles: 'إضافة مقالات',
  embedding: 'التضمين',
  results: 'النتائج',
  dropHint: 'أفلت المقالات العربية هنا، عدة ملفات معًا: نصوص وصفحات HTML ومستندات Word وملفات PDF.',
  chooseFiles: 'اختر ملفات',
  pasteLabel: 'أو الصق مقالًا',
  analyseText: 'حلّل النص',
  referenceDate: 'تاريخ المرجع',
  referenceHint: 'يحدد التواريخ النسبية مثل «أمس». من دونه يُستعمل تاريخ المقال إن وُجد.',
  exportJson: 'تصدير JSON',
  exportFiguresCsv: 'CSV الأرقام',
  exportEntitiesCsv: 'CSV الكيانات',
  copyJson: 'نسخ JSON',
  copied: 'نُسخ إلى الحافظة.',
  copyFailed: 'رفضت الحافظة النسخ.',
  clearAll: 'مسح الكل',
  documentTab: 'المستند',
  corpusTab: 'المجموعة',
  documentList: 'المستندات',
  legend: 'إظهار',
  noDocuments: 'لا مستندات بعد.',
  noSelection: 'اختر مستندًا من القائمة.',
  figures: (n) => arabicCount(n, ['لا أرقام', 'رقم واحد', 'رقمان', 'أرقام', 'رقمًا']),
  entities: (n) => arabicCount(n, ['لا كيانات', 'كيان واحد', 'كيانان', 'كيانات', 'كيانًا']),
  nationalities: (n) => arabicCount(n, ['لا جنسيات', 'جنسية واحدة', 'جنسيتان', 'جنسيات', 'جنسية']),
  documents: (n) => arabicCount(n, ['لا مستندات', 'مستند واحد', 'مستندان', 'مستندات', 'مستندًا']),
  status: ({ total, pending, failed }) =>
    [ar.documents(total), pending && `${pending} قيد المعالجة`, failed && `${failed} تعذّر تحليلها`].filter(Boolean).join(' · '),
  states: { queued: 'في الانتظار', reading: 'قراءة', analysing: 'تحليل', done: 'تم', error: 'تعذّر' },
  pasted: (n) => `نص ملصق ${n}`,
  remove: 'إزالة',
  referenceFrom: (reference) => `تاريخ المرجع ${reference.date} (${reference.source === 'option' ? 'محدد' : 'من تاريخ المقال'})`,
  errors: {
    E_BINARY: 'ليس نصًا: يبدو ملفًا ثنائيًا',
    E_ENCODING: 'ليس نصًا صالحًا بترميز UTF-8 أو UTF-16 أو Windows-1256',
    E_EMPTY: 'لا نص في هذا الملف',
  },
  failed: (error) => `${ar.errors[error.code] ?? error.message}${ar.errors[error.code] ? '' : ` (${error.code ?? 'error'})`}`,
  figureColumns: { text: 'النص', kind: 'النوع', arabic: 'القيمة', latin: 'القيمة (لاتيني)', subject: 'الموضوع' },
  entityColumns: { canonical: 'الاسم', type: 'النوع', mentions: 'الذكر' },
  nationalityColumns: { canonical: 'الصفة', place: 'المكان', forms: 'الصيغ', mentions: 'الذكر' },
  nationality: 'جنسية',
  kinds: {
    number: 'عدد', count: 'معدود', quantity: 'كمية', money: 'مال', percent: 'نسبة', duration: 'مدة',
    date: 'تاريخ', time: 'وقت', ordinal: 'ترتيبي', model: 'طراز',
  },
  entityTypes: { person: 'شخص', location: 'مكان', organization: 'منظمة', misc: 'أخرى' },
  noneFound: 'لا شيء.',
  workerFailed: 'تعذّر تشغيل عامل التحليل.',
  matrixTitle: 'الكيانات عبر المستندات',
  nationalityMatrixTitle: 'الجنسيات عبر المستندات',
  matrixEntity: 'الكيان',
  matrixDocuments: 'المستندات',
  matrixTruncated: (shown, total) => `تظهر أول ${shown} من ${total} مستندًا كأعمدة.`,
  groupsTitle: 'الأرقام حسب الموضوع والوحدة',
  groupColumns: { group: 'الموضوع · الوحدة', values: 'القيم حسب المستند', agreement: 'التوافق' },
  noSubject: 'بلا موضوع',
  disagree: 'المستندات مختلفة',
  agree: 'متفقة',
  single: 'مستند واحد',
  corpusEmpty: 'تظهر هنا المستندات المحللة، مجموعة حسب مفتاح كل كيان.',
};

const languages = { en, ar };
const listeners = new Set();
let current = en;

/** The strings of the current language; read them at render time, so a switch shows on the next render. */
export const t = new Proxy({}, { get: (_, name) => current[name] });

export const language = () => (current === ar ? 'ar' : 'en');

/** Switches the interface language, sets the root's lang and dir, and tells every listener. */
export function setLanguage(code) {
  current = languages[code] ?? en;
  document.documentElement.lang = language();
  document.documentElement.dir = language() === 'ar' ? 'rtl' : 'ltr';
  for (const listener of listeners) listener();
}

export function onLanguageChange(listener) {
  listeners.add(listener);
}

/** Fills the static text under `root` from the data-i18n* attributes. */
export function applyStaticStrings(root = document) {
  for (const element of root.querySelectorAll('[data-i18n]')) element.textContent = current[element.dataset.i18n];
  for (const element of root.querySelectorAll('[data-i18n-placeholder]')) element.placeholder = current[element.dataset.i18nPlaceholder];
  for (const element of root.querySelectorAll('[data-i18n-label]')) element.setAttribute('aria-label', current[element.dataset.i18nLabel]);
  document.title = current.title;
}
