/*
 * US health costs an employee pays, suggested from a published employer-survey
 * average: the KFF Employer Health Benefits Survey 2025 (27th survey, released
 * 2025-10-22, 1,862 employers), the latest in the sources read. KFF's own
 * report page was not in the stored copies; the figures below are as two
 * reports of it give them, word for word the same ("employees contributed an
 * average of 16% ($1,440) toward premiums for single coverage and 26% ($6,850)
 * for family coverage"). Not sourced, so left out: a family deductible and
 * out-of-pocket spending beyond the deductible.
 */

export interface HealthCostSource {
  what: string;
  url: string;
  read: string;
}

/** Average annual worker contribution to employer-sponsored premiums, US dollars, 2025. */
export const US_HEALTH_PREMIUMS = {
  single: 1440,
  family: 6850,
  year: 2025,
  source: {
    what: 'KFF Employer Health Benefits Survey 2025, as reported by TechTarget (and NIS Benefits, 2025-10-28)',
    url: 'https://www.techtarget.com/healthcarepayers/news/366633445/Family-premiums-for-employer-coverage-jump-6-in-2025',
    read: '2026-12-05',
  } satisfies HealthCostSource,
} as const;

/**
 * Average general annual deductible, single coverage, for covered workers in a
 * plan with one, US dollars, 2025 (same survey and report).
 */
export const US_HEALTH_DEDUCTIBLE = {
  single: 1886,
  year: 2025,
  source: US_HEALTH_PREMIUMS.source,
} as const;
