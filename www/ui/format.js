// Renders a figure's normalised value as a short Latin string, e.g. "≈ 5.5e10 m³/yr".

const UNIT_LABELS = { m3: 'm³', km2: 'km²', m2: 'm²', cm2: 'cm²', barrel: 'bbl' };
const PER_LABELS = { year: 'yr', month: 'mo', week: 'wk', day: 'day', hour: 'h', minute: 'min', second: 's' };
const BOUND_SIGNS = { gt: '>', ge: '≥', lt: '<', le: '≤' };
const DURATION_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'decade']);

/** Large and tiny amounts in exponent form (5.5e10), the rest plainly (1500, 2.75). */
function formatNumber(number) {
  const magnitude = Math.abs(number);
  if (magnitude >= 1e6 || (magnitude > 0 && magnitude < 1e-3)) {
    return number.toExponential().replace('e+', 'e');
  }
  return number.toLocaleString('en-US', { maximumFractionDigits: 6, useGrouping: false });
}

function formatAmount(figure) {
  if (figure.min !== undefined && figure.max !== undefined) {
    return `${formatNumber(figure.min)}–${formatNumber(figure.max)}`;
  }
  if (typeof figure.value === 'number') return formatNumber(figure.value);
  return figure.value ?? '';
}

function formatUnit(figure) {
  const { unit, per } = figure;
  if (!unit) return per ? `/${PER_LABELS[per] ?? per}` : '';
  if (unit === '%') return '%';
  const amount = figure.value ?? figure.max;
  const label = DURATION_UNITS.has(unit) && amount !== 1 ? `${unit}s` : UNIT_LABELS[unit] ?? unit;
  return ` ${label}${per ? `/${PER_LABELS[per] ?? per}` : ''}`;
}

export function formatFigureValue(figure) {
  const prefix = [figure.approx && '≈', figure.bound && BOUND_SIGNS[figure.bound]].filter(Boolean).join(' ');
  const amount = `${formatAmount(figure)}${formatUnit(figure)}`.trim();
  return prefix ? `${prefix} ${amount}` : amount;
}
