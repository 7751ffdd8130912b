import type { ModalityReading } from './modality.js';

// Verbs and adjectives by which the source commits itself to an act ("agreed to", "offered to", "is
// ready to"): the CAMEO codebook codes the commitment (03, or 13 for force), not the act.
const COMMITTING = new Set([
  'agree',
  'offer',
  'promise',
  'pledge',
  'vow',
  'commit',
  'committed',
  'want',
  'wish',
  'hope',
  'intend',
  'seek',
  'aim',
  'ready',
  'willing',
  'prepared',
  'determined',
  'decide',
  'resolve',
  'propose',
  'eager',
  'threaten',
  'swear',
  'sworn',
  // "reached a consensus / an agreement to exchange information": what was agreed is committed to.
  'consensus',
  'agreement',
  'deal',
]);
// Failing to yield or to agree is coded as declining to ("failed to reach agreement" is a rejection).
const REFUSING = new Set(['refuse', 'decline', 'reject', 'fail']);

// Root of the act → the intent code (03 for cooperation, 13 for force), the refusal code (12).
const INTENT: Readonly<Record<string, string>> = {
  '04': '036',
  '045': '039',
  '046': '036',
  '05': '032',
  '06': '031',
  '061': '0311',
  '062': '0312',
  '063': '0313',
  '064': '0314',
  '07': '033',
  '071': '0331',
  '072': '0332',
  '073': '0333',
  '074': '0334',
  '08': '035',
  '081': '0351',
  '082': '0352',
  '083': '034',
  '084': '0353',
  '085': '0354',
  '086': '0355',
  '087': '0356',
  '14': '133',
  '16': '131',
  '164': '134',
  '165': '135',
  '166': '136',
  '161': '1313',
  '162': '1311',
  '163': '1312',
  '17': '137',
  '172': '132',
  '1721': '1321',
  '1722': '1322',
  '1723': '1323',
  '1724': '1324',
  '18': '1383',
  '19': '1384',
  '191': '1381',
  '192': '1382',
  '20': '138',
  '204': '1385',
};
const REFUSAL: Readonly<Record<string, string>> = {
  '04': '125',
  '045': '126',
  '05': '120',
  '057': '127',
  '06': '121',
  '061': '1211',
  '062': '1212',
  '07': '122',
  '08': '124',
  '081': '1241',
  '082': '1242',
  '083': '123',
  '084': '1243',
  '085': '1244',
  '086': '1245',
  '087': '1246',
};

const lookup = (table: Readonly<Record<string, string>>, code: string): string | undefined =>
  table[code.slice(0, 4)] ?? table[code.slice(0, 3)] ?? table[code.slice(0, 2)];

/**
 * The code an act is coded as once its modality is known, as the CAMEO codebook has it: an act the
 * source commits itself to ("agreed to lift sanctions", "will visit", "is ready to send troops") is an
 * expression of intent (03), or a threat when it is force (13: "vowed to attack"); an act it refuses
 * ("refused to meet", "will not release") is a rejection (12). Asserted, hypothetical and plainly
 * negated acts ("did not meet") keep their code; the modality says what they are.
 *
 * ```ts
 * recodeForModality('042', { modality: 'planned', auxiliary: 'will' }); // '036'
 * recodeForModality('190', { modality: 'intended', governor: 'vow' }); // '1384'
 * ```
 */
export function recodeForModality(code: string, reading: ModalityReading): string {
  const committed =
    (reading.modality === 'planned' || reading.modality === 'intended') &&
    (reading.governor === undefined
      ? reading.auxiliary !== undefined
      : COMMITTING.has(reading.governor) ||
        // "will continue to expand defense cooperation" commits to it; "continued to send arms" did it.
        (reading.governor === 'continue' && reading.auxiliary !== undefined));
  if (committed) return lookup(INTENT, code) ?? code;
  // "plans to impose restrictions on X" announces the coercion: the codebook's threat (132), as "will impose" is.
  // A plan to cooperate stays the act, planned (PETRARCH codes "scheduled to meet" as the meeting).
  if (reading.modality === 'planned' && reading.governor === 'plan') {
    const threat = lookup(INTENT, code);
    if (threat?.startsWith('13')) return threat;
  }
  const refused =
    reading.modality === 'negated' &&
    ((reading.governor !== undefined && REFUSING.has(reading.governor)) ||
      reading.auxiliary === 'will' ||
      reading.auxiliary === 'would');
  if (refused) return lookup(REFUSAL, code) ?? code;
  return code;
}

/**
 * The threat a hedged act makes when a condition is set on it: "may halt mediation if cooperation founders"
 * threatens to halt it (135). Undefined for acts that are not coercive (a conditional offer stays an offer).
 *
 * ```ts
 * conditionalThreat('165'); // '135'
 * conditionalThreat('042'); // undefined
 * ```
 */
export function conditionalThreat(code: string): string | undefined {
  const threat = lookup(INTENT, code);
  return threat?.startsWith('13') ? threat : undefined;
}
