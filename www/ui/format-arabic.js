// Renders a figure's normalised value in Arabic, e.g. "55 مليار م³/سنة", with Western digits as the seeds
// write them. The Latin form is in format.js.

const SCALES = [[1e12, 'تريليون'], [1e9, 'مليار'], [1e6, 'مليون'], [1e3, 'ألف']];
const UNITS = {
  m3: 'م³', m2: 'م²', km2: 'كم²', km: 'كم', m: 'م', cm: 'سم', t: 'طن', kg: 'كغ', g: 'غ', l: 'لتر', MW: 'ميغاواط',
  GW: 'غيغاواط', kW: 'كيلوواط', barrel: 'برميل', '%': '٪', pp: 'نقطة مئوية',
  USD: 'دولار', EUR: 'يورو', RUB: 'روبل', IRR: 'ريال إيراني', SAR: 'ريال سعودي', EGP: 'جنيه مصري', GBP: 'جنيه إسترليني',
  CNY: 'يوان', TRY: 'ليرة تركية', AED: 'درهم إماراتي', JPY: 'ين',
};
// Duration units by count: [1, 2, 3–10, otherwise].
const DURATIONS = {
  year: ['سنة', 'سنتان', 'سنوات', 'سنة'], month: ['شهر', 'شهران', 'أشهر', 'شهرًا'], week: ['أسبوع', 'أسبوعان', 'أسابيع', 'أسبوعًا'],
  day: ['يوم', 'يومان', 'أيام', 'يومًا'], hour: ['ساعة', 'ساعتان', 'ساعات', 'ساعة'], minute: ['دقيقة', 'دقيقتان', 'دقائق', 'دقيقة'],
  second: ['ثانية', 'ثانيتان', 'ثوان', 'ثانية'], decade: ['عقد', 'عقدان', 'عقود', 'عقدًا'],
};
const PER = { year: 'سنة', month: 'شهر', week: 'أسبوع', day: 'يوم', hour: 'ساعة', minute: 'دقيقة', second: 'ثانية' };
const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const BOUNDS = { gt: 'أكثر من', ge: 'لا يقل عن', lt: 'أقل من', le: 'حتى' };

const plain = (number) => number.toLocaleString('en-US', { maximumFractionDigits: 3, useGrouping: false });

/** 55e9 → "55 مليار", 2.5e6 → "2.5 مليون", 1500 → "1500". */
function scaled(number) {
  const magnitude = Math.abs(number);
  for (const [size, word] of SCALES) {
    if (magnitude >= size && size >= 1e6) return `${plain(number / size)} ${word}`;
  }
  return plain(number);
}

function duration(count, unit) {
  const forms = DURATIONS[unit];
  if (!forms || !Number.isInteger(count)) return `${scaled(count)} ${forms?.[3] ?? unit}`;
  if (count === 1) return forms[0];
  if (count === 2) return forms[1];
  return `${count} ${count >= 3 && count <= 10 ? forms[2] : forms[3]}`;
}

/**
 * "2022-07-19" → "19 يوليو 2022", "XXXX-07" → "يوليو", an interval "a/b" → "a – b". Parts left as X
 * (unknown without a reference date) are dropped; a value with no known part, a week, a decade or a century is shown as is.
 */
function date(value) {
  if (value.includes('/')) return value.split('/').map(date).join(' – ');
  if (value.includes('W')) return value;
  const [year, month, day] = value.split('-');
  const known = (part) => part !== undefined && /^\d+$/.test(part);
  const parts = [known(day) && String(Number(day)), known(month) && MONTHS[Number(month) - 1], known(year) && year];
  return parts.filter(Boolean).join(' ') || value;
}

function amount(figure) {
  if (figure.min !== undefined && figure.max !== undefined) return `${scaled(figure.min)}–${scaled(figure.max)}`;
  return typeof figure.value === 'number' ? scaled(figure.value) : '';
}

export function formatFigureArabic(figure) {
  if (figure.kind === 'date' && typeof figure.value === 'string') return date(figure.value);
  if (typeof figure.value === 'string') return figure.value;
  let text;
  if (figure.kind === 'duration' && DURATIONS[figure.unit] && typeof figure.value === 'number') text = duration(figure.value, figure.unit);
  else text = [amount(figure), figure.unit && (UNITS[figure.unit] ?? figure.unit)].filter(Boolean).join(figure.unit === '%' ? '' : ' ');
  if (figure.per) text += `/${PER[figure.per] ?? figure.per}`;
  const prefix = [figure.approx && 'نحو', figure.bound && BOUNDS[figure.bound]].filter(Boolean).join(' ');
  return prefix ? `${prefix} ${text}` : text;
}
