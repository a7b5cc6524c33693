/** What the lazily loaded price chunk holds (prices.ts). */
export {
  indexOrigin,
  indexSuggestion,
  priceSourceWords,
} from '../domain/cost-of-living/index-suggestion';
export { priceLevelById, priceLevelOptions } from '../domain/cost-of-living/suggest';
export { PRICE_LEVEL_SOURCES } from '../domain/cost-of-living/price-levels';
export { US_HEALTH_PREMIUMS } from '../domain/cost-of-living/health-costs';
