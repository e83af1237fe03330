/**
 * Spellings used across the region for the same word: British and American English, as the records and their
 * sources write them (the records follow their sources, so both occur). A search for either finds records with
 * either. Country names are not here: each country's other names come from `getOtherCountryNames`
 * (Vietnam / Viet Nam, Laos / Lao PDR, East Timor / Timor-Leste).
 *
 * Each group lists forms of one word; a query word equal to one of them is searched in the others too.
 */
export const SPELLINGS: ReadonlyArray<readonly string[]> = [
  ['centre', 'center'],
  ['centres', 'centers'],
  ['labour', 'labor'],
  ['organisation', 'organization'],
  ['organisations', 'organizations'],
  ['organised', 'organized'],
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['criminalisation', 'criminalization'],
  ['harmonisation', 'harmonization'],
  ['mobilisation', 'mobilization'],
  ['defence', 'defense'],
  ['licence', 'license'],
  ['favour', 'favor'],
  ['endeavour', 'endeavor'],
  ['recognise', 'recognize'],
  ['prioritise', 'prioritize'],
];
