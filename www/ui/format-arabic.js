// Renders a figure's normalised value in Arabic, e.g. "55 مليار م³/سنة", with Western digits as the seeds
// write them. The Latin form is in format.js.

const SCALES = [[1e12, 'تريليون'], [1e9, 'مليار'], [1e6, 'مليون'], [1e3, 'ألف']];
const UNITS = {
  m3: 'م³', m2: 'م²', km2: 'كم²', km: 'كم', m: 'م', cm: 'سم', mm: 'مم', t: 'طن', kg: 'كغ', g: 'غ', mg: 'ملغ', l: 'لتر', ml: 'مل',
  MW: 'ميغاواط', GW: 'غيغاواط', kW: 'كيلوواط', kWh: 'كيلوواط ساعة', MWh: 'ميغاواط ساعة', GWh: 'غيغاواط ساعة', TWh: 'تيراواط ساعة',
  barrel: 'برميل', ha: 'هكتار', dunam: 'دونم', feddan: 'فدان', quintal: 'قنطار', oz: 'أوقية', gal: 'غالون', hl: 'هكتولتر',
  mi: 'ميل', nmi: 'ميل بحري', kn: 'عقدة', ft: 'قدم', in: 'بوصة', ft3: 'قدم³', '%': '٪', pp: 'نقطة مئوية',
  MB: 'ميغابايت', GB: 'غيغابايت', TB: 'تيرابايت', Mbit: 'ميغابت', Gbit: 'غيغابت', MHz: 'ميغاهرتز', GHz: 'غيغاهرتز',
  mAh: 'ملي أمبير ساعة', nm: 'نانومتر', MP: 'ميغابكسل', '×': 'ضعف', '°C': '°م', '°F': '°ف',
  point: 'نقطة', karat: 'قيراط', richter: 'درجة على مقياس ريختر',
  // Where the name Arabic news uses is not the one CLDR gives (Intl.DisplayNames, below).
  USD: 'دولار', EUR: 'يورو', LBP: 'ليرة لبنانية', SYP: 'ليرة سورية', TRY: 'ليرة تركية', CNY: 'يوان', JPY: 'ين',
};
// Any other ISO 4217 code by the browser's own Arabic currency names: دينار جزائري for DZD.
const currencyNames = new Intl.DisplayNames('ar', { type: 'currency', fallback: 'code' });
const unitName = (unit) => UNITS[unit] ?? (/^[A-Z]{3}$/.test(unit) ? currencyNames.of(unit) : unit);
// Duration units by count: [1, 2, 3–10, otherwise].
const DURATIONS = {
  year: ['سنة', 'سنتان', 'سنوات', 'سنة'], month: ['شهر', 'شهران', 'أشهر', 'شهرًا'], week: ['أسبوع', 'أسبوعان', 'أسابيع', 'أسبوعًا'],
  day: ['يوم', 'يومان', 'أيام', 'يومًا'], hour: ['ساعة', 'ساعتان', 'ساعات', 'ساعة'], minute: ['دقيقة', 'دقيقتان', 'دقائق', 'دقيقة'],
  second: ['ثانية', 'ثانيتان', 'ثوان', 'ثانية'], decade: ['عقد', 'عقدان', 'عقود', 'عقدًا'],
};
const PER = { year: 'سنة', month: 'شهر', week: 'أسبوع', day: 'يوم', hour: 'ساعة', minute: 'دقيقة', second: 'ثانية' };
// ISO weekdays, Monday first.
const WEEKDAYS = ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'];
const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const HIJRI_MONTHS = ['محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال',
  'ذو القعدة', 'ذو الحجة'];
// A relative date (اليوم، العام الماضي) in a text with no reference date and no dateline.
const UNKNOWN_DATE = 'غير محدد';
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
 * "2022-07-19" → "19 يوليو 2022", "XXXX-07" → "يوليو", "XXXX-WXX-5" → "الجمعة", "2024-W38" → "الأسبوع 38 من 2024",
 * "2024-Q1" → "الربع 1 من 2024", "199X" → "عقد 1990", an interval "a/b" → "a – b". Parts left as X (unknown without a
 * reference date) are dropped; a date of which nothing is known says so.
 */
function date(value) {
  if (value.includes('/')) return value.split('/').map(date).join(' – ');
  const known = (part) => part !== undefined && /^\d+$/.test(part);
  const ofYear = (what, year) => (known(year) ? `${what} من ${year}` : what);
  const [year, second, third] = value.split('-');
  if (second?.startsWith('W')) {
    if (known(third)) return WEEKDAYS[Number(third) - 1];
    return known(second.slice(1)) ? ofYear(`الأسبوع ${Number(second.slice(1))}`, year) : UNKNOWN_DATE;
  }
  if (second?.startsWith('Q')) return ofYear(`الربع ${second.slice(1)}`, year);
  if (second?.startsWith('H')) return ofYear(`النصف ${second.slice(1)}`, year);
  if (/^\d{3}X$/.test(value)) return `عقد ${value.slice(0, 3)}0`;
  if (/^\d{2}XX$/.test(value)) return `القرن ${Number(value.slice(0, 2)) + 1}`;
  const parts = [known(third) && String(Number(third)), known(second) && MONTHS[Number(second) - 1], known(year) && year];
  return parts.filter(Boolean).join(' ') || UNKNOWN_DATE;
}

/**
 * A Hijri reading as the text gives it: "1445-09-15" → "15 رمضان 1445 هـ", "XXXX-10-01" → "1 شوال هـ", "1446/1447" →
 * "1446 – 1447 هـ"; nothing when no part of it is known.
 */
function hijri(reading) {
  const known = (part) => part !== undefined && /^\d+$/.test(part);
  const text = reading
    .split('/')
    .map((end) => {
      const [year, month, day] = end.split('-');
      return [known(day) && String(Number(day)), known(month) && HIJRI_MONTHS[Number(month) - 1], known(year) && year]
        .filter(Boolean)
        .join(' ');
    })
    .join(' – ');
  return /\d/.test(text) ? `${text} هـ` : '';
}

function amount(figure) {
  if (figure.min !== undefined && figure.max !== undefined) return `${scaled(figure.min)}–${scaled(figure.max)}`;
  return typeof figure.value === 'number' ? scaled(figure.value) : '';
}

export function formatFigureArabic(figure) {
  if (figure.kind === 'date' && typeof figure.value === 'string') {
    // A Hijri date keeps its own reading beside the Gregorian one it is placed at.
    const written = figure.hijri && hijri(figure.hijri);
    return written ? `${date(figure.value)} (${written})` : date(figure.value);
  }
  if (typeof figure.value === 'string') return figure.value;
  let text;
  if (figure.kind === 'duration' && DURATIONS[figure.unit] && typeof figure.value === 'number') text = duration(figure.value, figure.unit);
  else text = [amount(figure), figure.unit && unitName(figure.unit)].filter(Boolean).join(figure.unit === '%' ? '' : ' ');
  // A period (سنويا), a unit priced (للبرميل) or, for an exchange rate, the currency priced (للدولار).
  if (figure.per) text += `/${PER[figure.per] ?? unitName(figure.per)}`;
  const prefix = [figure.approx && 'نحو', figure.bound && BOUNDS[figure.bound]].filter(Boolean).join(' ');
  return prefix ? `${prefix} ${text}` : text;
}
