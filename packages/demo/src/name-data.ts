/**
 * Curated person names for the origin groups of the people Mizan records (see shared/domain/names.md).
 *
 * One line per name. Spellings are '|'-separated, most common first:
 * - `ar`: Arabic-script forms, standard spelling first, then the variants officers type (bare alef for
 *   hamza forms, ه for ة, ي for ى, compounds with and without the space). Absent when the name has no
 *   established Arabic form (Jean, Okafor, Chowdhury).
 * - `fr`, `en`, `es`: Latin spellings in French, English and Spanish conventions (Spanish writes j for
 *   kh, u for ou, y for dj; English writes sh for ch, u for ou). `en` and `es` default to `fr`.
 * - `weight`: relative frequency within its list (default 1).
 * - `countries`: ISO alpha-2 codes where the name is used; absent means every country of the group.
 * - `sex`: only for family names that depend on sex (Mauritanian ould/mint, Tuareg ag, Bangladeshi
 *   Begum/Akter/Khatun).
 * Particles are part of the name where they are part of how the name is written: Ben Ali / Benali, El
 * Amrani, Aït Ali, Ould Ahmed, Ag Ghaly; a father's name linked with ben/bin is composed by the generator.
 */

export type OriginId = 'moroccan' | 'west-african' | 'central-african' | 'middle-eastern' | 'south-asian';
export type Convention = 'fr' | 'en' | 'es';
export const CONVENTIONS: readonly Convention[] = ['fr', 'en', 'es'];

interface RawName {
  ar?: string;
  fr: string;
  en?: string;
  es?: string;
  weight?: number;
  countries?: string;
  sex?: 'M' | 'F';
}

/** How a father's name appears in a record of this origin, when it is recorded at all. */
export interface FatherNaming {
  /** Share of records that carry the father's name. */
  chance: number;
  /** Share of those where it is linked by a particle (Mohamed ben Ahmed) rather than just placed. */
  particleChance: number;
  particle: Readonly<Record<Convention | 'ar', string>>;
}

interface RawOrigin {
  label: string;
  father: FatherNaming;
  male: readonly RawName[];
  female: readonly RawName[];
  family: readonly RawName[];
}

const BEN = { fr: 'ben', en: 'bin', es: 'ben', ar: 'بن' } as const;
const NO_FATHER: FatherNaming = { chance: 0, particleChance: 0, particle: BEN };

// Country sets used below, so that a Wolof surname is not given to a Nigerian.
const MANDE_FULA = 'GN SN ML GM BF SL CI NE MR'; // Sahel and coast where Fula and Mande names are shared
const SENEGAMBIA = 'SN GM MR';
const HAUSA_SAHEL = 'NG NE';

// One name per line reads (and diffs) better than wrapped objects.
// prettier-ignore
const RAW_ORIGINS: Readonly<Record<OriginId, RawOrigin>> = {
  moroccan: {
    label: 'Moroccan',
    father: { chance: 0.12, particleChance: 1, particle: BEN },
    male: [
      { ar: 'محمد', fr: 'Mohamed|Mohammed|Mouhamed|Mohamad', en: 'Mohammed|Muhammad|Mohammad|Mohamed', es: 'Mohamed|Mohammed|Mohamet', weight: 12 },
      { ar: 'أحمد|احمد', fr: 'Ahmed|Ahmad|Hmed', en: 'Ahmed|Ahmad', es: 'Ahmed|Ahmad|Hamed', weight: 5 },
      { ar: 'يوسف', fr: 'Youssef|Youssouf|Yousef', en: 'Yusuf|Yousef|Youssef', es: 'Yusef|Yusuf|Yussef', weight: 4 },
      { ar: 'عبد القادر|عبدالقادر', fr: 'Abdelkader|Abd el Kader|Abdel Kader|Abdelkadir', en: 'Abdul Qadir|Abd al-Qadir|Abdelqader', es: 'Abdelkader|Abdelkáder|Abdel Kader', weight: 2 },
      { ar: 'عبد الرحمن|عبدالرحمن', fr: 'Abderrahmane|Abderrahman|Abdel Rahmane', en: 'Abdul Rahman|Abdulrahman|Abd al-Rahman|Abdurrahman', es: 'Abderrahman|Abderrahmán|Abdelrahman', weight: 2 },
      { ar: 'عبد الله|عبدالله', fr: 'Abdellah|Abdallah|Abdelah', en: 'Abdullah|Abdallah', es: 'Abdelah|Abdalá|Abdellah', weight: 2 },
      { ar: 'عبد العزيز|عبدالعزيز', fr: 'Abdelaziz|Abdel Aziz|Abdelaaziz', en: 'Abdulaziz|Abd al-Aziz', es: 'Abdelaziz|Abdelasis' },
      { ar: 'حسن', fr: 'Hassan|Hasan', en: 'Hassan|Hasan', es: 'Hasan|Hassan', weight: 3 },
      { ar: 'هشام', fr: 'Hicham|Hichame', en: 'Hisham|Hesham', es: 'Hicham|Hixam|Hisham', weight: 2 },
      { ar: 'رشيد', fr: 'Rachid|Rachide', en: 'Rashid|Rasheed', es: 'Rachid|Rashid', weight: 2 },
      { ar: 'خالد', fr: 'Khalid|Khaled|Khalide', en: 'Khalid|Khaled', es: 'Jalid|Khalid|Jaled', weight: 3 },
      { ar: 'عمر', fr: 'Omar|Oumar', en: 'Omar|Umar', es: 'Omar|Umar', weight: 2 },
      { ar: 'سعيد', fr: 'Saïd|Said|Saaid', en: 'Said|Saeed|Sayed', es: 'Said|Saíd', weight: 2 },
      { ar: 'مصطفى|مصطفي', fr: 'Mustapha|Moustapha|Mostafa', en: 'Mustafa|Mostafa', es: 'Mustafa|Mustafá|Mostafa', weight: 2 },
      { ar: 'إدريس|ادريس', fr: 'Driss|Idriss|Idris', en: 'Idris|Driss', es: 'Driss|Idris' },
      { ar: 'نور الدين|نورالدين', fr: 'Noureddine|Nourdine|Nour-Eddine', en: 'Nur al-Din|Nureddin|Nooruddin', es: 'Nurdin|Noureddine|Nuredin' },
      { ar: 'إبراهيم|ابراهيم', fr: 'Brahim|Ibrahim', en: 'Ibrahim|Ebrahim', es: 'Brahim|Ibrahim', weight: 2 },
      { ar: 'يونس', fr: 'Younes|Younesse|Younès', en: 'Yunus|Younes|Younis', es: 'Yunes|Younes' },
      { ar: 'زكرياء|زكريا', fr: 'Zakaria|Zakariae|Zakariya', en: 'Zakariya|Zakaria|Zakariyya', es: 'Zacarías|Zakaria|Sakaria' },
      { ar: 'أيوب|ايوب', fr: 'Ayoub|Ayoube', en: 'Ayub|Ayoub|Ayyub', es: 'Ayub|Ayoub', weight: 2 },
      { ar: 'حمزة|حمزه', fr: 'Hamza|Hamzaa', en: 'Hamza|Hamzah', es: 'Hamza|Jamza', weight: 2 },
      { ar: 'أمين|امين', fr: 'Amine|Amin', en: 'Amin|Ameen', es: 'Amín|Amin|Amine', weight: 2 },
      { ar: 'سفيان', fr: 'Soufiane|Sofiane|Soufyane', en: 'Sufyan|Sofian', es: 'Sufian|Sofián|Soufiane' },
      { ar: 'مهدي', fr: 'Mehdi|Mahdi', en: 'Mahdi|Mehdi', es: 'Mehdi|Mahdi' },
      { ar: 'جمال', fr: 'Jamal|Djamal|Jamel', en: 'Jamal|Gamal', es: 'Yamal|Jamal|Chamal' },
      { ar: 'مراد', fr: 'Mourad|Morad', en: 'Murad|Mourad', es: 'Murad|Morad' },
      { ar: 'كريم', fr: 'Karim|Karime|Kerim', en: 'Karim|Kareem', es: 'Karim|Carim' },
      { ar: 'عثمان', fr: 'Othmane|Otmane|Osmane', en: 'Othman|Uthman|Osman', es: 'Otman|Uzman' },
      { ar: 'إسماعيل|اسماعيل', fr: 'Ismaïl|Ismail|Smail', en: 'Ismail|Ismael', es: 'Ismael|Ismail' },
      { ar: 'عادل', fr: 'Adil|Adel', en: 'Adil|Adel', es: 'Adil|Adel' },
      { ar: 'بلال', fr: 'Bilal|Bilel', en: 'Bilal', es: 'Bilal|Bilál' },
    ],
    female: [
      { ar: 'فاطمة|فاطمه', fr: 'Fatima|Fatma|Fatéma', en: 'Fatima|Fatimah', es: 'Fátima|Fatima|Fatma', weight: 6 },
      { ar: 'خديجة|خديجه', fr: 'Khadija|Khadidja|Khadîja', en: 'Khadija|Khadijah|Khadeeja', es: 'Jadiya|Jadicha|Khadija', weight: 4 },
      { ar: 'عائشة|عايشة|عائشه', fr: 'Aicha|Aïcha|Aisha', en: 'Aisha|Ayesha|Aishah', es: 'Aixa|Aicha|Aisha', weight: 4 },
      { ar: 'مريم', fr: 'Meryem|Meriem|Myriam|Maryam', en: 'Maryam|Mariam', es: 'Mariam|Meryem|Miriam', weight: 4 },
      { ar: 'زينب', fr: 'Zineb|Zainab|Zeineb', en: 'Zainab|Zaynab|Zeinab', es: 'Zineb|Zaineb|Sineb', weight: 2 },
      { ar: 'نعيمة|نعيمه', fr: 'Naïma|Naima|Nahima', en: 'Naima|Naeema|Naeemah', es: 'Naima|Naíma' },
      { ar: 'حفصة|حفصه', fr: 'Hafsa|Hafsae', en: 'Hafsa|Hafsah', es: 'Hafsa|Jafsa' },
      { ar: 'سلمى|سلمي', fr: 'Salma|Selma', en: 'Salma|Selma', es: 'Salma' },
      { ar: 'سميرة|سميره', fr: 'Samira|Samirah', en: 'Samira|Sameera', es: 'Samira' },
      { ar: 'لطيفة|لطيفه', fr: 'Latifa|Latefa', en: 'Latifa|Latifah', es: 'Latifa' },
      { ar: 'حنان', fr: 'Hanane|Hanan|Hannane', en: 'Hanan|Hanaan', es: 'Hanan|Janan' },
      { ar: 'نادية|ناديه', fr: 'Nadia|Nadiya', en: 'Nadia|Nadiya', es: 'Nadia' },
      { ar: 'مليكة|مليكه', fr: 'Malika|Malica', en: 'Malika|Malikah', es: 'Malika' },
      { ar: 'سكينة|سكينه', fr: 'Soukaina|Soukayna|Sokaina', en: 'Sukayna|Sakina|Sukaina', es: 'Sukaina|Sokaina' },
      { ar: 'إيمان|ايمان', fr: 'Imane|Imène|Iman', en: 'Iman|Eman', es: 'Imán|Iman|Imane', weight: 2 },
      { ar: 'هدى|هدي', fr: 'Houda|Hoda|Huda', en: 'Huda|Hoda', es: 'Huda|Juda|Houda' },
      { ar: 'كريمة|كريمه', fr: 'Karima|Kerima', en: 'Karima|Kareema', es: 'Karima|Carima' },
      { ar: 'أمينة|امينة', fr: 'Amina|Aminah', en: 'Amina|Ameena', es: 'Amina' },
      { ar: 'سناء|سنا', fr: 'Sanae|Sanaa|Sana', en: 'Sanaa|Sana', es: 'Sanae|Sana' },
      { ar: 'وفاء|وفا', fr: 'Wafae|Wafaa|Ouafae', en: 'Wafaa|Wafa', es: 'Uafae|Wafaa' },
      { ar: 'غزلان', fr: 'Ghizlane|Ghislane|Rhizlane', en: 'Ghizlan|Ghizlane', es: 'Guizlane|Gizlan' },
      { ar: 'يسرى|يسرا', fr: 'Yousra|Yosra|Youssra', en: 'Yusra|Yosra', es: 'Yusra|Yosra' },
      { ar: 'إكرام|اكرام', fr: 'Ikram|Ikrame', en: 'Ikram', es: 'Ikram|Icram' },
    ],
    family: [
      { ar: 'الإدريسي|الادريسي', fr: 'El Idrissi|Idrissi|Elidrissi|El Idrissy', en: 'Al-Idrisi|El Idrissi|Idrisi', es: 'El Idrisi|Idrisi|El Idrissi', weight: 3 },
      { ar: 'العلوي', fr: 'Alaoui|El Alaoui', en: 'Al-Alawi|Alaoui|Alawi', es: 'Alaui|El Alaui|Alaoui', weight: 3 },
      { ar: 'بنعلي|بن علي', fr: 'Benali|Ben Ali|Ben-Ali', en: 'Bin Ali|Ben Ali', es: 'Benali|Ben Alí', weight: 2 },
      { ar: 'بنجلون|بن جلون', fr: 'Benjelloun|Ben Jelloun|Bendjelloun', en: 'Benjelloun|Bin Jallun', es: 'Benyelún|Benjelloun|Ben Yelún' },
      { ar: 'الشاوي|شاوي', fr: 'Chaoui|Echaoui|El Chaoui', en: 'Shawi|Al-Shawi|Chaoui', es: 'Chaui|Xaui|Chaoui' },
      { ar: 'التازي', fr: 'Tazi|Ettazi|El Tazi', en: 'Tazi|Al-Tazi', es: 'Tazi|Tasi' },
      { ar: 'الفاسي', fr: 'El Fassi|Fassi|Elfassi', en: 'Al-Fasi|El Fassi', es: 'El Fasi|Fasi' },
      { ar: 'العمراني', fr: 'El Amrani|Amrani|Elamrani', en: 'Al-Amrani|Amrani', es: 'El Amrani|Amrani', weight: 2 },
      { ar: 'آيت علي|أيت علي|ايت علي', fr: 'Aït Ali|Ait Ali|Ait-Ali', en: 'Ait Ali|Ayt Ali', es: 'Ait Alí|Aït Ali' },
      { ar: 'آيت لحسن|أيت لحسن|ايت لحسن', fr: 'Aït Lahcen|Ait Lahcen|Ait Lahsen', en: 'Ait Lahcen|Ayt Lahsen', es: 'Ait Lahsen|Aït Lahcen' },
      { ar: 'الوزاني', fr: 'Ouazzani|El Ouazzani|Wazzani', en: 'Al-Wazzani|Wazzani|Ouazzani', es: 'Uazzani|El Uazani|Ouazzani' },
      { ar: 'برادة|براده', fr: 'Berrada|Berada', en: 'Berrada|Barrada', es: 'Berrada|Berada' },
      { ar: 'بناني', fr: 'Bennani|Benani|Bennany', en: 'Bennani|Binnani', es: 'Benani|Bennani', weight: 2 },
      { ar: 'لحلو', fr: 'Lahlou|Lahlu', en: 'Lahlou|Lahlu', es: 'Lahlu|Lajlu' },
      { ar: 'الوردي', fr: 'El Ouardi|Ouardi|Elouardi', en: 'Al-Wardi|Wardi', es: 'El Uardi|Uardi' },
      { ar: 'بنموسى|بن موسى', fr: 'Benmoussa|Ben Moussa', en: 'Bin Musa|Benmoussa', es: 'Benmusa|Ben Musa' },
      { ar: 'الزياني|زياني', fr: 'Ziani|Zayani|Ezziani', en: 'Al-Zayani|Ziani', es: 'Ziani|Siani' },
      { ar: 'الخطابي', fr: 'El Khattabi|Khattabi|Elkhattabi', en: 'Al-Khattabi|Khattabi', es: 'El Jatabi|Jatabi|El Khattabi' },
      { ar: 'البخاري', fr: 'Boukhari|El Boukhari|Bukhari', en: 'Al-Bukhari|Bukhari', es: 'Bujari|El Bujari|Boukhari' },
      { ar: 'الشرقاوي', fr: 'Cherkaoui|Charkaoui|Echcharqaoui', en: 'Al-Sharqawi|Sharqawi|Cherkaoui', es: 'Cherkaui|Charkaui|Xarkaui' },
      { ar: 'الناصري', fr: 'Naciri|Nassiri|En-Naciri', en: 'Al-Nasiri|Nasiri', es: 'Nasiri|Naciri' },
      { ar: 'الحداد|حداد', fr: 'Haddad|El Haddad|Hadad', en: 'Haddad|Al-Haddad', es: 'Hadad|Jadad|Haddad' },
      { ar: 'بنكيران|بن كيران', fr: 'Benkirane|Ben Kirane|Benkiran', en: 'Benkiran|Bin Kiran', es: 'Benkirán|Benkirane' },
      { ar: 'المنصوري', fr: 'El Mansouri|Mansouri|Elmansouri', en: 'Al-Mansouri|Mansuri', es: 'El Mansuri|Mansuri', weight: 2 },
      { ar: 'الصديقي', fr: 'Seddiki|Es-Seddiki|Esseddiki|Sedki', en: 'Al-Siddiqi|Siddiqui', es: 'Sedikí|Seddiki' },
      { ar: 'بوزيد', fr: 'Bouzid|Bouzide|Bouzit', en: 'Bu Zaid|Bouzid', es: 'Busid|Buzid|Bouzid' },
      { ar: 'أمزيان|امزيان', fr: 'Amziane|Amzian|Amezian', en: 'Amzian|Amziane', es: 'Amsian|Amziane' },
      { ar: 'الحسني', fr: 'El Hassani|Hassani|Elhassani', en: 'Al-Hasani|Hassani', es: 'El Hasani|Jasani' },
      { ar: 'اليعقوبي', fr: 'El Yacoubi|Yacoubi|Yaakoubi', en: 'Al-Yaqubi|Yaqoubi', es: 'El Yacubi|Yacubi' },
    ],
  },

  'west-african': {
    label: 'West African',
    father: NO_FATHER,
    male: [
      { ar: 'محمد|مامادو', fr: 'Mamadou|Mamadu|Mahamadou|Mamoudou', en: 'Mamadu|Mamadou|Muhammadu', es: 'Mamadú|Mamadou|Mamadu', weight: 6, countries: MANDE_FULA },
      { ar: 'محمد', fr: 'Mohamed|Mouhamed|Mohammed|Mouhamadou', en: 'Muhammad|Mohammed|Mohamed', es: 'Mohamed|Mohamed', weight: 4, countries: 'MR SN NG NE GN' },
      { ar: 'محمد|مودو', fr: 'Modou|Momodou|Modu', en: 'Modou|Momodou|Modu', es: 'Modu|Modou', weight: 2, countries: SENEGAMBIA },
      { ar: 'إبراهيم|ابراهيم|ابراهيما', fr: 'Ibrahima|Ibrahim|Brahima', en: 'Ibrahim|Ibrahima', es: 'Ibrahima|Ibrahim', weight: 4 },
      { ar: 'أحمد|احمد|أمادو', fr: 'Amadou|Ahmadou|Hamadou|Amadu', en: 'Ahmadu|Amadou|Ahmed', es: 'Amadú|Amadou', weight: 3 },
      { ar: 'عثمان', fr: 'Ousmane|Ousman|Usman', en: 'Usman|Ousmane|Uthman', es: 'Usman|Osmane|Ousmane', weight: 3 },
      { ar: 'عبد الله|عبدالله', fr: 'Abdoulaye|Abdoulahi|Abdallah', en: 'Abdullahi|Abdoulaye', es: 'Abdulai|Abdoulaye', weight: 3 },
      { ar: 'موسى|موسي', fr: 'Moussa|Mousa|Musa', en: 'Musa|Moussa', es: 'Musa|Mussa|Moussa', weight: 3 },
      { ar: 'سليمان', fr: 'Souleymane|Souleyman|Soulemane|Sulayman', en: 'Sulaiman|Suleiman|Souleymane', es: 'Suleiman|Suleimán|Souleymane', weight: 2 },
      { ar: 'أبو بكر|ابوبكر|أبوبكر', fr: 'Boubacar|Boubakar|Aboubacar|Aboubakar', en: 'Abubakar|Aboubakar|Abu Bakr', es: 'Bubacar|Abubakar|Boubacar', weight: 2 },
      { ar: 'الأمين|الامين', fr: 'Lamine|Alamine|Al Amine', en: 'Lamin|Al-Amin', es: 'Lamín|Lamine', weight: 2, countries: MANDE_FULA },
      { ar: 'الشيخ|شيخ', fr: 'Cheikh|Cheick|Cheik', en: 'Sheikh|Shaykh|Cheikh', es: 'Cheij|Cheikh|Xeij', countries: 'SN GN ML MR GM' },
      { ar: 'علي', fr: 'Aliou|Alioune|Ali', en: 'Aliyu|Aliou|Ali', es: 'Aliu|Aliou', weight: 2 },
      { ar: 'عمر', fr: 'Oumar|Omar|Umar', en: 'Umar|Oumar|Omar', es: 'Umar|Omar', weight: 2 },
      { ar: 'ألفا|الفا', fr: 'Alpha|Alfa', en: 'Alpha|Alfa', es: 'Alfa|Alpha', countries: 'GN SL ML' },
      { ar: 'سيدو', fr: 'Seydou|Seïdou|Saïdou', en: 'Seydou|Saidu', es: 'Seidu|Seydou', countries: 'ML BF GN CI NE' },
      { fr: 'Sékou|Sekou|Sékouba', en: 'Sekou|Sheku', es: 'Sekú|Sekou', countries: 'GN ML SL' },
      { fr: 'Lansana|Lancinet|Lansane', en: 'Lansana|Lansanah', es: 'Lansana', countries: 'GN SL' },
      { fr: 'Kouassi|Kouasi|Kwasi', en: 'Kwasi|Kouassi', es: 'Kuasi|Kouassi', weight: 2, countries: 'CI' },
      { fr: 'Koffi|Kofi', en: 'Kofi|Koffi', es: 'Kofi|Koffi', weight: 2, countries: 'CI' },
      { fr: 'Yao|Yaw', en: 'Yaw|Yao', es: 'Yao', countries: 'CI' },
      { fr: 'Emmanuel|Emanuel', en: 'Emmanuel|Immanuel', es: 'Emanuel|Emmanuel', countries: 'NG CI SL' },
      { fr: 'Samuel|Samuël', en: 'Samuel', es: 'Samuel', countries: 'NG SL' },
      { fr: 'Chinedu|Chinédu', en: 'Chinedu|Chinedum', es: 'Chinedu', weight: 2, countries: 'NG' },
      { fr: 'Emeka|Emékà', en: 'Emeka|Chukwuemeka', es: 'Emeka', weight: 2, countries: 'NG' },
      { fr: 'Oluwaseun|Seun', en: 'Oluwaseun|Seun|Oluwasehun', es: 'Oluwaseun', countries: 'NG' },
      { fr: 'Tunde|Tundé', en: 'Tunde|Babatunde', es: 'Tunde', countries: 'NG' },
    ],
    female: [
      { ar: 'فاطمة|فاطمه|فاتوماتا', fr: 'Fatoumata|Fatou|Fatimata|Fatoumatta', en: 'Fatoumata|Fatumata|Fatima', es: 'Fatumata|Fatoumata', weight: 5, countries: MANDE_FULA },
      { ar: 'فاطمة|فاطمه', fr: 'Fatima|Fatimetou|Fatma', en: 'Fatima|Fatimah', es: 'Fátima|Fatima', weight: 2, countries: 'MR NG NE' },
      { ar: 'أمينة|امينة|اميناتا', fr: 'Aminata|Aminatou|Aminah', en: 'Aminata|Aminatu', es: 'Aminata', weight: 4, countries: MANDE_FULA },
      { ar: 'مريم', fr: 'Mariama|Mariam|Mariame|Maryama', en: 'Mariama|Mariam', es: 'Mariama|Mariam', weight: 3 },
      { ar: 'خديجة|خديجه', fr: 'Kadiatou|Kadiata|Khadidiatou|Kadidia', en: 'Khadijatu|Kadiatou', es: 'Kadiatu|Kadiatou|Jadiyatu', weight: 3, countries: MANDE_FULA },
      { ar: 'عائشة|عايشة|عيساتو', fr: 'Aïssatou|Aissatou|Aïssata|Assiatou', en: 'Aisatu|Aissatou|Aisha', es: 'Aisatu|Aissatou', weight: 3 },
      { ar: 'حواء|حوا', fr: 'Hawa|Awa|Haoua', en: 'Hawa|Hauwa', es: 'Jawa|Hawa|Awa', weight: 3 },
      { ar: 'زينب', fr: 'Djénéba|Djeneba|Dieneba|Zeinabou', en: 'Jeneba|Zainab', es: 'Yeneba|Djeneba', countries: 'ML BF CI' },
      { ar: 'زينب', fr: 'Zainab|Zeinab|Zaynab', en: 'Zainab|Zaynab', es: 'Zainab|Seinab', countries: HAUSA_SAHEL },
      { ar: 'رحمة الله', fr: 'Ramatoulaye|Ramatoulai|Ramata', en: 'Rahmatullahi|Ramatoulaye', es: 'Ramatulai|Ramatoulaye', countries: 'SN GN GM' },
      { ar: 'سليمة|سليمه', fr: 'Salimata|Salamata|Salimatou', en: 'Salimatu|Salimata', es: 'Salimata', countries: 'ML BF CI' },
      { ar: 'رقية|رقيه', fr: 'Rokhaya|Rokia|Rokiatou|Roukiatou', en: 'Ruqayya|Rokia', es: 'Rokia|Rojaya', countries: 'SN ML GN MR' },
      { ar: 'أمينة|امينتو', fr: 'Aminetou|Aminétou|Mina', en: 'Aminetou|Aminatu', es: 'Aminetu|Aminetou', countries: 'MR' },
      { fr: 'Fanta|Fantah', en: 'Fanta', es: 'Fanta', weight: 2, countries: 'GN ML CI' },
      { fr: 'Adjoua|Ajoua|Adjwa', en: 'Adjoa|Adjoua', es: 'Ayua|Adjoua', countries: 'CI' },
      { fr: 'Akissi|Akisi', en: 'Akissi', es: 'Akisi|Akissi', countries: 'CI' },
      { fr: 'Ngozi|Ngozie', en: 'Ngozi', es: 'Ngozi', countries: 'NG' },
      { fr: 'Chioma|Chiomah', en: 'Chioma|Chiamaka', es: 'Chioma', countries: 'NG' },
      { fr: 'Blessing', en: 'Blessing|Blessed', es: 'Blessing', countries: 'NG' },
      { fr: 'Grâce|Grace', en: 'Grace', es: 'Grace|Gracia', countries: 'NG CI SL' },
    ],
    family: [
      { ar: 'ديالو|جالو', fr: 'Diallo|Djalo|Jallow', en: 'Jallow|Diallo|Jalloh', es: 'Dialo|Diallo|Yalo', weight: 5, countries: MANDE_FULA },
      { ar: 'باه|با', fr: 'Bah|Ba|Bâ', en: 'Bah|Ba', es: 'Ba|Bah', weight: 4, countries: MANDE_FULA },
      { ar: 'باري', fr: 'Barry|Bari|Barri', en: 'Barry|Bari', es: 'Barri|Bari', weight: 3, countries: 'GN SN SL ML' },
      { ar: 'صو|سو', fr: 'Sow|Sowe', en: 'Sow|Sowe', es: 'Sou|Sow', weight: 2, countries: 'GN SN MR ML GM' },
      { ar: 'كامارا|كمارا', fr: 'Camara|Kamara', en: 'Kamara|Camara', es: 'Cámara|Camara|Kamara', weight: 3, countries: 'GN SN SL ML GM' },
      { ar: 'سيلا', fr: 'Sylla|Silla', en: 'Sylla|Silla', es: 'Silla|Sila', countries: 'GN SN ML' },
      { ar: 'تراوري', fr: 'Traoré|Traore|Traouré', en: 'Traore|Trawally', es: 'Traoré|Traore', weight: 4, countries: 'ML GN CI BF SN' },
      { ar: 'كيتا|كايتا', fr: 'Keïta|Keita|Kéita|Keyta', en: 'Keita|Kaita', es: 'Keita|Queita', weight: 3, countries: 'ML GN SN CI' },
      { ar: 'كوني', fr: 'Koné|Kone|Konè', en: 'Kone|Konneh', es: 'Koné|Kone', weight: 3, countries: 'CI ML BF GN' },
      { ar: 'كوليبالي|كوليبالى', fr: 'Coulibaly|Coulibali|Kulibali|Koulibaly', en: 'Kulibali|Coulibaly|Kulubali', es: 'Kulibali|Culibali|Coulibaly', weight: 3, countries: 'ML CI BF SN' },
      { ar: 'توري|طوري', fr: 'Touré|Toure|Tourey', en: 'Toure|Turay|Touray', es: 'Turé|Touré|Ture', weight: 3, countries: MANDE_FULA },
      { ar: 'سيسي|سيسه', fr: 'Cissé|Cisse|Sissé', en: 'Cisse|Sisay|Cissay', es: 'Cisé|Cissé|Sisé', weight: 2, countries: MANDE_FULA },
      { ar: 'جوب|ديوب', fr: 'Diop|Diope|Jop', en: 'Diop|Jobe', es: 'Diop|Yop', weight: 2, countries: SENEGAMBIA },
      { ar: 'انجاي|نجاي', fr: "N'Diaye|Ndiaye|N Diaye|Ndiay", en: "Njie|Ndiaye|N'Diaye", es: "N'Diaye|Ndiaye|Ndiae", weight: 3, countries: 'SN GM MR ML' },
      { ar: 'فال', fr: 'Fall|Fal', en: 'Fall|Faal', es: 'Fall|Fal', countries: SENEGAMBIA },
      { ar: 'غاي|كاي', fr: 'Gueye|Guèye|Gaye', en: 'Gaye|Gueye', es: 'Gueye|Gaye', countries: 'SN GM' },
      { ar: 'صال|سال', fr: 'Sall|Sal', en: 'Sall', es: 'Sall|Sal', countries: 'SN MR' },
      { ar: 'ديوف', fr: 'Diouf|Diouff', en: 'Diouf|Jouf', es: 'Diuf|Diouf', countries: 'SN' },
      { ar: 'كوناتي', fr: 'Konaté|Konate|Conaté', en: 'Konate|Konateh', es: 'Konate|Conate', countries: 'GN ML CI' },
      { ar: 'سنغاري|سانغاري', fr: 'Sangaré|Sangare|Sankaré', en: 'Sangare|Sangary', es: 'Sangaré|Sangare', countries: 'ML CI GN BF' },
      { ar: 'ديارا|جارا', fr: 'Diarra|Diara|Jarra', en: 'Jarra|Diarra', es: 'Diarra|Yara', countries: 'ML SN' },
      { ar: 'دمبيلي', fr: 'Dembélé|Dembele|Dembelé', en: 'Dembele', es: 'Dembélé|Dembele', countries: 'ML SN' },
      { ar: 'واتارا|وتارة', fr: 'Ouattara|Ouatara|Wattara', en: 'Wattara|Ouattara', es: 'Uatara|Ouattara', weight: 2, countries: 'CI BF' },
      { ar: 'بامبا', fr: 'Bamba|Bambah', en: 'Bamba', es: 'Bamba', countries: 'CI SN ML' },
      { ar: 'كوياتي', fr: 'Kouyaté|Kouyate|Kuyaté', en: 'Kuyateh|Kouyate', es: 'Kuyaté|Kouyaté', countries: 'GN ML SN GM' },
      { fr: 'Kouamé|Kouame|Kwame', en: 'Kwame|Kouame', es: 'Kuamé|Kouamé', weight: 2, countries: 'CI' },
      { fr: "N'Guessan|Nguessan|N Guessan", en: "N'Guessan|Nguessan", es: 'Nguesan|Nguessan', weight: 2, countries: 'CI' },
      { fr: 'Yao|Yaho', en: 'Yao', es: 'Yao', countries: 'CI' },
      { fr: 'Okafor|Okaphor', en: 'Okafor', es: 'Okafor', countries: 'NG' },
      { fr: 'Okonkwo|Okonko', en: 'Okonkwo', es: 'Okonkuo|Okonkwo', countries: 'NG' },
      { fr: 'Adeyemi|Adéyémi', en: 'Adeyemi', es: 'Adeyemi', countries: 'NG' },
      { fr: 'Eze|Ezé', en: 'Eze', es: 'Eze', countries: 'NG' },
      { fr: 'Nwosu|Nouossou', en: 'Nwosu', es: 'Nuosu|Nwosu', countries: 'NG' },
      { ar: 'بلو|بيلو', fr: 'Bello|Bélo', en: 'Bello', es: 'Bello|Belo', countries: HAUSA_SAHEL },
      { ar: 'أبو بكر|ابوبكر', fr: 'Aboubakar|Abubakar', en: 'Abubakar|Abubakr', es: 'Abubakar', countries: HAUSA_SAHEL },
      { ar: 'عثمان', fr: 'Ousmane|Usman', en: 'Usman|Usmanu', es: 'Usman', countries: HAUSA_SAHEL },
      { ar: 'ولد أحمد|ولد احمد', fr: 'Ould Ahmed|Ould Ahmedou|Ould-Ahmed', en: 'Ould Ahmed|Wuld Ahmad', es: 'Uld Ahmed|Ould Ahmed', weight: 2, countries: 'MR', sex: 'M' },
      { ar: 'ولد سيدي', fr: 'Ould Sidi|Ould Sidy|Ould-Sidi', en: 'Ould Sidi|Wuld Sidi', es: 'Uld Sidi|Ould Sidi', countries: 'MR', sex: 'M' },
      { ar: 'ولد محمد', fr: 'Ould Mohamed|Ould Mohammed|Ould Mouhamed', en: 'Ould Muhammad|Wuld Mohamed', es: 'Uld Mohamed|Ould Mohamed', countries: 'MR', sex: 'M' },
      { ar: 'ولد الشيخ', fr: 'Ould Cheikh|Ould Cheick|Ould Echeikh', en: 'Ould Sheikh|Wuld al-Shaykh', es: 'Uld Cheij|Ould Cheikh', countries: 'MR', sex: 'M' },
      { ar: 'منت أحمد|بنت أحمد|منت احمد', fr: 'Mint Ahmed|Mint Ahmedou|Mint-Ahmed', en: 'Mint Ahmed|Bint Ahmad', es: 'Mint Ahmed|Mint Ahmedu', weight: 2, countries: 'MR', sex: 'F' },
      { ar: 'منت سيدي|بنت سيدي', fr: 'Mint Sidi|Mint Sidy', en: 'Mint Sidi|Bint Sidi', es: 'Mint Sidi', countries: 'MR', sex: 'F' },
      { ar: 'منت محمد|بنت محمد', fr: 'Mint Mohamed|Mint Mohammed', en: 'Mint Muhammad|Bint Mohamed', es: 'Mint Mohamed', countries: 'MR', sex: 'F' },
      { ar: 'أغ غالي|اغ غالي', fr: 'Ag Ghaly|Ag Ghali|Ag-Ghaly', en: 'Ag Ghali|Ag Ghaly', es: 'Ag Gali|Ag Ghaly', countries: 'ML NE', sex: 'M' },
      { ar: 'أغ انتالا|اغ انتالا', fr: 'Ag Intalla|Ag Intallah', en: 'Ag Intalla', es: 'Ag Intala|Ag Intalla', countries: 'ML NE', sex: 'M' },
    ],
  },

  'central-african': {
    label: 'Central African',
    father: NO_FATHER,
    male: [
      { fr: 'Jean-Pierre|Jean Pierre|Jean-Piere', en: 'Jean-Pierre|Jean Pierre', es: 'Jean Pierre|Jean-Pierre', weight: 2 },
      { fr: 'Jean-Claude|Jean Claude', en: 'Jean-Claude|Jean Claude', es: 'Jean Claude|Jean-Claude', weight: 2 },
      { fr: 'Dieudonné|Dieudonne|Dieu-Donné', en: 'Dieudonne|Dieudonné', es: 'Dieudonné|Dieudone', weight: 2 },
      { fr: 'Emmanuel|Emanuel', en: 'Emmanuel|Emanuel', es: 'Emanuel|Emmanuel', weight: 2 },
      { fr: 'Patrick|Patric', en: 'Patrick', es: 'Patrick|Patric' },
      { fr: 'Christian|Cristian', en: 'Christian', es: 'Cristian|Christian' },
      { fr: 'Serge|Sergue', en: 'Serge', es: 'Serge|Serje' },
      { fr: 'Hervé|Herve', en: 'Herve|Hervé', es: 'Hervé|Herve' },
      { fr: 'Blaise|Blaize', en: 'Blaise', es: 'Blaise|Bles' },
      { fr: 'Brice|Bryce', en: 'Brice', es: 'Brice|Bris' },
      { fr: 'Yannick|Yanick|Yanik', en: 'Yannick', es: 'Yanik|Yannick' },
      { fr: 'Fiston|Fistone', en: 'Fiston', es: 'Fiston', countries: 'CD CG' },
      { fr: 'Glody|Glodie', en: 'Glody', es: 'Glodi|Glody', countries: 'CD' },
      { fr: 'Héritier|Heritier', en: 'Heritier', es: 'Héritier|Eritier', countries: 'CD CG' },
      { fr: 'Exaucé|Exauce', en: 'Exauce', es: 'Exaucé|Exose', countries: 'CD CG' },
      { ar: 'موسى|موسي', fr: 'Moussa|Mousa', en: 'Musa|Moussa', es: 'Musa|Moussa', countries: 'CM CF' },
      { ar: 'أحمد|احمد|حمادو', fr: 'Hamadou|Amadou|Ahmadou', en: 'Hamadu|Ahmadu', es: 'Jamadu|Hamadou', countries: 'CM' },
      { ar: 'محمد', fr: 'Mahamat|Mahamad|Mahamadou', en: 'Mahamat|Muhammad', es: 'Mahamat|Majamat', weight: 2, countries: 'CF CM' },
      { ar: 'إبراهيم|ابراهيم', fr: 'Ibrahim|Ibrahima|Brahim', en: 'Ibrahim', es: 'Ibrahim', countries: 'CM CF' },
    ],
    female: [
      { fr: 'Grâce|Grace', en: 'Grace', es: 'Grace|Gracia', weight: 2 },
      { fr: 'Esther|Ester', en: 'Esther', es: 'Ester|Esther', weight: 2 },
      { fr: 'Ruth|Rut', en: 'Ruth', es: 'Rut|Ruth' },
      { fr: 'Merveille|Merveil', en: 'Merveille', es: 'Merveille|Merbeille', countries: 'CD CG' },
      { fr: 'Chancelle|Chancel', en: 'Chancelle', es: 'Chancel|Chancelle', countries: 'CD CG' },
      { fr: 'Chantal|Chantale', en: 'Chantal', es: 'Chantal' },
      { fr: 'Brigitte|Brigite', en: 'Brigitte', es: 'Brigitte|Brigit' },
      { fr: 'Sandrine|Sandrina', en: 'Sandrine', es: 'Sandrine|Sandrin' },
      { fr: 'Clarisse|Clarice', en: 'Clarisse', es: 'Clarisa|Clarisse' },
      { fr: 'Nadège|Nadege', en: 'Nadege', es: 'Nadège|Nadeje' },
      { fr: 'Bénédicte|Benedicte', en: 'Benedicte', es: 'Benedicte|Benedicta' },
      { fr: 'Josiane|Josianne', en: 'Josiane', es: 'Josiane|Josiana' },
      { fr: 'Mireille|Mireile', en: 'Mireille', es: 'Mireille|Mireia' },
      { ar: 'أمينة|امينة|اميناتو', fr: 'Aminatou|Aminata|Amina', en: 'Aminatu|Amina', es: 'Aminatu|Aminatou', countries: 'CM CF' },
      { ar: 'خديجة|خديجه', fr: 'Hadidja|Hadija|Khadidja', en: 'Hadija|Khadija', es: 'Jadiya|Hadidja', countries: 'CM CF' },
    ],
    family: [
      { fr: "Mbarga|M'Barga", en: 'Mbarga', es: 'Mbarga', weight: 2, countries: 'CM' },
      { fr: "Ngono|N'Gono", en: 'Ngono', es: 'Ngono', countries: 'CM' },
      { fr: 'Fotso|Fotsso', en: 'Fotso', es: 'Fotso', countries: 'CM' },
      { fr: 'Atangana|Atangama', en: 'Atangana', es: 'Atangana', countries: 'CM' },
      { fr: 'Essomba|Esomba', en: 'Essomba', es: 'Esomba|Essomba', countries: 'CM' },
      { fr: 'Kamga|Kanga', en: 'Kamga', es: 'Kamga|Camga', countries: 'CM' },
      { fr: 'Njoya|Ndjoya', en: 'Njoya', es: 'Nyoya|Njoya', countries: 'CM' },
      { fr: 'Mballa|Mbala', en: 'Mballa', es: 'Mbala|Mballa', countries: 'CM' },
      { fr: "Eto'o|Etoo|Eto-o", en: "Eto'o|Etoo", es: "Eto'o|Etoo", countries: 'CM' },
      { fr: 'Nkoulou|Nkulu', en: 'Nkoulou|Nkulu', es: 'Nkulu|Nkoulou', countries: 'CM' },
      { fr: 'Mukendi|Moukendi', en: 'Mukendi', es: 'Mukendi', weight: 2, countries: 'CD' },
      { fr: 'Kalonji|Kalondji', en: 'Kalonji', es: 'Kalonyi|Kalonji', countries: 'CD' },
      { fr: 'Ilunga|Ilounga', en: 'Ilunga', es: 'Ilunga', weight: 2, countries: 'CD' },
      { fr: 'Kasongo|Kassongo', en: 'Kasongo', es: 'Kasongo', countries: 'CD' },
      { fr: 'Mbuyi|Mbouyi', en: 'Mbuyi', es: 'Mbuyi', countries: 'CD' },
      { fr: 'Tshibanda|Tchibanda|Chibanda', en: 'Tshibanda|Chibanda', es: 'Chibanda|Tshibanda', countries: 'CD' },
      { fr: 'Lukusa|Loukoussa', en: 'Lukusa', es: 'Lukusa', countries: 'CD' },
      { fr: 'Kabongo|Kabungo', en: 'Kabongo', es: 'Kabongo', countries: 'CD' },
      { fr: "Nsimba|N'Simba", en: 'Nsimba', es: 'Nsimba', countries: 'CD CG' },
      { fr: 'Mabiala|Mabiyala', en: 'Mabiala', es: 'Mabiala', countries: 'CG CD' },
      { fr: 'Nkounkou|Nkunku', en: 'Nkunku|Nkounkou', es: 'Nkunku', countries: 'CG' },
      { fr: 'Moukoko|Mukoko', en: 'Mukoko|Moukoko', es: 'Mukoko', countries: 'CG CM' },
      { fr: 'Dologuélé|Dologuele', en: 'Dologuele', es: 'Dologuele', countries: 'CF' },
      { fr: 'Ziguélé|Ziguele', en: 'Ziguele', es: 'Ziguele|Sigüele', countries: 'CF' },
      { fr: 'Ngrébada|Ngrebada', en: 'Ngrebada', es: 'Ngrebada', countries: 'CF' },
      { fr: 'Ngoupandé|Ngoupande', en: 'Ngoupande|Ngupande', es: 'Ngupande', countries: 'CF' },
      { ar: 'حمادو', fr: 'Hamadou|Hamadu', en: 'Hamadu|Hamadou', es: 'Jamadu|Hamadou', countries: 'CM CF' },
      { ar: 'عمر|أومارو', fr: 'Oumarou|Oumaru', en: 'Umaru|Oumarou', es: 'Umaru|Oumarou', countries: 'CM' },
      { ar: 'محمد', fr: 'Mahamat|Mahamad', en: 'Mahamat|Mohamed', es: 'Mahamat', countries: 'CF' },
      { ar: 'عبد الله|عبدالله', fr: 'Abdoulaye|Abdallah', en: 'Abdullahi|Abdoulaye', es: 'Abdulai|Abdoulaye', countries: 'CF CM' },
    ],
  },

  'middle-eastern': {
    label: 'Middle Eastern',
    // Syrian and Yemeni records usually carry the father's name; Yemeni and Gulf usage links it by "bin".
    father: { chance: 0.7, particleChance: 0.3, particle: BEN },
    male: [
      { ar: 'محمد', fr: 'Mohammad|Mohamad|Mohamed', en: 'Mohammad|Muhammad|Mohammed', es: 'Mohamad|Mohammad|Mohamed', weight: 8 },
      { ar: 'أحمد|احمد', fr: 'Ahmad|Ahmed', en: 'Ahmad|Ahmed', es: 'Ahmad|Ahmed', weight: 5 },
      { ar: 'علي|على', fr: 'Ali', en: 'Ali|Aly', es: 'Alí|Ali', weight: 4 },
      { ar: 'حسين', fr: 'Hussein|Houssein|Hussain|Husein', en: 'Hussein|Hussain|Husayn', es: 'Husein|Hussein|Jusein', weight: 3 },
      { ar: 'خالد', fr: 'Khaled|Khalid', en: 'Khaled|Khalid', es: 'Jaled|Khaled|Jalid', weight: 3 },
      { ar: 'عبد الرحمن|عبدالرحمن', fr: 'Abdel Rahman|Abdelrahmane|Abdulrahman', en: 'Abdulrahman|Abdul Rahman|Abd al-Rahman|Abdurrahman', es: 'Abderrahman|Abdul Rahman', weight: 2 },
      { ar: 'عبد الله|عبدالله', fr: 'Abdallah|Abdullah', en: 'Abdullah|Abdallah', es: 'Abdalá|Abdullah', weight: 2 },
      { ar: 'عمر', fr: 'Omar|Oumar', en: 'Omar|Umar', es: 'Omar', weight: 2 },
      { ar: 'محمود', fr: 'Mahmoud|Mahmud', en: 'Mahmoud|Mahmud|Mahmood', es: 'Mahmud|Majmud', weight: 2 },
      { ar: 'يوسف', fr: 'Youssef|Yousef', en: 'Yousef|Yusuf|Youssef', es: 'Yusef|Yusuf' },
      { ar: 'سامر', fr: 'Samer|Sameur', en: 'Samer|Sameer', es: 'Samer' },
      { ar: 'بشار', fr: 'Bachar|Bashar', en: 'Bashar|Bachar', es: 'Bashar|Baxar' },
      { ar: 'فادي', fr: 'Fadi|Fady', en: 'Fadi|Fady', es: 'Fadi' },
      { ar: 'طارق', fr: 'Tarek|Tarik|Tareq', en: 'Tariq|Tareq|Tarek', es: 'Tarek|Tarik' },
      { ar: 'صالح', fr: 'Saleh|Salah|Salih', en: 'Saleh|Salih', es: 'Saleh|Salej' },
      { ar: 'نبيل', fr: 'Nabil|Nabile', en: 'Nabil|Nabeel', es: 'Nabil' },
      { ar: 'وليد', fr: 'Walid|Oualid', en: 'Walid|Waleed', es: 'Walid|Ualid' },
      { ar: 'ياسر', fr: 'Yasser|Yassir|Yacer', en: 'Yasser|Yasir', es: 'Yaser|Yasser' },
      { ar: 'ماهر', fr: 'Maher|Mahir', en: 'Maher|Mahir', es: 'Maher|Majer' },
      { ar: 'حسام', fr: 'Houssam|Hossam', en: 'Hussam|Hossam|Husam', es: 'Husam|Jusam' },
      { ar: 'عمار', fr: 'Ammar|Amar', en: 'Ammar', es: 'Ammar|Amar' },
      { ar: 'حمود', fr: 'Hamoud|Hammoud', en: 'Hamoud|Hamood|Hammoud', es: 'Hamud|Jamud', countries: 'YE' },
      { ar: 'عبد الملك|عبدالملك', fr: 'Abdelmalek|Abdel Malik', en: 'Abdulmalik|Abdul Malik|Abd al-Malik', es: 'Abdelmalek|Abdulmalik', countries: 'YE' },
      { ar: 'سلمان', fr: 'Salman|Selmane', en: 'Salman|Salmaan', es: 'Salmán|Salman' },
    ],
    female: [
      { ar: 'فاطمة|فاطمه', fr: 'Fatima|Fatmé|Fatmeh', en: 'Fatima|Fatimah|Fatmeh', es: 'Fátima|Fatima', weight: 4 },
      { ar: 'مريم', fr: 'Maryam|Mariam|Meriem', en: 'Maryam|Mariam', es: 'Mariam|Maryam', weight: 3 },
      { ar: 'نور', fr: 'Nour|Nur', en: 'Nour|Noor|Nur', es: 'Nur|Nour', weight: 3 },
      { ar: 'راما', fr: 'Rama|Ramah', en: 'Rama', es: 'Rama', countries: 'SY IQ' },
      { ar: 'هالة|هاله', fr: 'Hala|Hela', en: 'Hala', es: 'Hala|Jala' },
      { ar: 'رانيا', fr: 'Rania|Ranya', en: 'Rania|Ranya|Raniya', es: 'Rania' },
      { ar: 'لينا', fr: 'Lina|Lena', en: 'Lina|Leena', es: 'Lina' },
      { ar: 'آية|اية|ايه', fr: 'Aya|Ayah|Aïa', en: 'Aya|Ayah', es: 'Aya|Aía', weight: 2 },
      { ar: 'زينب', fr: 'Zeinab|Zainab|Zaynab', en: 'Zainab|Zaynab|Zeinab', es: 'Zainab|Seinab' },
      { ar: 'أمل|امل', fr: 'Amal|Amel', en: 'Amal', es: 'Amal' },
      { ar: 'هدى|هدي', fr: 'Houda|Hoda|Huda', en: 'Huda|Hoda', es: 'Huda|Juda' },
      { ar: 'أسماء|اسماء', fr: 'Asmaa|Asma|Esma', en: 'Asma|Asmaa', es: 'Asma' },
      { ar: 'ريم', fr: 'Rim|Reem', en: 'Reem|Rim', es: 'Rim' },
      { ar: 'سماح', fr: 'Samah|Smah', en: 'Samah', es: 'Samah|Samaj' },
      { ar: 'غادة|غاده', fr: 'Ghada|Rada', en: 'Ghada', es: 'Gada|Ghada' },
      { ar: 'رهف', fr: 'Rahaf|Rahef', en: 'Rahaf', es: 'Rahaf|Jahaf', countries: 'SY' },
      { ar: 'بتول', fr: 'Batoul|Betoul', en: 'Batool|Batoul|Batul', es: 'Batul' },
      { ar: 'أروى|اروى|أروي', fr: 'Arwa|Aroua', en: 'Arwa|Arwah', es: 'Arua|Arwa', countries: 'YE' },
      { ar: 'عائشة|عايشة', fr: 'Aïcha|Aicha|Aisha', en: 'Aisha|Aysha', es: 'Aixa|Aisha' },
    ],
    family: [
      { ar: 'الحسن', fr: 'El Hassan|Al Hassan|Hassan', en: 'Al-Hassan|Alhassan|Al Hasan', es: 'Al Hasan|El Hasan', weight: 2 },
      { ar: 'الأحمد|الاحمد', fr: 'Al Ahmad|El Ahmad', en: 'Al-Ahmad|Alahmad|Al Ahmed', es: 'Al Ahmad', weight: 2 },
      { ar: 'العلي', fr: 'Al Ali|El Ali', en: 'Al-Ali|Alali', es: 'Al Alí|Al Ali', weight: 2 },
      { ar: 'حداد', fr: 'Haddad|Hadad', en: 'Haddad', es: 'Hadad|Jadad', countries: 'SY IQ' },
      { ar: 'خليل', fr: 'Khalil|Khalile', en: 'Khalil|Khaleel', es: 'Jalil|Khalil' },
      { ar: 'الخطيب', fr: 'El Khatib|Al Khatib|Khatib', en: 'Al-Khatib|Khatib|Al-Khateeb', es: 'El Jatib|Al Jatib' },
      { ar: 'المصري', fr: 'El Masri|Al Masri|Masri', en: 'Al-Masri|Masri', es: 'El Masri|Al Masri' },
      { ar: 'حمدان', fr: 'Hamdan|Hamdane', en: 'Hamdan', es: 'Hamdán|Jamdan' },
      { ar: 'الراوي', fr: 'Al Rawi|El Raoui|Rawi', en: 'Al-Rawi|Alrawi', es: 'Al Raui|Al Rawi', countries: 'IQ SY' },
      { ar: 'الهاشمي', fr: 'El Hachimi|Al Hachemi|Hachimi', en: 'Al-Hashimi|Hashemi|Al-Hashemi', es: 'Al Hachimi|Al Haximi' },
      { ar: 'ناصر', fr: 'Nasser|Nacer|Naser', en: 'Nasser|Nasir', es: 'Naser|Nasser' },
      { ar: 'الشامي', fr: 'Chami|Al Chami|El Chami', en: 'Al-Shami|Shami', es: 'Al Xami|Chami' },
      { ar: 'درويش', fr: 'Darwich|Darouich|Derouiche', en: 'Darwish|Darweesh', es: 'Daruich|Darwix' },
      { ar: 'الحمصي', fr: 'Al Homsi|El Homsi|Homsi', en: 'Al-Homsi|Homsi', es: 'Al Homsi|Al Jomsi', countries: 'SY' },
      { ar: 'الكردي|كردي', fr: 'Kurdi|El Kurdi|Kourdi', en: 'Al-Kurdi|Kurdi', es: 'Kurdi|Al Kurdi', countries: 'SY IQ' },
      { ar: 'الحلبي', fr: 'Al Halabi|Halabi|El Halabi', en: 'Al-Halabi|Halabi', es: 'Al Halabi|Al Jalabi', countries: 'SY' },
      { ar: 'اليماني|اليمني', fr: 'El Yamani|Al Yamani|Yamani', en: 'Al-Yamani|Yamani|Al-Yemeni', es: 'Al Yamani|El Yamani', countries: 'YE' },
      { ar: 'الحضرمي', fr: 'Al Hadrami|Hadrami|El Hadrami', en: 'Al-Hadrami|Hadhrami', es: 'Al Hadrami|Al Jadrami', countries: 'YE' },
      { ar: 'العنسي', fr: 'Al Ansi|El Anssi', en: 'Al-Ansi|Alansi', es: 'Al Ansi', countries: 'YE' },
      { ar: 'الزبيري', fr: 'Al Zoubeiri|Zoubairi', en: 'Al-Zubairi|Zubairi|Al-Zubayri', es: 'Al Zubairi|Al Subairi', countries: 'YE' },
      { ar: 'العولقي', fr: 'Al Aoulaki|Aoulaqi', en: 'Al-Awlaki|Al-Aulaqi|Awlaqi', es: 'Al Aulaki|Al Awlaki', countries: 'YE' },
      { ar: 'الجبوري', fr: 'Al Joubouri|Jbouri', en: 'Al-Jubouri|Al-Jabouri|Jubouri', es: 'Al Yuburi|Al Jubouri', countries: 'IQ' },
      { ar: 'العبيدي', fr: 'Al Obeidi|Obeidi', en: 'Al-Obaidi|Al-Ubaydi|Obaidi', es: 'Al Obeidi|Al Ubaidi', countries: 'IQ' },
      { ar: 'التميمي', fr: 'Al Tamimi|Tamimi|Et-Tamimi', en: 'Al-Tamimi|Tamimi', es: 'Al Tamimi|Tamimi' },
      { ar: 'الدليمي', fr: 'Al Doulaimi|Dulaimi', en: 'Al-Dulaimi|Al-Duleimi|Dulaimi', es: 'Al Dulaimi', countries: 'IQ' },
    ],
  },

  'south-asian': {
    label: 'South Asian',
    father: NO_FATHER,
    male: [
      // "Md" is how Bangladeshi passports and officers abbreviate Mohammad; it is still محمد.
      { ar: 'محمد', fr: 'Mohammad|Mohammed|Md', en: 'Md|Mohammad|Muhammad|Mohammed', es: 'Mohamad|Mohammad|Md', weight: 8 },
      { ar: 'عبد الكريم|عبدالكريم', fr: 'Abdul Karim|Abdoul Karim|Abdelkarim', en: 'Abdul Karim|Abdulkarim|Abdul Kareem', es: 'Abdul Karim|Abdelkarim', weight: 2 },
      { ar: 'رحيم', fr: 'Rahim|Rahime', en: 'Rahim|Raheem', es: 'Rahim|Rajim', weight: 2 },
      { ar: 'رفيق', fr: 'Rafik|Rafiq', en: 'Rafiq|Rafique|Rafik', es: 'Rafik|Rafiq' },
      { ar: 'شهيد|شاهد', fr: 'Chahid|Shahid', en: 'Shahid|Shaheed', es: 'Sahid|Xahid' },
      { ar: 'حبيب', fr: 'Habib|Habibe', en: 'Habib|Habeeb', es: 'Habib|Jabib' },
      { ar: 'كمال', fr: 'Kamal|Kamel', en: 'Kamal', es: 'Kamal|Camal' },
      { ar: 'ناصر', fr: 'Nasir|Nacer', en: 'Nasir|Nasser|Naser', es: 'Nasir|Naser' },
      { ar: 'عارف', fr: 'Arif|Aref', en: 'Arif|Aref', es: 'Arif' },
      { ar: 'عمران', fr: 'Imran|Emran', en: 'Imran|Emran', es: 'Imran|Imrán' },
      { ar: 'حسن', fr: 'Hasan|Hassan', en: 'Hasan|Hassan', es: 'Hasan|Jasan', weight: 2 },
      { ar: 'سهيل', fr: 'Sohel|Sohail|Souhail', en: 'Sohel|Sohail|Shohel', es: 'Sohel|Sojail' },
      { ar: 'مسعود', fr: 'Masud|Massoud', en: 'Masud|Masood|Masoud', es: 'Masud' },
      { ar: 'بلال', fr: 'Bilal|Bilel', en: 'Bilal', es: 'Bilal' },
      { ar: 'عثمان', fr: 'Osman|Ousmane', en: 'Osman|Usman', es: 'Osman|Usman', countries: 'PK BD' },
      { fr: 'Rubel|Roubel', en: 'Rubel|Rubell', es: 'Rubel', countries: 'BD' },
      { fr: 'Sumon|Shumon|Soumon', en: 'Sumon|Shumon', es: 'Sumon', countries: 'BD' },
    ],
    female: [
      { ar: 'فاطمة|فاطمه', fr: 'Fatema|Fatima', en: 'Fatema|Fatima|Fatimah', es: 'Fátima|Fatema', weight: 3 },
      { ar: 'نسرين', fr: 'Nasrine|Nasrin', en: 'Nasrin|Nasreen', es: 'Nasrin' },
      { ar: 'رخسانة|رخسانه', fr: 'Roksana|Rukhsana', en: 'Rukhsana|Roksana|Ruksana', es: 'Ruksana|Rojsana' },
      { ar: 'سمية|سميه', fr: 'Soumaya|Sumaiya', en: 'Sumaiya|Sumaya|Sumayya', es: 'Sumaya' },
      { ar: 'تسليمة|تسليمه', fr: 'Taslima|Teslima', en: 'Taslima|Tasleema', es: 'Taslima' },
      { ar: 'شيرين', fr: 'Chirine|Shirin', en: 'Shirin|Shireen', es: 'Xirin|Shirin' },
      { ar: 'عائشة|عايشة', fr: 'Ayesha|Aïcha', en: 'Ayesha|Aisha', es: 'Ayesha|Aixa', weight: 2 },
      { ar: 'نصرت', fr: 'Nusrat|Nousrat', en: 'Nusrat|Nusrath', es: 'Nusrat' },
      { ar: 'ريحانة|ريحانه', fr: 'Rehana|Raïhana', en: 'Rehana|Rihana|Raihana', es: 'Rehana|Reijana' },
      { ar: 'فرزانة|فرزانه', fr: 'Farzana|Farzanah', en: 'Farzana|Farzanah', es: 'Farzana|Farsana' },
      { fr: 'Moushumi|Mousumi', en: 'Moushumi|Mousumi|Mushumi', es: 'Musumi', countries: 'BD' },
    ],
    family: [
      { ar: 'رحمن|الرحمن', fr: 'Rahman|Rahmane', en: 'Rahman|Rahaman|Rehman', es: 'Rahman|Rajman', weight: 3 },
      { ar: 'حسين', fr: 'Hossain|Houssain|Hussain', en: 'Hossain|Hussain|Hosen|Hossen', es: 'Hossain|Husain', weight: 3 },
      { ar: 'إسلام|اسلام', fr: 'Islam|Eslam', en: 'Islam|Eslam', es: 'Islam|Islám', weight: 2 },
      { fr: 'Uddin|Oudine|Ud-Din', en: 'Uddin|Udin|Ud-Din', es: 'Uddin|Udin', weight: 2 },
      { ar: 'أحمد|احمد', fr: 'Ahmed|Ahmad', en: 'Ahmed|Ahmad', es: 'Ahmed', weight: 2 },
      { ar: 'عالم', fr: 'Alam|Alom', en: 'Alam|Alom', es: 'Alam' },
      { ar: 'خان', fr: 'Khan|Kan', en: 'Khan', es: 'Jan|Khan', weight: 2 },
      { ar: 'شيخ|الشيخ', fr: 'Cheikh|Sheikh', en: 'Sheikh|Shaikh|Sk', es: 'Xeij|Sheikh' },
      { ar: 'قريشي|القرشي', fr: 'Qureshi|Kourachi', en: 'Qureshi|Kureshi|Quraishi', es: 'Qureshi|Kureshi', countries: 'PK BD' },
      { ar: 'ملك|مالك', fr: 'Malik|Malick', en: 'Malik|Malick', es: 'Malik', countries: 'PK BD' },
      { ar: 'إقبال|اقبال', fr: 'Iqbal|Ikbal', en: 'Iqbal|Ikbal', es: 'Ikbal|Iqbal', countries: 'PK BD' },
      { fr: 'Chowdhury|Choudhury|Chaudhry', en: 'Chowdhury|Chowdhuri|Choudhury', es: 'Chaudri|Chowdhury', countries: 'BD' },
      { fr: 'Miah|Mia|Miya', en: 'Miah|Mia|Miya', es: 'Mía|Miah', countries: 'BD' },
      { fr: 'Sarkar|Sarker|Sircar', en: 'Sarkar|Sarker', es: 'Sarkar', countries: 'BD' },
      { fr: 'Mondal|Mandal|Mondol', en: 'Mondal|Mondol', es: 'Mondal', countries: 'BD' },
      { fr: 'Bhuiyan|Bhuyan|Bhuiya', en: 'Bhuiyan|Bhuiyan|Bhuyan', es: 'Buiyan|Bhuiyan', countries: 'BD' },
      { fr: 'Begum|Begom', en: 'Begum|Begom|Bagum', es: 'Begum', weight: 3, sex: 'F' },
      { ar: 'أختر|اختر', fr: 'Akter|Akhter', en: 'Akter|Akhter|Aktar|Akhtar', es: 'Akter|Ajter', weight: 3, sex: 'F' },
      { ar: 'خاتون', fr: 'Khatun|Khatoun', en: 'Khatun|Khatoon', es: 'Jatun|Khatun', weight: 2, sex: 'F', countries: 'BD' },
    ],
  },
};

/** One name with all its written forms. */
export interface NameEntry {
  /** Arabic-script forms, standard first; empty when the name has no established Arabic form. */
  readonly arabic: readonly string[];
  /** Latin spellings per convention, most common first; never empty. */
  readonly latin: Readonly<Record<Convention, readonly string[]>>;
  readonly weight: number;
  /** ISO alpha-2 codes where the name is used; null for every country of the group. */
  readonly countries: readonly string[] | null;
  /** Only for family names that depend on the bearer's sex. */
  readonly sex: 'M' | 'F' | null;
}

export interface OriginNames {
  readonly id: OriginId;
  readonly label: string;
  readonly father: FatherNaming;
  readonly male: readonly NameEntry[];
  readonly female: readonly NameEntry[];
  readonly family: readonly NameEntry[];
}

function splitForms(forms: string | undefined): string[] {
  return forms
    ? [
        ...new Set(
          forms
            .split('|')
            .map((form) => form.trim())
            .filter(Boolean),
        ),
      ]
    : [];
}

function parseName(raw: RawName): NameEntry {
  const fr = splitForms(raw.fr);
  const en = splitForms(raw.en);
  const es = splitForms(raw.es);
  return {
    arabic: splitForms(raw.ar),
    latin: { fr, en: en.length > 0 ? en : fr, es: es.length > 0 ? es : fr },
    weight: raw.weight ?? 1,
    countries: raw.countries ? raw.countries.split(/\s+/).filter(Boolean) : null,
    sex: raw.sex ?? null,
  };
}

export const ORIGIN_IDS = Object.keys(RAW_ORIGINS) as OriginId[];

/** The name data of every origin group, parsed. */
export const ORIGIN_NAMES: Readonly<Record<OriginId, OriginNames>> = Object.fromEntries(
  ORIGIN_IDS.map((id) => {
    const raw = RAW_ORIGINS[id];
    const origin: OriginNames = {
      id,
      label: raw.label,
      father: raw.father,
      male: raw.male.map(parseName),
      female: raw.female.map(parseName),
      family: raw.family.map(parseName),
    };
    return [id, origin];
  }),
) as Record<OriginId, OriginNames>;

/** Every Latin spelling of a name, across conventions, without repeats. */
export function allLatinSpellings(entry: NameEntry): string[] {
  return [...new Set(CONVENTIONS.flatMap((convention) => entry.latin[convention]))];
}
