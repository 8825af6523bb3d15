// Types of khabar's JavaScript API and of its output contract, which the command line shares.
// Offsets are UTF-16 code units, end exclusive: `text.slice(item.start, item.end) === item.text`.
// Optional fields that do not apply are absent, never null.

export type FigureKind =
  | 'number' | 'count' | 'quantity' | 'money' | 'percent'
  | 'duration' | 'date' | 'time' | 'ordinal' | 'model';

export type Grain = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

export interface Figure {
  kind: FigureKind;
  text: string;
  start: number;
  end: number;
  /**
   * A number for amounts; for models the Latin designation ("S-400"); for dates a TIMEX-like ISO
   * string with X for what the text leaves unknown ("2022-07-19", "2022-07", "2022", "XXXX-07",
   * "2024-W37" an ISO week, "XXXX-WXX-5" a Friday not placed, "199X" a decade, "19XX" a century), or an ISO 8601
   * interval "start/end" for intervals and the Gregorian days of a Hijri month or year
   * ("2010/2015", "2024-03-11/2024-04-09"); for times "HH:MM" on the 24-hour clock, with ":SS" when
   * given and the UTC offset of a fixed zone ("14:15Z", "15:00+03:00"), or "start/end" for a span
   * of two ("19:00/06:00").
   */
  value?: number | string;
  /** The ends of a range ("بين 10 و20"). */
  min?: number;
  max?: number;
  /**
   * "m3", "t", "kg", "km", "km2", "MW", "barrel", "l", … for quantities; ISO 4217 ("USD") for money;
   * "%", "pp", "bp" or "‰" (per thousand) for percentages; "year" | "month" | "week" | "day" | "hour" | "minute" | "second"
   * for durations; "×" for a number that is a multiple (ثلاثة أضعاف).
   */
  unit?: string;
  /**
   * The period of a rate: "year" for سنويا, "day" for يوميا; the unit a price is per ("barrel", "oz");
   * for an exchange rate, the ISO 4217 code of the currency priced ("USD" in سعر صرف الدولار 47 جنيها).
   */
  per?: string;
  /** نحو، حوالي، قرابة، في حدود */
  approx?: true;
  /** أكثر من (gt), لا يقل عن (ge), أقل من (lt), ما يصل إلى (le) */
  bound?: 'gt' | 'ge' | 'lt' | 'le';
  /** What the figure measures, e.g. "الغاز". */
  subject?: string;
  grain?: Grain;
  calendar?: 'gregorian' | 'hijri';
  /** The Hijri date as written, ISO-like in the Hijri calendar ("1445-09-01", "1445-09", "XXXX-09"). */
  hijri?: string;
  /** The weekday named beside a date is not that date's weekday. */
  warning?: 'weekday_mismatch';
}

export interface Mention {
  text: string;
  start: number;
  end: number;
}

export interface Entity {
  type: 'person' | 'location' | 'organization' | 'misc';
  /** The fullest common name. */
  canonical: string;
  /** The entity's stable identity: the same real entity has the same key in every document. */
  key: string;
  /** A title the text gives a person, e.g. "الرئيس الروسي". */
  role?: string;
  mentions: Mention[];
}

/**
 * A nationality adjective (nisba) and every place the text uses it, in any gender or number
 * (الروسي، الروسية، الروس، روسيين), without proclitics (والإيرانية → الإيرانية), in text order.
 * Nisbas inside an entity's mention (الحرس الثوري الإيراني) or an amount of money (ريال سعودي) are
 * not listed.
 */
export interface Nationality {
  /** The adjective's dictionary form: masculine singular, without the article, e.g. "روسي". */
  canonical: string;
  /** The key of the place it refers to, the same as that place's location entity, e.g. "loc:RU". */
  key: string;
  /** The canonical name of that place, e.g. "روسيا". */
  place: string;
  mentions: Mention[];
}

export interface Reference {
  /** YYYY-MM-DD */
  date: string;
  source: 'option' | 'dateline';
}

export interface Analysis {
  figures: Figure[];
  entities: Entity[];
  /** Nationality adjectives, one per place, in the order of their first mention. */
  nationalities: Nationality[];
  /** The date relative dates were resolved against, and where it came from. */
  reference?: Reference;
}

export interface AnalyzeOptions {
  /** YYYY-MM-DD: resolves relative dates (أمس، العام الماضي). Without it, a dateline in the text is used. */
  reference_date?: string;
  /** Texts longer than this many UTF-8 bytes are refused with E_TOO_LARGE (default 64 MiB). */
  max_bytes?: number;
}

/**
 * The `code` of every Error that khabar throws:
 * - E_TOO_LARGE: the text is over `max_bytes`;
 * - E_OPTIONS: an argument cannot be used (bad options, or text that is not a string);
 * - E_INTERNAL: khabar failed (a bug); the module was restarted and later calls work;
 * - E_NOT_READY: `analyze` or `version` was called before `await init()` finished.
 */
export type ErrorCode = 'E_TOO_LARGE' | 'E_OPTIONS' | 'E_INTERNAL' | 'E_NOT_READY';

export interface KhabarError extends Error {
  code: ErrorCode;
}

/** Where the wasm module comes from, when not from the file beside the package. */
export type WasmSource = string | URL | Request | Response | BufferSource | WebAssembly.Module;

/** Loads the wasm module; calls after the first share its load. */
export default function init(wasm?: WasmSource): Promise<void>;

/** Finds the figures, entities and nationality adjectives in `text`. Throws a KhabarError. */
export function analyze(text: string, options?: AnalyzeOptions): Analysis;

/** The version of the Rust crate the module was built from. */
export function version(): string;
