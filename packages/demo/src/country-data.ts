/**
 * Nationalities of the people Mizan records, with what the generator needs to make their records look
 * real: weight in the registry, the spelling convention of their passports, phone numbering, document
 * number shapes and birthplaces. Kept apart from name-data.ts so that each file holds one kind of data.
 *
 * Document number shapes: 'A' is a random letter, '9' a random digit, anything else is written as is.
 * They imitate the look of each country's numbers, not their exact issuing rules.
 */

import type { Convention, OriginId } from './name-data';

export interface CountryInfo {
  readonly alpha2: string;
  readonly alpha3: string;
  readonly name: string;
  readonly origin: OriginId;
  /** Relative share of the registry's people. */
  readonly weight: number;
  /** Spelling convention of the country's passports and civil records. */
  readonly convention: Convention;
  /** International calling code, without '+'. */
  readonly callingCode: string;
  /** National mobile numbers, '#' a random digit. */
  readonly mobilePatterns: readonly string[];
  readonly passportFormat: string;
  /** Validity of an adult passport in years (a minor's is always 5). */
  readonly passportYears: number;
  readonly nationalIdFormat: string;
  readonly cities: readonly string[];
}

type CountryRow = Omit<CountryInfo, 'mobilePatterns' | 'cities'> & { mobile: string; cities: string };

// One country per line.
// prettier-ignore
const ROWS: readonly CountryRow[] = [
  // Moroccan nationals: returns, border events, trafficking victims.
  { alpha2: 'MA', alpha3: 'MAR', name: 'Morocco', origin: 'moroccan', weight: 24, convention: 'fr', callingCode: '212', mobile: '6######## 7########', passportFormat: 'AA9999999', passportYears: 5, nationalIdFormat: 'AA999999', cities: 'Casablanca|Rabat|Fès|Marrakech|Tanger|Agadir|Meknès|Oujda|Kénitra|Tétouan|Nador|Béni Mellal|Khouribga|El Jadida|Laâyoune|Al Hoceïma' },
  // West Africa.
  { alpha2: 'GN', alpha3: 'GIN', name: 'Guinea', origin: 'west-african', weight: 11, convention: 'fr', callingCode: '224', mobile: '62####### 66####### 65#######', passportFormat: 'A9999999', passportYears: 5, nationalIdFormat: '999999999999', cities: 'Conakry|Kankan|Labé|Nzérékoré|Kindia|Mamou|Boké|Faranah|Siguiri' },
  { alpha2: 'SN', alpha3: 'SEN', name: 'Senegal', origin: 'west-african', weight: 8, convention: 'fr', callingCode: '221', mobile: '77####### 78####### 76####### 70#######', passportFormat: 'A99999999', passportYears: 5, nationalIdFormat: '9999999999999', cities: 'Dakar|Thiès|Saint-Louis|Kaolack|Ziguinchor|Touba|Mbour|Kolda|Tambacounda' },
  { alpha2: 'ML', alpha3: 'MLI', name: 'Mali', origin: 'west-african', weight: 8, convention: 'fr', callingCode: '223', mobile: '7####### 6#######', passportFormat: 'AA9999999', passportYears: 5, nationalIdFormat: '9999999999999', cities: 'Bamako|Sikasso|Kayes|Ségou|Mopti|Gao|Tombouctou|Kidal|Koutiala' },
  { alpha2: 'CI', alpha3: 'CIV', name: "Côte d'Ivoire", origin: 'west-african', weight: 10, convention: 'fr', callingCode: '225', mobile: '07######## 05######## 01########', passportFormat: '99AA99999', passportYears: 5, nationalIdFormat: 'CI999999999', cities: 'Abidjan|Bouaké|Daloa|Yamoussoukro|San-Pédro|Korhogo|Man|Gagnoa' },
  { alpha2: 'NG', alpha3: 'NGA', name: 'Nigeria', origin: 'west-african', weight: 5, convention: 'en', callingCode: '234', mobile: '80######## 81######## 70######## 90########', passportFormat: 'A99999999', passportYears: 10, nationalIdFormat: '99999999999', cities: 'Lagos|Kano|Ibadan|Benin City|Abuja|Port Harcourt|Enugu|Kaduna|Onitsha' },
  { alpha2: 'MR', alpha3: 'MRT', name: 'Mauritania', origin: 'west-african', weight: 1.5, convention: 'fr', callingCode: '222', mobile: '2####### 3####### 4#######', passportFormat: 'B99999999', passportYears: 5, nationalIdFormat: '9999999999', cities: 'Nouakchott|Nouadhibou|Kiffa|Rosso|Kaédi|Zouérate' },
  { alpha2: 'BF', alpha3: 'BFA', name: 'Burkina Faso', origin: 'west-african', weight: 2, convention: 'fr', callingCode: '226', mobile: '7####### 6#######', passportFormat: 'A9999999', passportYears: 5, nationalIdFormat: 'B99999999', cities: 'Ouagadougou|Bobo-Dioulasso|Koudougou|Ouahigouya|Banfora' },
  { alpha2: 'GM', alpha3: 'GMB', name: 'Gambia', origin: 'west-african', weight: 2, convention: 'en', callingCode: '220', mobile: '7###### 3###### 2######', passportFormat: 'PC999999', passportYears: 5, nationalIdFormat: '99999999', cities: 'Banjul|Serekunda|Brikama|Bakau|Farafenni' },
  { alpha2: 'SL', alpha3: 'SLE', name: 'Sierra Leone', origin: 'west-african', weight: 1.5, convention: 'en', callingCode: '232', mobile: '76###### 77###### 88######', passportFormat: 'E9999999', passportYears: 5, nationalIdFormat: 'AAAA9999', cities: 'Freetown|Bo|Kenema|Makeni|Koidu' },
  { alpha2: 'NE', alpha3: 'NER', name: 'Niger', origin: 'west-african', weight: 1, convention: 'fr', callingCode: '227', mobile: '9####### 8#######', passportFormat: '99PC99999', passportYears: 5, nationalIdFormat: '9999999999', cities: 'Niamey|Zinder|Maradi|Agadez|Tahoua' },
  // Central Africa.
  { alpha2: 'CM', alpha3: 'CMR', name: 'Cameroon', origin: 'central-african', weight: 7, convention: 'fr', callingCode: '237', mobile: '67####### 69####### 65#######', passportFormat: 'AA9999999', passportYears: 5, nationalIdFormat: '999999999', cities: 'Yaoundé|Douala|Bamenda|Garoua|Maroua|Bafoussam|Ngaoundéré|Kribi' },
  { alpha2: 'CD', alpha3: 'COD', name: 'DR Congo', origin: 'central-african', weight: 4, convention: 'fr', callingCode: '243', mobile: '81####### 82####### 97####### 99#######', passportFormat: 'OP9999999', passportYears: 5, nationalIdFormat: '99999999999', cities: 'Kinshasa|Lubumbashi|Mbuji-Mayi|Kisangani|Goma|Bukavu|Kananga|Matadi' },
  { alpha2: 'CG', alpha3: 'COG', name: 'Congo', origin: 'central-african', weight: 1, convention: 'fr', callingCode: '242', mobile: '06####### 05#######', passportFormat: 'OA9999999', passportYears: 5, nationalIdFormat: '9999999999', cities: 'Brazzaville|Pointe-Noire|Dolisie|Nkayi' },
  { alpha2: 'CF', alpha3: 'CAF', name: 'Central African Republic', origin: 'central-african', weight: 0.8, convention: 'fr', callingCode: '236', mobile: '7#######', passportFormat: 'O99999999', passportYears: 5, nationalIdFormat: '999999999', cities: 'Bangui|Berbérati|Bambari|Bouar|Bossangoa' },
  // Middle East.
  { alpha2: 'SY', alpha3: 'SYR', name: 'Syria', origin: 'middle-eastern', weight: 5, convention: 'en', callingCode: '963', mobile: '93####### 94####### 99#######', passportFormat: 'N99999999', passportYears: 6, nationalIdFormat: '99999999999', cities: 'Damascus|Aleppo|Homs|Hama|Latakia|Deir ez-Zor|Idlib|Daraa|Raqqa' },
  { alpha2: 'YE', alpha3: 'YEM', name: 'Yemen', origin: 'middle-eastern', weight: 2, convention: 'en', callingCode: '967', mobile: '77####### 73####### 71#######', passportFormat: '99999999', passportYears: 6, nationalIdFormat: '99999999999', cities: "Sana'a|Aden|Taiz|Hodeidah|Ibb|Mukalla|Dhamar" },
  { alpha2: 'IQ', alpha3: 'IRQ', name: 'Iraq', origin: 'middle-eastern', weight: 0.7, convention: 'en', callingCode: '964', mobile: '77######## 78######## 75########', passportFormat: 'A99999999', passportYears: 8, nationalIdFormat: '999999999999', cities: 'Baghdad|Mosul|Basra|Erbil|Kirkuk|Najaf' },
  // South Asia.
  { alpha2: 'BD', alpha3: 'BGD', name: 'Bangladesh', origin: 'south-asian', weight: 4, convention: 'en', callingCode: '880', mobile: '17######## 18######## 19######## 13########', passportFormat: 'AA9999999', passportYears: 10, nationalIdFormat: '9999999999', cities: 'Dhaka|Chittagong|Sylhet|Khulna|Rajshahi|Comilla|Noakhali|Barisal|Narsingdi' },
  { alpha2: 'PK', alpha3: 'PAK', name: 'Pakistan', origin: 'south-asian', weight: 1, convention: 'en', callingCode: '92', mobile: '30######## 31######## 33######## 34########', passportFormat: 'AA9999999', passportYears: 5, nationalIdFormat: '9999999999999', cities: 'Karachi|Lahore|Faisalabad|Rawalpindi|Peshawar|Gujrat|Sialkot' },
];

export const COUNTRIES: readonly CountryInfo[] = ROWS.map(({ mobile, cities, ...row }) => ({
  ...row,
  mobilePatterns: mobile.split(' '),
  cities: cities.split('|'),
}));

const BY_ALPHA2 = new Map(COUNTRIES.map((country) => [country.alpha2, country]));

export function countryByAlpha2(alpha2: string): CountryInfo {
  const country = BY_ALPHA2.get(alpha2);
  if (!country) throw new RangeError(`unknown country ${alpha2}`);
  return country;
}

/** Morocco: where the records are made, so also where migrants' local phones and some children's births are. */
export const HOST_COUNTRY = countryByAlpha2('MA');
