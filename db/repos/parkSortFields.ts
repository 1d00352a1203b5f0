/** Columns the park list may be sorted by; shared with the API schema so the renderer cannot ask for others. */
export const PARK_SORT_FIELDS = ['name', 'kind', 'level', 'divisionCode', 'establishedOn', 'areaMu', 'updatedAt'] as const;
export type ParkSortField = (typeof PARK_SORT_FIELDS)[number];
