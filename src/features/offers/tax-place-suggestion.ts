import { TAX_PLACE_OPTIONS } from '../../domain/tax/places';

/**
 * Words in a location that name a built-in tax place: the state's name or
 * its code after a comma ("Seattle, WA"), a few cities (Germany's larger
 * ones too), and the UK's nations. Switzerland's name suggests the city of
 * Zurich; Zurich and Zug each their own. Only ever a suggestion: the person
 * picks the place.
 */
const NAMES: readonly [RegExp, string][] = [
  [/\b(washington state|seattle|bellevue|redmond|kirkland)\b|,\s*wa\b/i, 'US-WA'],
  [
    /\b(california|san francisco|los angeles|san jose|san diego|oakland|palo alto|mountain view|sunnyvale|cupertino|menlo park)\b|,\s*ca\b/i,
    'US-CA',
  ],
  [/\b(new york state|albany|buffalo|rochester|syracuse|ithaca)\b/i, 'US-NY'],
  [/\b(new york(?! state)|nyc|manhattan|brooklyn|queens|bronx|staten island)\b/i, 'US-NY-NYC'],
  [/,\s*ny\b/i, 'US-NY'],
  [/\b(massachusetts|boston|somerville)\b|,\s*ma\b/i, 'US-MA'],
  [/\b(north carolina|raleigh|charlotte|chapel hill)\b|,\s*nc\b/i, 'US-NC'],
  [/\b(pennsylvania|philadelphia|pittsburgh)\b|,\s*pa\b/i, 'US-PA'],
  [/\b(texas|austin|dallas|houston|san antonio)\b|,\s*tx\b/i, 'US-TX'],
  [/\b(florida|miami|tampa|orlando|jacksonville)\b|,\s*fl\b/i, 'US-FL'],
  [/\b(nevada|las vegas|reno)\b|,\s*nv\b/i, 'US-NV'],
  [/\b(new hampshire|nashua|manchester, nh)\b|,\s*nh\b/i, 'US-NH'],
  [/\b(tennessee|nashville|memphis|knoxville)\b|,\s*tn\b/i, 'US-TN'],
  [/\b(south dakota|sioux falls)\b|,\s*sd\b/i, 'US-SD'],
  [/\b(wyoming|cheyenne)\b|,\s*wy\b/i, 'US-WY'],
  [/\b(alaska|anchorage)\b|,\s*ak\b/i, 'US-AK'],
  [/\b(illinois|chicago)\b|,\s*il\b/i, 'US-IL'],
  [/\b(arizona|phoenix|tucson)\b|,\s*az\b/i, 'US-AZ'],
  // A city of India wins over ", IN" (Indiana's code).
  [
    /\b(india|bengaluru|bangalore|mumbai|bombay|delhi|hyderabad|pune|chennai|gurugram|gurgaon|noida|kolkata|ahmedabad)\b/i,
    'IN',
  ],
  [/\b(indiana|indianapolis)\b|,\s*in\b/i, 'US-IN'],
  [/\b(kentucky|louisville)\b|,\s*ky\b/i, 'US-KY'],
  [/\b((?<!west )virginia|reston)\b|,\s*va\b/i, 'US-VA'],
  [/\b(new jersey|newark|jersey city|hoboken|princeton|trenton)\b|,\s*nj\b/i, 'US-NJ'],
  [/\b(minnesota|minneapolis|st\.? paul)\b|,\s*mn\b/i, 'US-MN'],
  [/\b(colorado|denver|boulder|fort collins)\b|,\s*co\b/i, 'US-CO'],
  [/\b(georgia|atlanta|savannah|alpharetta)\b|,\s*ga\b/i, 'US-GA'],
  [/\b(bethesda|rockville|silver spring|gaithersburg|chevy chase)\b/i, 'US-MD-MC'],
  [/\b(maryland|baltimore|annapolis)\b|,\s*md\b/i, 'US-MD'],
  [/\b(district of columbia|washington,?\s*d\.?\s?c)\b|,\s*dc\b/i, 'US-DC'],
  [/\b(michigan|detroit|ann arbor|grand rapids)\b|,\s*mi\b/i, 'US-MI'],
  [/\b(ohio|cleveland|cincinnati|dayton|akron|toledo)\b|,\s*oh\b/i, 'US-OH'],
  [/\b(utah|salt lake city|provo|lehi|ogden)\b|,\s*ut\b/i, 'US-UT'],
  [/\b(hawaii|honolulu)\b|,\s*hi\b/i, 'US-HI'],
  [/\b(idaho|boise)\b|,\s*id\b/i, 'US-ID'],
  [/\b(iowa|des moines|cedar rapids)\b|,\s*ia\b/i, 'US-IA'],
  [/\b(kansas(?! city)|wichita|overland park|topeka)\b|,\s*ks\b/i, 'US-KS'],
  [/\b(louisiana|new orleans|baton rouge)\b/i, 'US-LA'],
  [/\b(mississippi)\b|,\s*ms\b/i, 'US-MS'],
  [/\b(montana|bozeman|missoula)\b|,\s*mt\b/i, 'US-MT'],
  [/\b(new mexico|albuquerque|santa fe)\b|,\s*nm\b/i, 'US-NM'],
  [/\b(oklahoma|tulsa)\b|,\s*ok\b/i, 'US-OK'],
  [/\b(south carolina)\b|,\s*sc\b/i, 'US-SC'],
  [/\b(wisconsin|milwaukee)\b|,\s*wi\b/i, 'US-WI'],
  [/\b(alabama|huntsville)\b|,\s*al\b/i, 'US-AL'],
  [/\b(west virginia|morgantown)\b|,\s*wv\b/i, 'US-WV'],
  [/\b(north dakota|fargo|bismarck)\b|,\s*nd\b/i, 'US-ND'],
  // Not ", or": it reads as a word in a location ("Seattle, or remote").
  [/\b(oregon|portland,\s*or|eugene|beaverton|hillsboro)\b/i, 'US-OR'],
  [/\b(scotland|edinburgh|glasgow|aberdeen|dundee)\b/i, 'GB-SCT'],
  [
    /\b(london|manchester|birmingham|leeds|bristol|cardiff|belfast|england|wales|northern ireland)\b/i,
    'GB-ENG',
  ],
  [/\b(ontario|toronto|ottawa|waterloo|mississauga|hamilton|kitchener)\b|,\s*on\b/i, 'CA-ON'],
  [/\b(british columbia|vancouver|burnaby|kelowna)\b|,\s*bc\b/i, 'CA-BC'],
  [
    /\b(germany|deutschland|berlin|munich|münchen|hamburg|frankfurt|cologne|köln|stuttgart|düsseldorf|leipzig)\b/i,
    'DE',
  ],
  // Zug before the country's name, so that "Zug, Switzerland" finds Zug.
  [/\b(zug)\b/i, 'CH-ZG'],
  [/\b(zurich|zürich|zuerich|switzerland|schweiz|suisse|svizzera)\b/i, 'CH-ZH'],
  [/\b(singapore)\b/i, 'SG'],
  [/\b(australia|sydney|melbourne|brisbane|perth|adelaide|canberra)\b/i, 'AU'],
  [/\b(japan|tokyo)\b|東京|日本/i, 'JP'],
  [
    /\b(netherlands|holland|nederland|amsterdam|rotterdam|the hague|den haag|utrecht|eindhoven|groningen|leiden|delft)\b/i,
    'NL',
  ],
  [/\b(comunidad de madrid|madrid|alcobendas|las rozas|pozuelo)\b/i, 'ES-MD'],
  [
    /\b(catalonia|catalunya|cataluña|barcelona|girona|tarragona|lleida|sabadell|terrassa)\b/i,
    'ES-CT',
  ],
  [
    /\b(france|paris|lyon|marseille|toulouse|nantes|strasbourg|montpellier|bordeaux|lille|rennes|grenoble|sophia antipolis)\b/i,
    'FR',
  ],
  [/\b((?<!northern )ireland|éire|dublin|cork|galway|limerick|waterford)\b/i, 'IE'],
];

export const suggestTaxPlace = (location: string): { value: string; label: string } | null => {
  const found = NAMES.find(([pattern]) => pattern.test(location));
  if (!found) return null;
  return TAX_PLACE_OPTIONS.find((option) => option.value === found[1]) ?? null;
};
