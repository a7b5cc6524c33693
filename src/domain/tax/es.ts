import { bracketTax, type Bracket, type PlaceRules, type Source, type TaxInput } from './types';
import type { Household } from '../document/schema';

/*
 * Spain, 2026, for an employee on an open-ended contract resident in the
 * Community of Madrid or in Catalonia: IRPF on the state scale plus the
 * community's, and the employee's Seguridad Social contributions. Every
 * resident pays some community's scale, so there is no plain "Spain" place.
 * Read on 2026-12-05.
 *
 * Contributions on pay up to the 2026 maximum base (5,101.20 a month, 61,214.40
 * a year): contingencias comunes 4.70 % (counted as pension: it buys the
 * retirement pension first, and sick pay with it), desempleo 1.55 %
 * (unemployment), formación profesional 0.10 % and MEI 0.15 % (other); over
 * the base, the solidarity contribution's employee share, 0.19 % on the first
 * 10 % of the base, 0.21 % to 50 %, 0.24 % above (other). Pay is taken as
 * even over the year, as the monthly bases assume.
 *
 * IRPF: net work income is pay less the contributions and, when that is at
 * most 19,747.50, the art. 20 reduction; less 2,000 of other expenses (art.
 * 19.2.f). Joint (a married couple, the spouse without income, filing
 * jointly): 3,400 less (art. 84). Each scale taxes the base less the same
 * scale on the personal minimum (5,550 state and Catalonia; 5,956.65 Madrid).
 * Madrid's scale is the one in force for 2025; the half-point cut announced
 * in January 2026 was not found enacted. Catalonia's is Decree-law 5/2025's
 * (validated May 2025, no later change found); its 6,105 minimum for bases up
 * to 12,450 (2020) was reported annulled by the Constitutional Court, so the
 * state's 5,550 is used. Not modelled: the 2026 deduction for pay near the
 * minimum wage, own pension plan contributions, regional deductions.
 */

const READ = '2026-12-05';

const SOURCES = [
  {
    what: 'Ley 35/2006 (IRPF), arts. 19, 20, 57, 63, as stored calculators quote it',
    url: 'https://www.boe.es/buscar/act.php?id=BOE-A-2006-20764',
    read: READ,
  },
  {
    what: 'State scale (Raisin, 29 Jan 2026)',
    url: 'https://www.raisin.com/es-es/tributacion/declaracion-de-la-renta/tramos-irpf',
    read: READ,
  },
  {
    what: 'Joint filing, 3,400 (AEAT manual, Renta 2024)',
    url: 'https://sede.agenciatributaria.gob.es/Sede/ayuda/manuales-videos-folletos/manuales-practicos/irpf-2024/c13-determinacion-renta-contribuyente-sujeta-gravamen/reducciones-base-imponible-general/reduccion-tributacion-conjunta.html',
    read: READ,
  },
  {
    what: 'Madrid minimum (Comunidad de Madrid)',
    url: 'https://comunidad.madrid/servicios/atencion-contribuyente/irpf-0',
    read: READ,
  },
  {
    what: 'Madrid scale for 2025 (TaxDown table, as resumecheap.com copies it)',
    url: 'https://resumecheap.com/irpf/irpf-tramos-tablas-irpf-madrid/',
    read: READ,
  },
  {
    what: 'Madrid: tributos cedidos, DL 1/2010, art. 1 (as stored projects quote it)',
    url: 'https://www.boe.es/buscar/act.php?id=BOCM-m-2010-90068',
    read: READ,
  },
  {
    what: 'Catalonia, Decree-law 5/2025 scale (El Mundo)',
    url: 'https://www-elmundo-es.nproxy.org/cataluna/2025/03/24/67e1a58fe4d4d842648b456d.html',
    read: READ,
  },
  {
    what: 'Catalonia, top rates kept (AEAT manual 2022)',
    url: 'https://sede.agenciatributaria.gob.es/Sede/gl_es/ayuda/manuales-videos-folletos/manuales-practicos/irpf-2022/c15-calculo-impuesto-determinacion-cuotas-integras/gravamen-base-liquidable-general/gravamen-autonomico/comunidad-autonoma-cataluna.html',
    read: READ,
  },
  {
    what: 'Catalonia, Decree-law 5/2025 validated (El Periódico)',
    url: 'https://www.elperiodico.com/es/politica/20250507/parlament-avala-rebaja-irpf-rentas-bajas-117120226',
    read: READ,
  },
  {
    what: 'Employee rates 4.70 / 1.55 / 0.10 % (Orden PJC/178/2025, FER)',
    url: 'https://extranet.fer.es/esp/Asesorias/Laboral/Circulares_Informativas/Circulares_ano_2025/Boletin_Informacion_Laboral_62025_-_Publicadas_normas_legales_cotizacion_ano_2025/webDoc_35290.htm',
    read: READ,
  },
  {
    what: 'MEI 2026, 0.15 % (HuffPost)',
    url: 'https://www.huffingtonpost.es/economia/las-nominas-cambian-partir-enero-2026-que-datos-deberias-repasar-como-te-afecta-f202512.html',
    read: READ,
  },
  {
    what: 'Maximum base 5,101.20 a month, solidarity shares 2026 (Europa Press)',
    url: 'https://www.europapress.es/economia/laboral-00346/noticia-salarios-superiores-51012-euros-mes-pagaran-cotizacion-extra-partir-hoy-20260101083851.html',
    read: READ,
  },
] as const;

/** The 2026 maximum base, 5,101.20 a month (Europa Press). */
const MAX_BASE = 61_214.4;

/** Art. 63 LIRPF (Raisin's table of 29 Jan 2026). */
export const STATE_SCALE: readonly Bracket[] = [
  { from: 0, ratePct: 9.5 },
  { from: 12_450, ratePct: 12 },
  { from: 20_200, ratePct: 15 },
  { from: 35_200, ratePct: 18.5 },
  { from: 60_000, ratePct: 22.5 },
  { from: 300_000, ratePct: 24.5 },
];

/** Madrid's scale in force for 2025 (TaxDown's table; DL 1/2010 as stored projects quote it). */
export const MADRID_SCALE: readonly Bracket[] = [
  { from: 0, ratePct: 8.5 },
  { from: 13_362.22, ratePct: 10.7 },
  { from: 19_004.63, ratePct: 12.8 },
  { from: 35_425.68, ratePct: 17.4 },
  { from: 57_320.4, ratePct: 20.5 },
];

/** Decree-law 5/2025 to 53,000 (El Mundo); the rates above kept (AEAT manual 2022). */
export const CATALONIA_SCALE: readonly Bracket[] = [
  { from: 0, ratePct: 9.5 },
  { from: 12_500, ratePct: 12.5 },
  { from: 22_000, ratePct: 16 },
  { from: 33_000, ratePct: 19 },
  { from: 53_000, ratePct: 21.5 },
  { from: 90_000, ratePct: 23.5 },
  { from: 120_000, ratePct: 24.5 },
  { from: 175_000, ratePct: 25.5 },
];

/** The solidarity contribution's employee share on pay over the maximum base (Europa Press). */
const SOLIDARITY: readonly Bracket[] = [
  { from: 0, ratePct: 0.19 },
  { from: 0.1 * MAX_BASE, ratePct: 0.21 },
  { from: 0.5 * MAX_BASE, ratePct: 0.24 },
];

/** The employee's 2026 contributions on a year's pay. */
export const contributions2026 = (wages: number) => {
  const base = Math.min(wages, MAX_BASE);
  return {
    // 4.70 %, 1.55 %, FP 0.10 % (Orden PJC/178/2025, FER); MEI 0.15 % (HuffPost).
    pension: (base * 4.7) / 100,
    unemployment: (base * 1.55) / 100,
    other: (base * (0.1 + 0.15)) / 100 + bracketTax(SOLIDARITY, Math.max(0, wages - MAX_BASE)),
  };
};

/** Art. 20's reduction on net work income before the 2,000 of other expenses (Ley 35/2006). */
export const workReduction = (net: number) =>
  net <= 14_852
    ? 7_302
    : net <= 17_673.52
      ? 7_302 - 1.75 * (net - 14_852)
      : Math.max(0, 2_364.34 - 1.14 * (net - 17_673.52));

/** A scale's tax on `base` less the same scale's tax on the personal minimum. */
const quota = (scale: readonly Bracket[], base: number, minimum: number) =>
  bracketTax(scale, base) - bracketTax(scale, Math.min(base, minimum));

const tax =
  (scale: readonly Bracket[], minimum: number) =>
  ({ wages }: TaxInput, household: Household) => {
    const c = contributions2026(wages);
    const social = c.pension + c.unemployment + c.other;
    const net = wages - social;
    const work = Math.max(0, net - Math.min(net, workReduction(net)) - 2_000);
    // Joint filing: 3,400 less (art. 84.2.3º; AEAT manual).
    const base = Math.max(0, work - (household === 'joint' ? 3_400 : 0));
    return {
      incomeTax: quota(STATE_SCALE, base, 5_550) + quota(scale, base, minimum),
      social,
      socialParts: { pension: c.pension, health: 0, unemployment: c.unemployment },
    };
  };

const spain = (
  place: string,
  region: string,
  yearLabel: string,
  scale: readonly Bracket[],
  minimum: number,
  sources: readonly Source[],
): PlaceRules => ({
  place,
  name: `Spain (${region})`,
  currency: 'EUR',
  householdMatters: true,
  years: [
    {
      year: 2026,
      yearLabel,
      sources,
      brackets: { 'IRPF, state': STATE_SCALE, [`IRPF, ${region}`]: scale, solidarity: SOLIDARITY },
      tax: tax(scale, minimum),
    },
  ],
});

const COMMON = SOURCES.filter((s) => !/Madrid|Catalonia/.test(s.what));
export const ES_PLACES: readonly PlaceRules[] = [
  spain('ES-MD', 'Madrid', '2026 (Madrid scale of 2025)', MADRID_SCALE, 5_956.65, [
    ...SOURCES.filter((s) => s.what.includes('Madrid')),
    ...COMMON,
  ]),
  spain('ES-CT', 'Catalonia', '2026', CATALONIA_SCALE, 5_550, [
    ...SOURCES.filter((s) => s.what.includes('Catalonia')),
    ...COMMON,
  ]),
];
