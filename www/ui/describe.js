// One-line descriptions of a figure or an entity, for the custom element's list and the annotator's tooltips.
import { formatFigureValue } from './format.js';
import { formatFigureArabic } from './format-arabic.js';

const ENTITY_TYPES_AR = { person: 'شخص', location: 'مكان', organization: 'منظمة', misc: 'اسم' };

/** {title, arabic, latin} of a figure: its kind, its value in Arabic and in Latin, and its subject. */
export function describeFigure(figure) {
  return {
    title: [figure.kind, figure.subject].filter(Boolean).join(' · '),
    arabic: formatFigureArabic(figure),
    latin: formatFigureValue(figure),
  };
}

export function describeEntity(entity) {
  return { title: `${entity.type} · ${ENTITY_TYPES_AR[entity.type] ?? entity.type}`, arabic: entity.canonical, latin: entity.key };
}
