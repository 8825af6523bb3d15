// One-line descriptions of a figure, an entity or a nationality adjective, for the custom element's list and the annotator's tooltips.
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

/** A nationality adjective: its dictionary form and the place it refers to (روسي · روسيا), with the place's key. */
export function describeNationality(nationality) {
  return { title: 'nationality · جنسية', arabic: `${nationality.canonical} · ${nationality.place}`, latin: nationality.key };
}

/** The description of item `index` of `list` ('figures', 'entities' or 'nationalities') of an analysis. */
export function describeItem(analysis, list, index) {
  const describe = { figures: describeFigure, entities: describeEntity, nationalities: describeNationality }[list];
  return describe(analysis[list][index]);
}
