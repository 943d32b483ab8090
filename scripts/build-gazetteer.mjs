#!/usr/bin/env node
// Builds the name gazetteer seeds/data/names.json from maintained data plus hand-curated lists.
//
//   node scripts/build-gazetteer.mjs
//
// Entries: { name, type, variants, foreign, literal, role? }
//   name      canonical English-press spelling (diacritics kept where English news keeps them)
//   variants  other spellings English news accepts (transliteration variants, short forms)
//   foreign   es / pt / fr / it / de / cs forms an English article should not use
//   literal   word-for-word English renderings a machine translator produces for a name that is
//             also a common word in its language ("Bruno the Mayor" for Bruno Le Maire)
//   role      short description
//
// Sources:
//   - countries and capitals: the `world-countries` package (ODbL), translations spa/por/fra/ita/deu/ces
//   - everything else: hand-curated data below (cities and regions, people, institutions, clubs).
//
// Hand data is one entry per line: `name|role|variants|foreign|literal`, lists separated by `;`,
// trailing fields may be omitted, `#` starts a comment line.
//
// Clean-up applied to every entry (mirrors compileGazetteer in src/engine/data.ts, which folds
// diacritics and case): a foreign or literal form is dropped when, folded, it equals an accepted
// form (name or variant) of any entry, or when it is a single common English word ("Island", "Soul")
// unless listed in ALLOW_COMMON. Variants that are single common English words are dropped too,
// except all-caps acronyms and ALLOW_COMMON. Output is sorted by type then name and deterministic.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outFile = join(root, 'seeds', 'data', 'names.json')
const countries = require('world-countries')
const english = new Set(
  JSON.parse(readFileSync(join(root, 'node_modules', 'an-array-of-english-words', 'index.json'), 'utf8')).map((w) =>
    w.toLowerCase(),
  ),
)

/** Single words that are in the English word list but are unambiguous names when capitalised. */
const ALLOW_COMMON = new Set([
  'Poutine',
  'Chine',
  'Fed',
  'Kiev',
  'Lula',
  'Brasil',
  'Chypre',
  'Finsko',
  'Cambogia',
  'Soudan',
  'Holland',
  'Emirates',
  'Congo',
  'Marseilles',
  'Canaries',
  'Baltic',
  'Etna',
  'Antarctic',
  'Riad',
  'Genua',
  'Luzern',
  'Mekka',
  'Corse',
  'Valonia',
  'Vallonia',
  'Tamise',
  'Caribe',
  'Manille',
  'EuGH',
  'Pele',
  'Kaka',
  'Rosalia',
  'Diddy',
  'Zarzuela',
  'Duma',
  'PiS',
  'Juve',
  'Barca',
  'Valencia',
  'Marseille',
  'Santos',
  'Spurs',
  'Tories',
  'Labour',
  'Democrats',
  'Republicans',
  'Olympics',
  'Capitol',
])

const BLOCKS = []
/** Registers a block of hand-curated entries of one type. */
const add = (type, text) => BLOCKS.push([type, text])

// ==== DATA ====

// ---- Countries: world-countries overrides ----
/** Canonical English name where world-countries differs from English news usage. */
const COUNTRY_NAME = { TR: 'Turkey' }
/** Extra accepted English forms, by ISO code. */
const COUNTRY_VARIANTS = {
  US: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  CZ: ['Czech Republic'],
  TR: ['Türkiye', 'Turkiye'],
  CI: ["Côte d'Ivoire", "Cote d'Ivoire"],
  CD: ['DRC', 'Democratic Republic of Congo', 'Congo-Kinshasa'],
  CG: ['Congo', 'Congo-Brazzaville'],
  MM: ['Burma'],
  SZ: ['Swaziland'],
  TL: ['East Timor'],
  CV: ['Cabo Verde'],
  MK: ['Macedonia'],
  NL: ['Holland', 'the Netherlands'],
  VA: ['Vatican'],
  PS: ['Palestinian territories'],
  AE: ['UAE', 'Emirates'],
  KP: ['DPRK'],
  RU: ['Russian Federation'],
  KR: ['Republic of Korea'],
  BA: ['Bosnia', 'Bosnia-Herzegovina'],
  CN: ["People's Republic of China", 'PRC'],
  TW: ['Republic of China'],
  SA: ['KSA'],
  GQ: [],
  FM: [],
}
/** Extra foreign forms, by ISO code. */
const COUNTRY_FOREIGN = {
  US: [
    'EE.UU.',
    'EE. UU.',
    'EEUU',
    'EUA',
    'Estados Unidos de América',
    'Stati Uniti',
    'Vereinigten Staaten',
    "États-Unis d'Amérique",
  ],
  GB: [
    'Gran Bretaña',
    'Grã-Bretanha',
    'Grande-Bretagne',
    'Gran Bretagna',
    'Großbritannien',
    'Velká Británie',
    'Britannia',
  ],
  NL: ['Holanda', 'Olanda', 'Hollande', 'Holandsko'],
  CD: [
    'República Democrática del Congo',
    'RDC',
    'République démocratique du Congo',
    'Repubblica Democratica del Congo',
    'Demokratische Republik Kongo',
    'Demokratická republika Kongo',
  ],
  CG: ['República del Congo', 'Republik Kongo', 'Kongo-Brazzaville'],
  VA: ['Vaticano', 'Vatikan', 'Vatikán'],
  KR: ['Corea do Sul'],
  KP: ['Coreia do Norte'],
  BR: ['Brasil', 'Brasilien', 'Brazílie'],
  DE: ['Alemania', 'Alemanha', 'Allemagne', 'Germania', 'Deutschland', 'Německo'],
  CZ: [
    'República Checa',
    'República Tcheca',
    'République tchèque',
    'Repubblica Ceca',
    'Tschechische Republik',
    'Česká republika',
  ],
  RU: ['Federación de Rusia', 'Russische Föderation', 'Ruská federace'],
  MX: ['Messico'],
  IR: ['Irã'],
  AE: [
    'Emiratos Árabes Unidos',
    'Emirados Árabes Unidos',
    'Émirats arabes unis',
    'Emirati Arabi Uniti',
    'Vereinigte Arabische Emirate',
    'Spojené arabské emiráty',
    'EAU',
  ],
  PS: ['Palestina', 'Palästina'],
  BY: ['Bielorrusia', 'Bielorrússia', 'Biélorussie', 'Bielorussia', 'Weißrussland', 'Bělorusko'],
}
/** Capitals renamed or skipped (world-countries spelling → English news spelling, '' = skip). */
const CAPITAL_NAME = { 'Washington D.C.': 'Washington', 'City of Victoria': '', 'City of San Marino': 'San Marino' }

// ---- Cities, regions, geographic features ----
add(
  'place',
  `
# Europe: cities
Geneva|city, Switzerland||Genève;Ginebra;Genebra;Ginevra;Genf;Ženeva
Brussels|capital of Belgium||Bruxelles;Bruselas;Bruxelas;Brüssel;Brusel
Munich|city, Bavaria, Germany||München;Múnich;Munique;Monaco di Baviera;Mnichov
Cologne|city, Germany||Köln;Colonia;Colônia;Colónia;Kolín nad Rýnem
Lisbon|capital of Portugal||Lisboa;Lisbonne;Lisbona;Lissabon;Lisabon
Warsaw|capital of Poland||Warszawa;Varsovia;Varsóvia;Varsovie;Varsavia;Warschau;Varšava
Prague|capital of Czechia||Praha;Praga;Prag
Vienna|capital of Austria||Wien;Viena;Vienne;Vídeň
Moscow|capital of Russia||Moscú;Moscou;Moscovo;Mosca;Moskau;Moskva
Kyiv|capital of Ukraine|Kiev|Kiew;Kyjev;Kijów
Kharkiv|city, Ukraine|Kharkov|Charkiw;Járkov;Jarkov;Charkov;Kharkov
Donetsk|city, Ukraine||Donezk;Doněck
Luhansk|city, Ukraine|Lugansk|
Odesa|city, Ukraine|Odessa|Oděsa
Zaporizhzhia|city, Ukraine|Zaporizhia;Zaporozhye;Zaporizhzhya|Saporischschja;Saporischja;Zaporiyia;Zaporiyia;Zaporijia;Zaporijjia;Záporoží
Bakhmut|city, Ukraine|Artemivsk|Bachmut;Bakhmout;Bajmut
Kherson|city, Ukraine||Cherson;Jersón
Lviv|city, Ukraine|Lvov;Lwów|Lwiw;Leópolis;Leopoli;Lvov
Mariupol|city, Ukraine||Mariúpol;Marioupol
Dnipro|city, Ukraine|Dnipropetrovsk|
Avdiivka|town, Ukraine|Avdiyivka|Awdijiwka;Avdiivka;Avdíivka;Avdijivka
Pokrovsk|town, Ukraine||Pokrowsk
Belgorod|city, Russia||Bélgorod
Crimea|peninsula, Ukraine||Crimeia;Crimée;Krim;Krym
Sevastopol|city, Crimea||Sewastopol;Sébastopol;Sebastopol
Donbas|region, Ukraine|Donbass|Donbás;Donbáss
Saint Petersburg|city, Russia|St Petersburg;St. Petersburg|San Petersburgo;São Petersburgo;Saint-Pétersbourg;San Pietroburgo;Sankt Petersburg;Petrohrad
Kaliningrad|city, Russia||Königsberg
Minsk|capital of Belarus||Mińsk
Berlin|capital of Germany||Berlín;Berlim;Berlino
Hamburg|city, Germany||Hamburgo;Hambourg;Amburgo;Hamburk
Frankfurt|city, Germany|Frankfurt am Main|Fráncfort;Francfort;Francoforte
Dresden|city, Germany||Dresde;Dresda;Drážďany
Leipzig|city, Germany||Lipsia;Lipsko
Nuremberg|city, Germany||Nürnberg;Núremberg;Nuremberga;Norimberga;Norimberk
Hanover|city, Germany|Hannover|Hanovre
Stuttgart|city, Germany||Estugarda;Stoccarda
Düsseldorf|city, Germany|Dusseldorf|
Aachen|city, Germany||Aquisgrán;Aix-la-Chapelle;Aquisgrana;Cáchy
Paris|capital of France||París;Parigi;Paříž
Marseille|city, France|Marseilles|Marsella;Marselha;Marsiglia
Lyon|city, France|Lyons|Lione
Nice|city, France||Niza;Nizza
Strasbourg|city, France||Estrasburgo;Strasburgo;Straßburg;Štrasburk
Bordeaux|city, France||Burdeos;Bordéus
Toulouse|city, France||
London|capital of the United Kingdom||Londres;Londra;Londýn
Edinburgh|city, Scotland||Edimburgo;Édimbourg
Rome|capital of Italy||Roma;Rom;Řím
Milan|city, Italy||Milano;Milán;Milão;Mailand
Turin|city, Italy||Torino;Turín;Turim
Venice|city, Italy||Venezia;Venecia;Veneza;Venise;Venedig;Benátky
Florence|city, Italy||Firenze;Florencia;Florença;Florenz;Florencie
Naples|city, Italy||Napoli;Nápoles;Neapel;Neapol
Genoa|city, Italy||Genova;Génova;Gênova;Gênes;Genua;Janov
Bologna|city, Italy||Bolonia;Bolonha;Bologne;Boloňa
Padua|city, Italy||Padova;Pádua;Padoue
Mantua|city, Italy||Mantova;Mântua;Mantoue
Syracuse|city, Sicily||Siracusa;Syrakus
Seville|city, Spain||Sevilla;Sevilha;Séville;Siviglia
Saragossa|city, Spain|Zaragoza|Saragosse;Saragozza
Majorca|island, Spain|Mallorca|Majorque;Maiorca
Cadiz|city, Spain|Cádiz|Cadix
Corunna|city, Spain|A Coruña;La Coruña|
Barcelona|city, Spain||Barcelone;Barcellona
Valencia|city, Spain||Valence;València
Lleida|city, Spain||Lérida
Girona|city, Spain||Gerona
San Sebastián|city, Spain|San Sebastian;Donostia|Saint-Sébastien;Donostia-San Sebastián
Pamplona|city, Spain||Iruña;Pampelune
Porto|city, Portugal|Oporto|
Athens|capital of Greece||Atenas;Athènes;Atene;Athen;Atény
Thessaloniki|city, Greece|Salonika|Tesalónica;Salonicco;Thessalonique;Thessaloniki;Soluň
Copenhagen|capital of Denmark||København;Copenhague;Copenhaga;Copenaghen;Kopenhagen;Kodaň
Stockholm|capital of Sweden||Estocolmo;Estocolmo;Stoccolma
The Hague|seat of government, Netherlands|Hague|Den Haag;La Haya;Haia;La Haye;L'Aia;Haag
Antwerp|city, Belgium||Antwerpen;Anvers;Amberes;Antuérpia;Anversa;Antverpy
Bruges|city, Belgium||Brujas;Brugge;Brügge;Bruggy
Ghent|city, Belgium||Gante;Gand;Gent
Zurich|city, Switzerland|Zürich|Zúrich;Zurigo;Curych
Basel|city, Switzerland|Basle|Bâle;Basilea;Basileia;Basilej
Bern|capital of Switzerland|Berne|Berna
Lucerne|city, Switzerland||Luzern;Lucerna
Salzburg|city, Austria||Salzburgo;Salisburgo;Salcburk
Budapest|capital of Hungary||Budapeste;Budapešť
Bucharest|capital of Romania||București;Bucarest;Bucareste;Bukarest;Bukurešť
Belgrade|capital of Serbia||Beograd;Belgrado;Belgrad;Bělehrad
Sofia|capital of Bulgaria||Sófia;Sofie
Krakow|city, Poland|Kraków;Cracow|Cracovia;Cracóvia;Cracovie;Krakau;Krakov
Gdansk|city, Poland|Gdańsk|Danzig;Gdaňsk
Wroclaw|city, Poland|Wrocław|Breslau;Breslavia;Vratislav
Vilnius|capital of Lithuania||Vilna;Wilna
Tbilisi|capital of Georgia||Tiflis
Yerevan|capital of Armenia||Ereván;Erevan;Erevã;Jerewan;Jerevan
Chisinau|capital of Moldova|Chișinău|Kischinau;Kišiněv
Dublin|capital of Ireland||Dublín;Dublino
Brno|city, Czechia||Brünn
Pilsen|city, Czechia|Plzeň;Plzen|
Karlovy Vary|city, Czechia|Carlsbad|Karlsbad
Bratislava|capital of Slovakia||Pressburg
Ljubljana|capital of Slovenia||Liubliana;Lubiana;Laibach;Lublaň
Sarajevo|capital of Bosnia and Herzegovina||
Luxembourg|country and capital||Luxemburgo;Lussemburgo;Luxemburg;Lucemburk
Monaco|principality||Mónaco;Monako
Istanbul|city, Turkey||Estambul;Istambul;Istanbul
Ankara|capital of Turkey||Ancara
# Europe: regions and islands
England|constituent country, UK||Inglaterra;Angleterre;Inghilterra;Anglie
Scotland|constituent country, UK||Escocia;Escócia;Écosse;Scozia;Schottland;Skotsko
Wales|constituent country, UK||País de Gales;Pays de Galles;Galles;Gales
Northern Ireland|constituent country, UK||Irlanda del Norte;Irlanda do Norte;Irlande du Nord;Irlanda del Nord;Nordirland;Severní Irsko
Catalonia|region, Spain||Cataluña;Catalunya;Catalunha;Catalogne;Catalogna;Katalonien;Katalánsko
Andalusia|region, Spain||Andalucía;Andaluzia;Andalousie;Andalusien;Andalusie
Basque Country|region, Spain|Euskadi|País Vasco;País Basco;Pays basque;Paesi Baschi;Paese Basco;Baskenland;Baskicko
Galicia|region, Spain||Galice;Galizia;Galizien;Galicie
Canary Islands|archipelago, Spain|Canaries|Islas Canarias;Canarias;Ilhas Canárias;Canárias;Îles Canaries;Isole Canarie;Canarie;Kanarische Inseln;Kanaren;Kanárské ostrovy
Balearic Islands|archipelago, Spain|Balearics|Islas Baleares;Baleares;Ilhas Baleares;Îles Baléares;Baléares;Isole Baleari;Baleari;Balearen;Baleárské ostrovy;Baleáry
Aragon|region, Spain|Aragón|Aragão
Castile and León|region, Spain|Castilla y León|Castilla y León;Castela e Leão;Castille-et-León;Kastilien und León
Castile-La Mancha|region, Spain|Castilla-La Mancha|Castela-Mancha;Castille-La Manche;Kastilien-La Mancha
Valencian Community|region, Spain|Valencia region|Comunidad Valenciana;Comunitat Valenciana;Comunidade Valenciana;Communauté valencienne
Community of Madrid|region, Spain|Madrid region|Comunidad de Madrid;Communauté de Madrid
Navarre|region, Spain|Navarra|Navarre
Asturias|region, Spain||Astúrias;Asturies
Bavaria|state, Germany||Bayern;Baviera;Bavière;Bavorsko
Saxony|state, Germany||Sachsen;Sajonia;Saxe;Saxónia;Sassonia;Sasko
Thuringia|state, Germany||Thüringen;Turingia;Thuringe;Turíngia;Durynsko
North Rhine-Westphalia|state, Germany||Nordrhein-Westfalen;Renania del Norte-Westfalia;Renânia do Norte-Vestfália;Rhénanie-du-Nord-Westphalie;Renania Settentrionale-Vestfalia;Severní Porýní-Vestfálsko
Lower Saxony|state, Germany||Niedersachsen;Baja Sajonia;Baixa Saxônia;Basse-Saxe;Bassa Sassonia;Dolní Sasko
Hesse|state, Germany||Hessen;Assia;Hesensko
Rhineland-Palatinate|state, Germany||Rheinland-Pfalz;Renania-Palatinado;Rhénanie-Palatinat;Renania-Palatinato;Porýní-Falc
Saxony-Anhalt|state, Germany||Sachsen-Anhalt;Sajonia-Anhalt;Saxe-Anhalt;Sassonia-Anhalt;Sasko-Anhaltsko
Mecklenburg-Western Pomerania|state, Germany|Mecklenburg-Vorpommern|Mecklemburgo-Pomerania Occidental;Mecklembourg-Poméranie-Occidentale;Meclemburgo-Pomerania Anteriore;Meklenbursko-Přední Pomořansko
Lombardy|region, Italy||Lombardia;Lombardía;Lombardie;Lombardei
Sardinia|region, Italy||Sardegna;Cerdeña;Sardenha;Sardaigne;Sardinien;Sardinie
Sicily|region, Italy||Sicilia;Sicília;Sicile;Sizilien;Sicílie
Tuscany|region, Italy||Toscana;Toscane;Toskana;Toskánsko
Piedmont|region, Italy||Piemonte;Piamonte;Piémont;Piemont
Apulia|region, Italy|Puglia|Pouilles;Apulien;Apulie
Lazio|region, Italy|Latium|
Emilia-Romagna|region, Italy||Émilie-Romagne;Emília-Romanha
Veneto|region, Italy||Vénétie;Venetien;Benátsko
Liguria|region, Italy||Ligurie;Ligurien
Campania|region, Italy||Campanie;Kampanien;Kampánie
Calabria|region, Italy||Calabre;Kalabrien;Kalábrie
Brittany|region, France||Bretagne;Bretaña;Bretanha;Bretagna;Bretaň
Normandy|region, France||Normandie;Normandía;Normandia
Corsica|island, France||Corse;Córcega;Córsega;Korsika
Alsace|region, France||Alsacia;Alsácia;Alsazia;Elsass;Alsasko
Burgundy|region, France||Bourgogne;Borgoña;Borgonha;Borgogna;Burgund;Burgundsko
Provence|region, France||Provenza;Provença
Flanders|region, Belgium||Vlaanderen;Flandre;Flandes;Flandres;Fiandre;Flandern;Flandry
Wallonia|region, Belgium||Wallonie;Valonia;Valônia;Vallonia;Wallonien;Valonsko
Transylvania|region, Romania||Transilvania;Transilvânia;Transylvanie;Transsilvanien;Sedmihradsko
Transnistria|breakaway region, Moldova||Transnístria;Transnistrie;Transnistrien;Podněstří
Nagorno-Karabakh|region, Azerbaijan|Karabakh|Nagorno Karabaj;Alto Karabaj;Alto Carabaque;Haut-Karabakh;Bergkarabach;Berg-Karabach;Náhorní Karabach
Bohemia|region, Czechia||Bohemia;Bohême;Boemia;Böhmen;Čechy
Moravia|region, Czechia||Morávia;Moravie;Mähren;Morava
Silesia|region, Poland/Czechia||Silesia;Silésie;Slesia;Schlesien;Slezsko
Tyrol|region, Austria/Italy|Tirol|Tirolo
South Tyrol|province, Italy|Alto Adige;Südtirol|Tirol del Sur;Tyrol du Sud;Sudtirolo;Jižní Tyrolsko
Lapland|region, Finland||Laponia;Lapônia;Laponie;Lapponia;Lappland;Laponsko
Balkans|region, Europe||Balcanes;Bálcãs;Balcãs;Balcani;Balkan;Balkán
Scandinavia|region, Europe||Escandinavia;Escandinávia;Scandinavie;Skandinavien;Skandinávie
Caucasus|region||Cáucaso;Caucase;Caucaso;Kaukasus;Kavkaz
Siberia|region, Russia||Sibéria;Sibérie;Sibirien;Sibiř
Chechnya|republic, Russia|Chechen Republic|Chechenia;Chechênia;Tchétchénie;Cecenia;Tschetschenien;Čečensko
Dagestan|republic, Russia||Daguestán;Daguestão;Daghestan;Dagestán
# Geographic features
Alps|mountain range, Europe||Alpes;Alpi;Alpen;Alpy
Pyrenees|mountain range, Europe||Pirineos;Pirenéus;Pyrénées;Pirenei;Pyrenäen;Pyreneje
Danube|river, Europe||Danubio;Danúbio;Donau;Dunaj
Rhine|river, Europe||Rin;Rhin;Reno;Rhein;Rýn
Dnieper|river, Ukraine||Dniéper;Dnepr;Dněpr;Dniepr
Thames|river, England||Támesis;Tâmisa;Tamise;Tamigi;Themse;Temže
Vistula|river, Poland||Vístula;Vistule;Weichsel;Visla
Elbe|river, Germany/Czechia||Labe
Vltava|river, Czechia||Moldau
Mediterranean|sea||Mediterráneo;Mediterrâneo;Méditerranée;Mediterraneo;Mittelmeer;Středozemní moře;Mar Mediterráneo;Mar Mediterraneo
Black Sea|sea||Mar Negro;Mer Noire;Mar Nero;Schwarzes Meer;Černé moře
Baltic Sea|sea|Baltic|Mar Báltico;Mer Baltique;Mar Baltico;Ostsee;Baltské moře
North Sea|sea||Mar del Norte;Mar do Norte;Mer du Nord;Mare del Nord;Nordsee;Severní moře
Red Sea|sea||Mar Rojo;Mar Vermelho;Mer Rouge;Mar Rosso;Rotes Meer;Rudé moře
Caribbean|sea and region||Caribe;Caraïbes;Caraibi;Karibik;Karibik;Karibské moře
English Channel|strait|Channel|Canal de la Mancha;Canal da Mancha;La Manche;Manica;Canale della Manica;Ärmelkanal;Lamanšský průliv
Strait of Gibraltar|strait||Estrecho de Gibraltar;Estreito de Gibraltar;Détroit de Gibraltar;Stretto di Gibilterra;Straße von Gibraltar;Gibraltarský průliv
Strait of Hormuz|strait|Hormuz|Estrecho de Ormuz;Estreito de Ormuz;Détroit d'Ormuz;Stretto di Hormuz;Straße von Hormus;Hormuzský průliv;Ormuz;Hormus
Bosphorus|strait|Bosporus|Bósforo;Bosphore;Bosforo;Bospor
Suez Canal|canal||Canal de Suez;Canale di Suez;Suezkanal;Suezský průplav
Panama Canal|canal||Canal de Panamá;Canal do Panamá;Canal de Panama;Canale di Panama;Panamakanal;Panamský průplav
Amazon|river and rainforest, South America|Amazonia;Amazon rainforest|Amazonía;Amazônia;Amazónia;Amazonie;Amazzonia;Rio delle Amazzoni;Amazonien;Amazonka
Andes|mountain range, South America||Andes;Anden;Ande
Patagonia|region, Argentina/Chile||Patagônia;Patagonie;Patagonien;Patagonie
Sahara|desert, Africa||Saara;Sahara
Sahel|region, Africa||Sahel
Himalayas|mountain range, Asia|Himalaya|Himalaya;Himalaia;Himálaj
Mount Everest|mountain|Everest|Monte Everest;Mont Everest;Mount Everest
Vesuvius|volcano, Italy|Mount Vesuvius|Vesubio;Vesúvio;Vésuve;Vesuvio;Vesuv
Mount Etna|volcano, Sicily|Etna|Monte Etna;Ätna
Atlantic|ocean|Atlantic Ocean|Atlántico;Atlântico;Atlantique;Atlantico;Atlantik;Atlantský oceán
Pacific|ocean|Pacific Ocean|Pacífico;Pacifique;Pacifico;Pazifik;Tichý oceán
Indian Ocean|ocean||Océano Índico;Oceano Índico;Océan Indien;Oceano Indiano;Indischer Ozean;Indický oceán
Arctic|region|Arctic Ocean|Ártico;Arctique;Artico;Arktis;Arktida
Antarctica|continent|Antarctic|Antártida;Antártica;Antarctique;Antartide;Antarktis;Antarktida
# Continents and macro-regions
Europe|continent||Europa;Evropa
Africa|continent||África;Afrique;Afrika
Asia|continent||Ásia;Asie;Asien
Latin America|region||América Latina;Latinoamérica;Amérique latine;Lateinamerika;Latinská Amerika
South America|continent||Sudamérica;América del Sur;América do Sul;Amérique du Sud;America meridionale;Sudamerica;Südamerika;Jižní Amerika
North America|continent||Norteamérica;América del Norte;América do Norte;Amérique du Nord;Nordamerika;Severní Amerika;America settentrionale
Central America|region||Centroamérica;América Central;Amérique centrale;America centrale;Mittelamerika;Zentralamerika;Střední Amerika
Middle East|region||Oriente Medio;Oriente Próximo;Médio Oriente;Oriente Médio;Moyen-Orient;Proche-Orient;Medio Oriente;Nahost;Naher Osten;Blízký východ
Persian Gulf|region|Gulf;Arabian Gulf|Golfo Pérsico;Golfe persique;Golfo Persico;Persischer Golf;Perský záliv
Maghreb|region, North Africa||Magreb;Magrebe
Southeast Asia|region||Sudeste Asiático;Sudeste da Ásia;Asie du Sud-Est;Sud-est asiatico;Südostasien;Jihovýchodní Asie
# Middle East
Jerusalem|city||Jerusalén;Jerusalém;Jérusalem;Gerusalemme;Jeruzalém
Tel Aviv|city, Israel||Tel Aviv-Jaffa;Tel Avive
Gaza Strip|Palestinian territory|Gaza|Franja de Gaza;Faixa de Gaza;Bande de Gaza;Striscia di Gaza;Gazastreifen;Pásmo Gazy
Gaza City|city, Gaza Strip||Ciudad de Gaza;Cidade de Gaza;Ville de Gaza;Gaza-Stadt;Město Gaza
West Bank|Palestinian territory||Cisjordania;Cisjordânia;Cisjordanie;Cisgiordania;Westjordanland;Západní břeh Jordánu;Ribera Occidental
Golan Heights|plateau|Golan|Altos del Golán;Colinas de Golã;Montes Golã;Plateau du Golan;Alture del Golan;Golanhöhen;Golanské výšiny
Khan Younis|city, Gaza Strip|Khan Yunis|Jan Yunis;Khan Younès;Chan Junis;Chán Júnis;Khan Yunes
Rafah|city, Gaza Strip||Rafá
Hebron|city, West Bank||Hebrón;Hébron
Bethlehem|city, West Bank||Belén;Belém;Bethléem;Betlemme;Betlehem;Betlém
Nablus|city, West Bank||Naplouse
Beirut|capital of Lebanon||Beirute;Beyrouth;Bejrút
Damascus|capital of Syria||Damasco;Damas;Damaskus;Damašek
Aleppo|city, Syria||Alepo;Alep;Halab
Baghdad|capital of Iraq||Bagdad;Bagdá;Bagdade;Bagdád
Mosul|city, Iraq||Mossoul;Mossul;Mosul
Tehran|capital of Iran||Teherán;Teerã;Teerão;Téhéran;Teheran
Riyadh|capital of Saudi Arabia||Riad;Riade;Riyad;Rijád
Mecca|city, Saudi Arabia||La Meca;Meca;La Mecque;La Mecca;Mekka
Cairo|capital of Egypt||El Cairo;Cairo;Le Caire;Il Cairo;Kairo;Káhira
Sinai|peninsula, Egypt|Sinai Peninsula|Sinaí;Península del Sinaí
Kurdistan|region||Kurdistán;Curdistão;Kurdistão
# Americas
New York|city, US|New York City;NYC|Nueva York;Nova York;Nova Iorque
New Orleans|city, US||Nueva Orleans;Nova Orleans;La Nouvelle-Orléans;Nouvelle-Orléans
Philadelphia|city, US||Filadelfia;Filadélfia;Philadelphie
Los Angeles|city, US|LA|Los Ángeles
California|state, US||Califórnia;Californie;Kalifornien;Kalifornie
Texas|state, US||Texas;Tejas
Florida|state, US||Flórida;Floride
Pennsylvania|state, US||Pensilvania;Pensilvânia;Pennsylvanie;Pennsylvanien;Pensylvánie
North Carolina|state, US||Carolina del Norte;Carolina do Norte;Caroline du Nord;Carolina del Nord;Severní Karolína
South Carolina|state, US||Carolina del Sur;Carolina do Sul;Caroline du Sud;Carolina del Sud;Jižní Karolína
Louisiana|state, US||Luisiana;Luisiana;Louisiane;Luisiana
Hawaii|state, US||Hawái;Havaí;Hawaï;Havaj
New Mexico|state, US||Nuevo México;Novo México;Nouveau-Mexique;Nuovo Messico;Nové Mexiko
Quebec|province, Canada|Québec|
Montreal|city, Canada|Montréal|Montreal
Mexico City|capital of Mexico|CDMX|Ciudad de México;Cidade do México;Città del Messico;Mexiko-Stadt;Ciudad de Mexico
Havana|capital of Cuba||La Habana;Havane;La Havane;L'Avana;Avana;Havanna
São Paulo|city, Brazil|Sao Paulo|San Pablo
Rio de Janeiro|city, Brazil|Rio|Río de Janeiro
Brasília|capital of Brazil|Brasilia|
Rio Grande do Sul|state, Brazil||Río Grande del Sur
Minas Gerais|state, Brazil||
Belém|city, Brazil|Belem|
Bogotá|capital of Colombia|Bogota|
Asunción|capital of Paraguay|Asuncion|Assunção
Panama City|capital of Panama||Ciudad de Panamá;Cidade do Panamá;Panama-Stadt
Guatemala City|capital of Guatemala||Ciudad de Guatemala;Guatemala-Stadt
Falkland Islands|archipelago|Falklands|Islas Malvinas;Malvinas;Ilhas Malvinas;Îles Malouines;Malouines;Isole Falkland;Falklandinseln;Falklandy
Tierra del Fuego|archipelago||Terra do Fogo;Terre de Feu;Terra del Fuoco;Feuerland;Ohňová země
# Africa and Asia
Cape Town|city, South Africa||Ciudad del Cabo;Cidade do Cabo;Le Cap;Città del Capo;Kapstadt;Kapské Město
Johannesburg|city, South Africa||Johannesburgo;Joanesburgo
Algiers|capital of Algeria||Argel;Alger;Algeri;Algier;Alžír
Tripoli|capital of Libya||Trípoli
Khartoum|capital of Sudan||Jartum;Cartum;Khartum;Chartúm
Addis Ababa|capital of Ethiopia||Adís Abeba;Adis Abeba;Addis-Abeba;Addis Abeba
Darfur|region, Sudan||Darfour
Beijing|capital of China||Pekín;Pequim;Pékin;Pechino;Peking;Peking
Shanghai|city, China||Shanghái;Xangai;Šanghaj
Hong Kong|Chinese special administrative region||Hongkong;Hong-Kong
Wuhan|city, China||Wu-chan
Xinjiang|region, China||Sinkiang;Sin-ťiang;Xinjiang
Tibet|region, China||Tíbet;Tibete
Taipei|capital of Taiwan||Taipéi;Taipé;Taipeh;Tchaj-pej
Tokyo|capital of Japan||Tokio;Tóquio;Tokio
Seoul|capital of South Korea||Seúl;Seul;Séoul;Soul
Pyongyang|capital of North Korea||Pionyang;Pyongyang;Pjöngjang;Pchjongjang
New Delhi|capital of India|Delhi|Nueva Delhi;Nova Deli;Nova Délhi;Nuova Delhi;Neu-Delhi;Nové Dillí;Dillí
Mumbai|city, India|Bombay|Bombaim
Kashmir|region, India/Pakistan||Cachemira;Caxemira;Cachemire;Kaschmir;Kašmír
Kabul|capital of Afghanistan||Cabul
Singapore|city-state||Singapur;Singapura;Singapour;Singapur
Jakarta|capital of Indonesia||Yakarta;Jacarta
Manila|capital of the Philippines||Manille
Hanoi|capital of Vietnam||Hanói;Hanoï;Hanoj
Bangkok|capital of Thailand||Banguecoque
`,
)

// ---- People: United States, United Kingdom, Canada, Oceania ----
// Czech writes women's surnames with -ová (Merkelová); those forms are listed as foreign.
add(
  'person',
  `
Donald Trump|US President 2017-2021 and from 2025|Donald J. Trump|
Joe Biden|US President 2021-2025|Joseph Biden;Joseph R. Biden|
Barack Obama|US President 2009-2017||
Kamala Harris|US Vice President 2021-2025||Kamala Harrisová;Harrisová
JD Vance|US Vice President from 2025|J.D. Vance;J. D. Vance;James David Vance|
Mike Pence|US Vice President 2017-2021||
Hillary Clinton|US Secretary of State 2009-2013, 2016 presidential candidate|Hillary Rodham Clinton|Hillary Clintonová;Clintonová
Bill Clinton|US President 1993-2001||
Melania Trump|First Lady of the US||Melania Trumpová
Ivanka Trump|daughter and adviser of Donald Trump||Ivanka Trumpová
Jared Kushner|adviser and son-in-law of Donald Trump||
Donald Trump Jr.|son of Donald Trump|Donald Trump Jr|
Jill Biden|First Lady of the US 2021-2025||Jill Bidenová
Hunter Biden|son of Joe Biden||
Antony Blinken|US Secretary of State 2021-2025|Tony Blinken|
Marco Rubio|US Secretary of State from 2025||
Mike Pompeo|US Secretary of State 2018-2021||
Rex Tillerson|US Secretary of State 2017-2018||
John Kerry|US Secretary of State 2013-2017, climate envoy||
Jake Sullivan|US National Security Adviser 2021-2025||
Lloyd Austin|US Defense Secretary 2021-2025||
Pete Hegseth|US Defense Secretary from 2025||
Jim Mattis|US Defense Secretary 2017-2019|James Mattis|
Mark Esper|US Defense Secretary 2019-2020||
Janet Yellen|US Treasury Secretary 2021-2025, Fed chair 2014-2018||Janet Yellenová;Yellenová
Scott Bessent|US Treasury Secretary from 2025||
Steven Mnuchin|US Treasury Secretary 2017-2021|Steve Mnuchin|
Jerome Powell|Chair of the Federal Reserve from 2018|Jay Powell|
Kevin Warsh|former Federal Reserve governor||
Kevin Hassett|director of the National Economic Council||
Howard Lutnick|US Commerce Secretary from 2025||
Gina Raimondo|US Commerce Secretary 2021-2025||
Jamieson Greer|US Trade Representative from 2025||
Robert Lighthizer|US Trade Representative 2017-2021||
Katherine Tai|US Trade Representative 2021-2025||
Steve Witkoff|US special envoy|Steven Witkoff|
Keith Kellogg|US special envoy for Ukraine||
Mike Waltz|US National Security Adviser 2025, UN ambassador|Michael Waltz|
Tulsi Gabbard|US Director of National Intelligence from 2025||Tulsi Gabbardová
Kristi Noem|US Homeland Security Secretary from 2025||Kristi Noemová
Pam Bondi|US Attorney General from 2025||Pam Bondiová
Kash Patel|FBI Director from 2025||
Merrick Garland|US Attorney General 2021-2025||
Jack Smith|US special counsel||
Robert Mueller|US special counsel 2017-2019||
James Comey|FBI Director 2013-2017||
Christopher Wray|FBI Director 2017-2025||
William Burns|CIA Director 2021-2025|Bill Burns|
John Ratcliffe|CIA Director from 2025||
Robert F. Kennedy Jr.|US Health Secretary from 2025|RFK Jr.;Robert F. Kennedy Jr;Robert Kennedy Jr.|
Susie Wiles|White House Chief of Staff from 2025||
Karoline Leavitt|White House press secretary from 2025||Karoline Leavittová
Karine Jean-Pierre|White House press secretary 2022-2025||
Jen Psaki|White House press secretary 2021-2022||
Sean Spicer|White House press secretary 2017||
Sarah Huckabee Sanders|White House press secretary 2017-2019, Governor of Arkansas||Sarah Sandersová
Kayleigh McEnany|White House press secretary 2020-2021||
Stephen Miller|White House deputy chief of staff||
Steve Bannon|Trump strategist 2017||
John Bolton|US National Security Adviser 2018-2019||
Elon Musk|CEO of Tesla and SpaceX||
Nancy Pelosi|Speaker of the US House 2019-2023||Nancy Pelosiová;Pelosiová
Mike Johnson|Speaker of the US House from 2023||
Kevin McCarthy|Speaker of the US House 2023||
Chuck Schumer|US Senate Democratic leader||
Mitch McConnell|US Senate Republican leader 2007-2025||
John Thune|US Senate Majority Leader from 2025||
Hakeem Jeffries|US House Democratic leader||
Bernie Sanders|US senator, Vermont||
Elizabeth Warren|US senator, Massachusetts||Elizabeth Warrenová
Alexandria Ocasio-Cortez|US representative, New York|AOC|
Lindsey Graham|US senator, South Carolina||
Ted Cruz|US senator, Texas||
Marjorie Taylor Greene|US representative, Georgia||
Ron DeSantis|Governor of Florida||
Nikki Haley|US ambassador to the UN 2017-2018, presidential candidate||Nikki Haleyová
Gavin Newsom|Governor of California||
Greg Abbott|Governor of Texas||
Tim Walz|Governor of Minnesota, 2024 vice-presidential candidate||
Pete Buttigieg|US Transportation Secretary 2021-2025||
Zohran Mamdani|Mayor of New York City from 2026||
Eric Adams|Mayor of New York City 2022-2025||
Linda Thomas-Greenfield|US ambassador to the UN 2021-2025||
Charlie Kirk|US conservative activist, killed 2025||
Jeffrey Epstein|US financier and sex offender||
Ghislaine Maxwell|British socialite, Epstein associate||Ghislaine Maxwellová
Julian Assange|WikiLeaks founder||
Edward Snowden|US whistleblower||
Keir Starmer|UK Prime Minister from 2024|Sir Keir Starmer|
Rishi Sunak|UK Prime Minister 2022-2024||
Liz Truss|UK Prime Minister 2022||Liz Trussová;Trussová
Boris Johnson|UK Prime Minister 2019-2022||
Theresa May|UK Prime Minister 2016-2019||Theresa Mayová;Mayová
David Cameron|UK Prime Minister 2010-2016, Foreign Secretary 2023-2024||
Rachel Reeves|UK Chancellor of the Exchequer from 2024||Rachel Reevesová
Jeremy Hunt|UK Chancellor 2022-2024||
Kwasi Kwarteng|UK Chancellor 2022||
David Lammy|UK Foreign Secretary 2024-2025, Deputy PM||
Yvette Cooper|UK Home Secretary 2024-2025, Foreign Secretary||Yvette Cooperová
Angela Rayner|UK Deputy Prime Minister 2024-2025||Angela Raynerová
John Healey|UK Defence Secretary from 2024||
Shabana Mahmood|UK Home Secretary from 2025||
Wes Streeting|UK Health Secretary from 2024||
Ed Miliband|UK Energy Secretary from 2024||
Jeremy Corbyn|UK Labour leader 2015-2020||
Nigel Farage|leader of Reform UK||
Kemi Badenoch|UK Conservative leader from 2024||
Suella Braverman|UK Home Secretary 2022-2023||
Priti Patel|UK Home Secretary 2019-2022||
James Cleverly|UK Foreign and Home Secretary||
Michael Gove|UK cabinet minister||
Dominic Raab|UK Foreign Secretary 2019-2021||
Dominic Cummings|adviser to Boris Johnson||
Sadiq Khan|Mayor of London||
Nicola Sturgeon|First Minister of Scotland 2014-2023||Nicola Sturgeonová
Humza Yousaf|First Minister of Scotland 2023-2024||
John Swinney|First Minister of Scotland from 2024||
Michelle O'Neill|First Minister of Northern Ireland||
Andrew Bailey|Governor of the Bank of England from 2020||
Mark Carney|Prime Minister of Canada from 2025, Governor of the Bank of England 2013-2020||
Justin Trudeau|Prime Minister of Canada 2015-2025||
Pierre Poilievre|leader of Canada's Conservative Party||
Chrystia Freeland|Canadian Deputy Prime Minister 2019-2024||Chrystia Freelandová
Mélanie Joly|Canadian Foreign Minister|Melanie Joly|
Anthony Albanese|Prime Minister of Australia from 2022||
Scott Morrison|Prime Minister of Australia 2018-2022||
Penny Wong|Australian Foreign Minister||
Jacinda Ardern|Prime Minister of New Zealand 2017-2023||Jacinda Ardernová;Ardernová
Christopher Luxon|Prime Minister of New Zealand from 2023||
`,
)

// ---- People: France, Germany, Austria, Switzerland, Benelux ----
add(
  'person',
  `
Emmanuel Macron|President of France from 2017||
Brigitte Macron|First Lady of France||Brigitte Macronová
François Hollande|President of France 2012-2017|Francois Hollande||François Holland
Nicolas Sarkozy|President of France 2007-2012||
Jacques Chirac|President of France 1995-2007||
Édouard Philippe|Prime Minister of France 2017-2020|Edouard Philippe|
Jean Castex|Prime Minister of France 2020-2022||
Élisabeth Borne|Prime Minister of France 2022-2024|Elisabeth Borne|Élisabeth Borneová;Borneová
Gabriel Attal|Prime Minister of France 2024||
Michel Barnier|Prime Minister of France 2024, EU Brexit negotiator||
François Bayrou|Prime Minister of France 2024-2025|Francois Bayrou|
Sébastien Lecornu|Prime Minister of France from 2025, Armed Forces Minister|Sebastien Lecornu|
Bruno Le Maire|French Economy Minister 2017-2024|||Bruno the Mayor
Gérald Darmanin|French Interior and Justice Minister|Gerald Darmanin|
Bruno Retailleau|French Interior Minister 2024-2025||
Jean-Yves Le Drian|French Foreign Minister 2017-2022||
Catherine Colonna|French Foreign Minister 2022-2024||Catherine Colonnová
Stéphane Séjourné|French Foreign Minister 2024, EU Commissioner|Stephane Sejourne|
Jean-Noël Barrot|French Foreign Minister from 2024|Jean-Noel Barrot|
Rachida Dati|French Culture Minister||Rachida Datiová
Éric Lombard|French Economy Minister 2024-2025|Eric Lombard|
Roland Lescure|French Economy Minister from 2025||
Amélie de Montchalin|French Budget Minister|Amelie de Montchalin|
Catherine Vautrin|French minister||Catherine Vautrinová
Olivier Véran|French Health Minister 2020-2022|Olivier Veran|
Christophe Castaner|French Interior Minister 2018-2020||
Manuel Valls|Prime Minister of France 2014-2016||
Ségolène Royal|French politician|Segolene Royal|
Dominique de Villepin|Prime Minister of France 2005-2007||
Laurent Fabius|President of France's Constitutional Council||
Marine Le Pen|leader of France's National Rally||Marine Le Penová;Le Penová|Marine the Pen
Jean-Marie Le Pen|founder of France's National Front|||Jean-Marie the Pen
Marion Maréchal|French far-right politician|Marion Marechal;Marion Maréchal-Le Pen||Marion Marshal
Jordan Bardella|President of France's National Rally||
Éric Zemmour|French far-right politician|Eric Zemmour|
Jean-Luc Mélenchon|leader of France Unbowed|Jean-Luc Melenchon|
Raphaël Glucksmann|French MEP, Place Publique|Raphael Glucksmann|
Olivier Faure|leader of France's Socialist Party||
Fabien Roussel|leader of France's Communist Party||
Marine Tondelier|leader of France's Greens||Marine Tondelierová
Lucie Castets|French left-wing PM candidate 2024||Lucie Castetsová
Éric Ciotti|French right-wing politician|Eric Ciotti|
Laurent Wauquiez|French Republicans politician||
Valérie Pécresse|President of the Île-de-France region|Valerie Pecresse|Valérie Pécresseová
Xavier Bertrand|President of the Hauts-de-France region||
Anne Hidalgo|Mayor of Paris||Anne Hidalgová
Yaël Braun-Pivet|President of France's National Assembly|Yael Braun-Pivet|
Gérard Larcher|President of the French Senate|Gerard Larcher|
Thierry Breton|EU Commissioner for the Internal Market 2019-2024||
François Villeroy de Galhau|Governor of the Banque de France|Francois Villeroy de Galhau|
Olaf Scholz|Chancellor of Germany 2021-2025||
Angela Merkel|Chancellor of Germany 2005-2021||Angela Merkelová;Merkelová
Friedrich Merz|Chancellor of Germany from 2025||
Frank-Walter Steinmeier|President of Germany from 2017||
Annalena Baerbock|German Foreign Minister 2021-2025, President of the UN General Assembly||Annalena Baerbocková;Baerbocková
Robert Habeck|German Vice-Chancellor and Economy Minister 2021-2025||
Christian Lindner|German Finance Minister 2021-2024||
Lars Klingbeil|German Vice-Chancellor and Finance Minister from 2025||
Boris Pistorius|German Defence Minister from 2023||
Johann Wadephul|German Foreign Minister from 2025||
Alexander Dobrindt|German Interior Minister from 2025||
Katherina Reiche|German Economy Minister from 2025||Katherina Reicheová
Nancy Faeser|German Interior Minister 2021-2025||Nancy Faeserová
Karl Lauterbach|German Health Minister 2021-2025||
Heiko Maas|German Foreign Minister 2018-2021||
Horst Seehofer|German Interior Minister 2018-2021||
Wolfgang Schäuble|German Finance Minister, Bundestag President|Wolfgang Schaeuble|
Annegret Kramp-Karrenbauer|German Defence Minister 2019-2021|AKK|
Christine Lambrecht|German Defence Minister 2021-2023||Christine Lambrechtová
Jens Spahn|German Health Minister 2018-2021, CDU/CSU parliamentary leader||
Armin Laschet|CDU leader 2021||
Markus Söder|Premier of Bavaria, CSU leader|Markus Soeder|
Hendrik Wüst|Premier of North Rhine-Westphalia|Hendrik Wuest|
Kai Wegner|Mayor of Berlin||
Julia Klöckner|President of the Bundestag from 2025|Julia Kloeckner|Julia Klöcknerová
Bärbel Bas|German Labour Minister, SPD co-leader|Baerbel Bas|Bärbel Basová
Saskia Esken|SPD co-leader 2019-2025||Saskia Eskenová
Carsten Linnemann|CDU general secretary||
Alice Weidel|co-leader of Alternative for Germany||Alice Weidelová;Weidelová
Tino Chrupalla|co-leader of Alternative for Germany||
Björn Höcke|AfD leader in Thuringia|Bjoern Hoecke|
Sahra Wagenknecht|founder of the Sahra Wagenknecht Alliance||Sahra Wagenknechtová;Wagenknechtová
Ricarda Lang|German Greens co-leader 2022-2024||Ricarda Langová
Cem Özdemir|German Greens politician|Cem Oezdemir|
Manfred Weber|leader of the European People's Party||
Steffen Hebestreit|German government spokesman 2021-2025||
Steffen Seibert|German government spokesman 2010-2021||
Joachim Nagel|President of the Bundesbank from 2022||
Jens Weidmann|President of the Bundesbank 2011-2021||
Alexander Van der Bellen|President of Austria from 2017||
Sebastian Kurz|Chancellor of Austria 2017-2021||
Karl Nehammer|Chancellor of Austria 2021-2025||
Christian Stocker|Chancellor of Austria from 2025||
Herbert Kickl|leader of Austria's Freedom Party||
Alain Berset|Swiss President 2018 and 2023, Council of Europe Secretary General||
Karin Keller-Sutter|Swiss Federal Councillor, President 2025||Karin Keller-Sutterová
Ignazio Cassis|Swiss Foreign Minister||
Viola Amherd|Swiss Defence Minister, President 2024||Viola Amherdová
Mark Rutte|Prime Minister of the Netherlands 2010-2024, NATO Secretary General from 2024||
Dick Schoof|Prime Minister of the Netherlands 2024-2026||
Geert Wilders|leader of the Dutch Party for Freedom||
Rob Jetten|leader of the Dutch D66||
Frans Timmermans|EU Commission Vice-President 2019-2023, Dutch Labour-Green leader||
Klaas Knot|President of De Nederlandsche Bank 2011-2025||
King Willem-Alexander|King of the Netherlands|Willem-Alexander|Rey Guillermo Alejandro;Guillermo Alejandro;Guilherme Alexandre;Guglielmo Alessandro;Vilém Alexandr
Queen Máxima|Queen of the Netherlands|Máxima Zorreguieta|
Alexander De Croo|Prime Minister of Belgium 2020-2025||
Bart De Wever|Prime Minister of Belgium from 2025||
Sophie Wilmès|Prime Minister of Belgium 2019-2020|Sophie Wilmes|
King Philippe|King of the Belgians|Philippe of Belgium|Felipe de Bélgica;Rey Felipe de Bélgica;Filippo del Belgio;König Philippe
Luc Frieden|Prime Minister of Luxembourg from 2023||
Xavier Bettel|Prime Minister of Luxembourg 2013-2023, Foreign Minister||
`,
)

// ---- People: Italy, Vatican, Spain, Portugal ----
add(
  'person',
  `
Giorgia Meloni|Prime Minister of Italy from 2022||Giorgia Meloniová;Meloniová|Giorgia Melons
Sergio Mattarella|President of Italy from 2015||
Mario Draghi|Prime Minister of Italy 2021-2022, ECB President 2011-2019|||Mario Dragons
Giuseppe Conte|Prime Minister of Italy 2018-2021, Five Star Movement leader|||Giuseppe Count
Matteo Renzi|Prime Minister of Italy 2014-2016||
Paolo Gentiloni|Prime Minister of Italy 2016-2018, EU Economy Commissioner 2019-2024||
Enrico Letta|Prime Minister of Italy 2013-2014||
Silvio Berlusconi|Prime Minister of Italy, died 2023||
Matteo Salvini|leader of Italy's League, Deputy Prime Minister||
Antonio Tajani|Italian Foreign Minister and Deputy PM from 2022, Forza Italia leader||
Guido Crosetto|Italian Defence Minister from 2022||
Giancarlo Giorgetti|Italian Economy Minister from 2022||
Carlo Nordio|Italian Justice Minister from 2022||
Matteo Piantedosi|Italian Interior Minister from 2022||
Francesco Lollobrigida|Italian Agriculture Minister||
Daniela Santanchè|Italian Tourism Minister|Daniela Santanche|
Ignazio La Russa|President of the Italian Senate|||Ignazio the Russian
Elly Schlein|leader of Italy's Democratic Party||Elly Schleinová;Schleinová
Carlo Calenda|leader of Italy's Azione||
Luigi Di Maio|Italian Foreign Minister 2019-2022, EU envoy||
Beppe Grillo|founder of the Five Star Movement|||Beppe Cricket
Roberto Gualtieri|Mayor of Rome||
Giuseppe Sala|Mayor of Milan|Beppe Sala|
Luca Zaia|President of Veneto||
Vincenzo De Luca|President of Campania||
Stefano Bonaccini|President of Emilia-Romagna 2014-2024||
Roberto Speranza|Italian Health Minister 2019-2022|||Roberto Hope
Luciana Lamorgese|Italian Interior Minister 2019-2022||Luciana Lamorgeseová
Marta Cartabia|Italian Justice Minister 2021-2022||
Ignazio Visco|Governor of the Bank of Italy 2011-2023||
Fabio Panetta|Governor of the Bank of Italy from 2023||
Marina Berlusconi|Italian businesswoman||
Pope Francis|Pope 2013-2025|Francis;Jorge Mario Bergoglio;Bergoglio|Papa Francisco;Papa Francesco;Pape François;Papst Franziskus;Franziskus;Papež František
Pope Leo XIV|Pope from 2025|Leo XIV;Robert Prevost;Robert Francis Prevost|León XIV;Papa León XIV;Leão XIV;Papa Leão XIV;Léon XIV;Pape Léon XIV;Leone XIV;Papa Leone XIV;Papst Leo XIV;Lev XIV;Papež Lev XIV
Pope Benedict XVI|Pope 2005-2013|Benedict XVI;Joseph Ratzinger|Benedicto XVI;Papa Benedicto XVI;Bento XVI;Papa Bento XVI;Benoît XVI;Benedetto XVI;Papa Benedetto XVI;Benedikt XVI;Papst Benedikt XVI
Pietro Parolin|Vatican Secretary of State||
Matteo Zuppi|Cardinal, Archbishop of Bologna||
Pedro Sánchez|Prime Minister of Spain from 2018|Pedro Sanchez|
Mariano Rajoy|Prime Minister of Spain 2011-2018||
José Luis Rodríguez Zapatero|Prime Minister of Spain 2004-2011|Zapatero;Jose Luis Rodriguez Zapatero|
Felipe González|Prime Minister of Spain 1982-1996|Felipe Gonzalez|
José María Aznar|Prime Minister of Spain 1996-2004|Jose Maria Aznar|
Alberto Núñez Feijóo|leader of Spain's People's Party from 2022|Alberto Nunez Feijoo;Feijóo|
Pablo Casado|leader of Spain's People's Party 2018-2022|||Pablo Married
Santiago Abascal|leader of Vox||
Yolanda Díaz|Spanish Deputy Prime Minister and Labour Minister, Sumar leader|Yolanda Diaz|Yolanda Díazová
Pablo Iglesias|Podemos founder, Deputy Prime Minister 2020-2021|||Pablo Churches
Irene Montero|Spanish Equality Minister 2020-2023, MEP||Irene Monterová
Ione Belarra|leader of Podemos||Ione Belarrová
Íñigo Errejón|Spanish politician|Inigo Errejon|
Albert Rivera|leader of Ciudadanos 2006-2019||
Inés Arrimadas|leader of Ciudadanos 2020-2023|Ines Arrimadas|
Isabel Díaz Ayuso|President of the Community of Madrid|Isabel Diaz Ayuso;Ayuso|
José Luis Martínez-Almeida|Mayor of Madrid|Jose Luis Martinez-Almeida;Almeida|
Carles Puigdemont|President of Catalonia 2016-2017, Junts leader||Carlos Puigdemont
Oriol Junqueras|leader of Republican Left of Catalonia||
Pere Aragonès|President of Catalonia 2021-2024|Pere Aragones|Pedro Aragonès;Pedro Aragonés
Salvador Illa|President of Catalonia from 2024||
Quim Torra|President of Catalonia 2018-2020|Joaquim Torra|
Ada Colau|Mayor of Barcelona 2015-2023||
Juanma Moreno|President of Andalusia|Juan Manuel Moreno|
Carlos Mazón|President of the Valencian Community 2023-2025|Carlos Mazon|
Iñigo Urkullu|Basque President 2012-2024|Inigo Urkullu|
Imanol Pradales|Basque President from 2024||
Arnaldo Otegi|leader of EH Bildu||
Alfonso Rueda|President of Galicia||
María Jesús Montero|Spanish Finance Minister and Deputy PM|Maria Jesus Montero|
Nadia Calviño|Spanish Economy Minister 2018-2023, President of the European Investment Bank|Nadia Calvino|Nadia Calviñová
Carlos Cuerpo|Spanish Economy Minister from 2023|||Carlos Body
José Manuel Albares|Spanish Foreign Minister from 2021|Jose Manuel Albares|
Arancha González Laya|Spanish Foreign Minister 2020-2021||
Fernando Grande-Marlaska|Spanish Interior Minister from 2018||
Margarita Robles|Spanish Defence Minister from 2018||Margarita Roblesová|Margarita Oaks
Félix Bolaños|Spanish Justice Minister|Felix Bolanos|
Óscar Puente|Spanish Transport Minister|Oscar Puente||Óscar Bridge;Oscar Bridge
Teresa Ribera|EU Commission Executive Vice-President, Spanish minister 2018-2024||Teresa Riberová
José Luis Ábalos|Spanish Transport Minister 2018-2021|Jose Luis Abalos|
Santos Cerdán|PSOE organisation secretary 2021-2025|Santos Cerdan|
Begoña Gómez|wife of Pedro Sánchez|Begona Gomez|
Francina Armengol|President of Spain's Congress of Deputies||
Pilar Alegría|Spanish government spokeswoman|Pilar Alegria||Pilar Joy
Pablo Hernández de Cos|Governor of the Bank of Spain 2018-2024||
José Luis Escrivá|Governor of the Bank of Spain from 2024|Jose Luis Escriva|
King Felipe VI|King of Spain from 2014|Felipe VI;King Felipe|Philippe VI;Filipe VI;Filippo VI;Filip VI
Queen Letizia|Queen of Spain|Letizia Ortiz|Königin Letizia;Reine Letizia;Regina Letizia;Rainha Letizia
Juan Carlos I|King of Spain 1975-2014|King Juan Carlos;Juan Carlos|
Princess Leonor|heir to the Spanish throne|Leonor de Borbón;Leonor|Princesa Leonor;Princesse Leonor;Principessa Leonor;Prinzessin Leonor
Marcelo Rebelo de Sousa|President of Portugal 2016-2026||
António Costa|President of the European Council from 2024, Prime Minister of Portugal 2015-2024|Antonio Costa|
Luís Montenegro|Prime Minister of Portugal from 2024|Luis Montenegro|
Pedro Nuno Santos|leader of Portugal's Socialist Party 2024-2025||
André Ventura|leader of Portugal's Chega|Andre Ventura|
António José Seguro|Portuguese Socialist politician, 2026 presidential candidate|Antonio Jose Seguro|
Henrique Gouveia e Melo|Portuguese admiral, 2026 presidential candidate||
Aníbal Cavaco Silva|President of Portugal 2006-2016|Anibal Cavaco Silva|
Pedro Passos Coelho|Prime Minister of Portugal 2011-2015||
Fernando Medina|Portuguese Finance Minister 2022-2024||
Mário Centeno|Governor of the Bank of Portugal, Eurogroup President 2018-2020|Mario Centeno|
Carlos Moedas|Mayor of Lisbon||
Paulo Rangel|Portuguese Foreign Minister from 2024||
José Manuel Barroso|President of the European Commission 2004-2014|Jose Manuel Barroso;José Manuel Durão Barroso|
`,
)

// ---- People: Latin America ----
add(
  'person',
  `
Luiz Inácio Lula da Silva|President of Brazil 2003-2010 and from 2023|Lula;Lula da Silva;Luiz Inacio Lula da Silva;Luiz Inácio Lula|
Jair Bolsonaro|President of Brazil 2019-2022||
Michelle Bolsonaro|First Lady of Brazil 2019-2022||Michelle Bolsonarová
Eduardo Bolsonaro|Brazilian congressman, son of Jair Bolsonaro||
Flávio Bolsonaro|Brazilian senator, son of Jair Bolsonaro|Flavio Bolsonaro|
Carlos Bolsonaro|Rio de Janeiro councillor, son of Jair Bolsonaro||
Dilma Rousseff|President of Brazil 2011-2016, President of the New Development Bank||Dilma Rousseffová
Michel Temer|President of Brazil 2016-2018|||Michel Fear
Geraldo Alckmin|Vice President of Brazil from 2023||
Fernando Haddad|Brazilian Finance Minister from 2023||
Simone Tebet|Brazilian Planning Minister from 2023||Simone Tebetová
Marina Silva|Brazilian Environment Minister from 2023||Marina Silvová
Mauro Vieira|Brazilian Foreign Minister from 2023||
Celso Amorim|foreign policy adviser to Lula||
Flávio Dino|Brazilian Supreme Court justice, Justice Minister 2023-2024|Flavio Dino|
Alexandre de Moraes|Brazilian Supreme Court justice||
Luís Roberto Barroso|President of Brazil's Supreme Court 2023-2025|Luis Roberto Barroso|
Gilmar Mendes|Brazilian Supreme Court justice||
Edson Fachin|President of Brazil's Supreme Court from 2025||
Cristiano Zanin|Brazilian Supreme Court justice||
Ricardo Lewandowski|Brazilian Justice Minister from 2024||
Rodrigo Pacheco|President of the Brazilian Senate 2021-2025||
Davi Alcolumbre|President of the Brazilian Senate||
Arthur Lira|Speaker of Brazil's Chamber of Deputies 2021-2025||
Hugo Motta|Speaker of Brazil's Chamber of Deputies from 2025||
Tarcísio de Freitas|Governor of São Paulo|Tarcisio de Freitas|
Romeu Zema|Governor of Minas Gerais||
Eduardo Leite|Governor of Rio Grande do Sul||
Cláudio Castro|Governor of Rio de Janeiro|Claudio Castro|
Eduardo Paes|Mayor of Rio de Janeiro||
Guilherme Boulos|Brazilian left-wing politician||
Sergio Moro|Brazilian senator, Justice Minister 2019-2020|Sérgio Moro|
Ciro Gomes|Brazilian politician||
Gleisi Hoffmann|Brazilian minister, Workers' Party president 2017-2025||Gleisi Hoffmannová
Rosângela da Silva|First Lady of Brazil|Janja;Rosangela da Silva;Janja Lula da Silva|
Roberto Campos Neto|Governor of Brazil's Central Bank 2019-2024||
Gabriel Galípolo|Governor of Brazil's Central Bank from 2025|Gabriel Galipolo|
Paulo Guedes|Brazilian Economy Minister 2019-2022||
Hamilton Mourão|Vice President of Brazil 2019-2022|Hamilton Mourao|
Walter Braga Netto|Brazilian general, Defence Minister 2021-2022||
Eduardo Cunha|Speaker of Brazil's Chamber of Deputies 2015-2016||
Anielle Franco|Brazilian Racial Equality Minister||
Marielle Franco|Rio de Janeiro councillor, killed 2018||
Javier Milei|President of Argentina from 2023||
Karina Milei|Argentine Secretary General of the Presidency||Karina Mileiová
Victoria Villarruel|Vice President of Argentina from 2023||
Patricia Bullrich|Argentine Security Minister, senator||Patricia Bullrichová
Luis Caputo|Argentine Economy Minister from 2023|Toto Caputo|
Guillermo Francos|Argentine Cabinet Chief 2024-2025||
Manuel Adorni|Argentine presidential spokesman, Cabinet Chief||
Federico Sturzenegger|Argentine Deregulation Minister||
Diana Mondino|Argentine Foreign Minister 2023-2024||
Mauricio Macri|President of Argentina 2015-2019||
Alberto Fernández|President of Argentina 2019-2023|Alberto Fernandez|
Cristina Fernández de Kirchner|President of Argentina 2007-2015, Vice President 2019-2023|Cristina Kirchner;Cristina Fernandez de Kirchner|Cristina Kirchnerová
Sergio Massa|Argentine Economy Minister 2022-2023||
Axel Kicillof|Governor of Buenos Aires province||
Horacio Rodríguez Larreta|Mayor of Buenos Aires 2015-2023||
Andrés Manuel López Obrador|President of Mexico 2018-2024|AMLO;Andres Manuel Lopez Obrador;López Obrador|
Claudia Sheinbaum|President of Mexico from 2024||Claudia Sheinbaumová;Sheinbaumová
Marcelo Ebrard|Mexican Economy Minister, Foreign Minister 2018-2023||
Xóchitl Gálvez|Mexican opposition presidential candidate 2024|Xochitl Galvez|
Enrique Peña Nieto|President of Mexico 2012-2018|Enrique Pena Nieto|
Felipe Calderón|President of Mexico 2006-2012|Felipe Calderon|
Omar García Harfuch|Mexican Security Minister||
Juan Ramón de la Fuente|Mexican Foreign Minister 2024-2025||
Clara Brugada|Mayor of Mexico City||
Joaquín Guzmán|Mexican drug lord|El Chapo;Joaquín 'El Chapo' Guzmán;Joaquin Guzman|
Ismael Zambada|Mexican drug lord|El Mayo;Ismael 'El Mayo' Zambada|
Nemesio Oseguera|leader of the Jalisco New Generation Cartel|El Mencho|
Gabriel Boric|President of Chile 2022-2026||
José Antonio Kast|Chilean Republican Party leader, president-elect 2025|Jose Antonio Kast|
Jeannette Jara|Chilean left-wing presidential candidate 2025||
Evelyn Matthei|Chilean right-wing politician||
Sebastián Piñera|President of Chile 2010-2014 and 2018-2022, died 2024|Sebastian Pinera|
Michelle Bachelet|President of Chile, UN human rights chief 2018-2022||Michelle Bacheletová
Gustavo Petro|President of Colombia from 2022||
Francia Márquez|Vice President of Colombia from 2022|Francia Marquez|
Iván Duque|President of Colombia 2018-2022|Ivan Duque||Iván Duke
Juan Manuel Santos|President of Colombia 2010-2018||
Álvaro Uribe|President of Colombia 2002-2010|Alvaro Uribe|
Miguel Uribe Turbay|Colombian senator, shot in 2025||
Nicolás Maduro|President of Venezuela from 2013|Nicolas Maduro||Nicolás Mature;Nicolas Mature
Delcy Rodríguez|Vice President of Venezuela|Delcy Rodriguez|
Jorge Rodríguez|President of Venezuela's National Assembly|Jorge Rodriguez|
Diosdado Cabello|Venezuelan Interior Minister||Diosdado Hair
Vladimir Padrino López|Venezuelan Defence Minister|Vladimir Padrino|
Juan Guaidó|Venezuelan opposition leader|Juan Guaido|
María Corina Machado|Venezuelan opposition leader, Nobel Peace Prize 2025|Maria Corina Machado|María Corina Machadová
Edmundo González Urrutia|Venezuelan opposition presidential candidate 2024|Edmundo González;Edmundo Gonzalez|
Leopoldo López|Venezuelan opposition leader|Leopoldo Lopez|
Henrique Capriles|Venezuelan opposition politician||
Hugo Chávez|President of Venezuela 1999-2013|Hugo Chavez|
Yván Gil|Venezuelan Foreign Minister|Yvan Gil|
Pedro Castillo|President of Peru 2021-2022|||Pedro Castle
Dina Boluarte|President of Peru 2022-2025||Dina Boluartová
José Jerí|President of Peru from 2025|Jose Jeri|
Keiko Fujimori|leader of Peru's Popular Force||Keiko Fujimoriová
Alberto Fujimori|President of Peru 1990-2000, died 2024||
Pedro Pablo Kuczynski|President of Peru 2016-2018|PPK|
Martín Vizcarra|President of Peru 2018-2020|Martin Vizcarra|
Evo Morales|President of Bolivia 2006-2019||
Luis Arce|President of Bolivia 2020-2025||
Rodrigo Paz|President of Bolivia from 2025|Rodrigo Paz Pereira|
Jeanine Áñez|interim President of Bolivia 2019-2020|Jeanine Anez|
Daniel Noboa|President of Ecuador from 2023||
Guillermo Lasso|President of Ecuador 2021-2023||
Rafael Correa|President of Ecuador 2007-2017||
Luis Lacalle Pou|President of Uruguay 2020-2025||
Yamandú Orsi|President of Uruguay from 2025|Yamandu Orsi|
José Mujica|President of Uruguay 2010-2015, died 2025|Pepe Mujica;Jose Mujica|
Santiago Peña|President of Paraguay from 2023|Santiago Pena|
Miguel Díaz-Canel|President of Cuba from 2018|Miguel Diaz-Canel|
Raúl Castro|President of Cuba 2008-2018|Raul Castro|
Fidel Castro|leader of Cuba 1959-2008||
Daniel Ortega|President of Nicaragua||
Rosario Murillo|Co-President of Nicaragua||Rosario Murillová
Nayib Bukele|President of El Salvador from 2019||
Xiomara Castro|President of Honduras 2022-2026||
Nasry Asfura|President of Honduras from 2026||
Bernardo Arévalo|President of Guatemala from 2024|Bernardo Arevalo|
José Raúl Mulino|President of Panama from 2024|Jose Raul Mulino|
Luis Abinader|President of the Dominican Republic from 2020||
Ariel Henry|Prime Minister of Haiti 2021-2024||
Jovenel Moïse|President of Haiti, killed 2021|Jovenel Moise|
`,
)

// ---- People: Russia, Ukraine, Belarus, Caucasus ----
add(
  'person',
  `
Vladimir Putin|President of Russia||Poutine;Vladimir Poutine;Wladimir Putin;Vladímir Putin;Vladimir Putine;Vladimír Putin
Dmitry Peskov|Kremlin spokesman|Dmitri Peskov;Dmitriy Peskov|Dmitri Peskow;Peskow;Dmitrij Peskov
Sergei Lavrov|Russian Foreign Minister|Sergey Lavrov|Serguéi Lavrov;Serguei Lavrov;Sergueï Lavrov;Sergej Lavrov;Sergej Lawrow;Lawrow
Maria Zakharova|Russian Foreign Ministry spokeswoman|Maria Zakharova|María Zajárova;Zajárova;Maria Sacharowa;Marija Sacharowa;Sacharowa;Marija Zacharovová;Zacharovová
Dmitry Medvedev|deputy head of Russia's Security Council, President 2008-2012|Dmitri Medvedev|Dmitri Medvédev;Medvédev;Dmitri Medwedew;Medwedew;Dmitrij Medveděv;Medveděv;Dmitrij Medvedev
Mikhail Mishustin|Prime Minister of Russia from 2020|Mikhail Mishustin|Mijaíl Mishustin;Mikhaïl Michoustine;Michoustine;Michail Mischustin;Mischustin;Michail Mišustin;Mišustin
Sergei Shoigu|Secretary of Russia's Security Council, Defence Minister 2012-2024|Sergey Shoigu|Serguéi Shoigú;Shoigú;Sergueï Choïgou;Choïgou;Sergej Schoigu;Schoigu;Sergej Šojgu;Šojgu
Andrei Belousov|Russian Defence Minister from 2024|Andrey Belousov|Andréi Belousov;Andreï Belooussov;Belooussov;Andrej Beloussow;Beloussow;Andrej Belousov
Valery Gerasimov|Chief of Russia's General Staff|Valeri Gerasimov;Valery Gerasimov|Valeri Guerásimov;Guerásimov;Valeri Guerassimov;Guerassimov;Waleri Gerassimow;Gerassimow;Valerij Gerasimov
Yevgeny Prigozhin|head of the Wagner Group, died 2023|Yevgeny Prigozhin;Evgeny Prigozhin|Yevgueni Prigozhin;Evgueni Prigojine;Prigojine;Jewgeni Prigoschin;Prigoschin;Jevgenij Prigožin;Prigožin;Evgenij Prigozhin
Alexei Navalny|Russian opposition leader, died 2024|Alexei Navalny;Aleksei Navalny|Alexéi Navalni;Navalni;Alexeï Navalny;Alexej Nawalny;Nawalny;Alexej Navalnyj;Navalnyj;Aleksej Navalny
Yulia Navalnaya|Russian opposition figure, widow of Alexei Navalny|Yulia Navalnaya|Yulia Navalnaia;Ioulia Navalnaïa;Julia Nawalnaja;Nawalnaja;Julija Navalná;Julija Navalnaja
Ramzan Kadyrov|head of Chechnya||Ramzán Kadírov;Kadírov;Ramzan Kadyrow;Kadyrow
Elvira Nabiullina|Governor of the Central Bank of Russia||Elvira Nabiúllina;Elwira Nabiullina;Elvira Nabiullinová;Nabiullinová
Vasily Nebenzya|Russian ambassador to the UN|Vassily Nebenzia;Vasily Nebenzia|Vasili Nebenzia;Vassili Nebenzia;Wassili Nebensja;Nebensja;Vasilij Něbenzja
Sergei Ryabkov|Russian Deputy Foreign Minister|Sergey Ryabkov|Serguéi Riabkov;Sergueï Riabkov;Sergej Rjabkow;Rjabkow;Sergej Rjabkov
Yuri Ushakov|Kremlin foreign policy adviser|Yury Ushakov|Yuri Ushakov;Iouri Ouchakov;Ouchakov;Juri Uschakow;Uschakow;Jurij Ušakov;Ušakov
Kirill Dmitriev|head of the Russian Direct Investment Fund, Kremlin envoy||Kiril Dmítriev;Kirill Dmitrijew;Dmitrijew;Kirill Dmitrijev
Vladimir Medinsky|Kremlin aide, Russian negotiator||Vladímir Medinski;Wladimir Medinski;Vladimir Medinski;Vladimir Medinskij
Valentina Matviyenko|Chair of Russia's Federation Council|Valentina Matvienko|Valentina Matwijenko;Valentina Matvijenková
Vyacheslav Volodin|Chairman of the Russian State Duma||Viacheslav Volodin;Wjatscheslaw Wolodin;Wolodin;Vjačeslav Volodin
Sergei Sobyanin|Mayor of Moscow|Sergey Sobyanin|Serguéi Sobianin;Sergueï Sobianine;Sobianine;Sergej Sobjanin;Sobjanin
Patriarch Kirill|Patriarch of Moscow||Patriarca Kiril;Patriarche Kirill;Patriarch Kyrill;Kyrill;Patriarcha Kirill
Nikolai Patrushev|Russian presidential aide, Security Council secretary 2008-2024|Nikolay Patrushev|Nikolái Pátrushev;Nikolaï Patrouchev;Patrouchev;Nikolai Patruschew;Patruschew;Nikolaj Patrušev;Patrušev
Sergei Naryshkin|Director of Russia's Foreign Intelligence Service|Sergey Naryshkin|Serguéi Narishkin;Sergueï Narychkine;Narychkine;Sergej Naryschkin;Naryschkin;Sergej Naryškin
Roman Abramovich|Russian billionaire, Chelsea owner 2003-2022||Román Abramóvich;Abramóvich;Roman Abramowitsch;Abramowitsch;Roman Abramovič;Abramovič
Mikhail Gorbachev|Soviet leader 1985-1991, died 2022|Mikhail Gorbachev|Mijaíl Gorbachov;Gorbachov;Mikhaïl Gorbatchev;Gorbatchev;Michail Gorbaciov;Gorbaciov;Michail Gorbatschow;Gorbatschow;Michail Gorbačov;Gorbačov
Boris Yeltsin|President of Russia 1991-1999||Borís Yeltsin;Boris Eltsine;Eltsine;Boris Eltsin;Boris Jelzin;Jelzin;Boris Jelcin;Jelcin
Sergei Skripal|former Russian spy poisoned in Salisbury 2018|Sergei Skripal|Serguéi Skripal;Sergueï Skripal;Sergej Skripal
Vladimir Kara-Murza|Russian opposition politician||Vladímir Kara-Murza;Wladimir Kara-Mursa;Kara-Mursa
Evan Gershkovich|US journalist jailed in Russia 2023-2024||Evan Gerškovič
Volodymyr Zelensky|President of Ukraine from 2019|Volodymyr Zelenskyy;Volodymyr Zelenskiy;Zelenskyy;Zelenskiy|Volodímir Zelenski;Volodimir Zelenski;Zelenski;Wolodymyr Selenskyj;Selenskyj;Volodymyr Zelenskyj;Zelenskyj;Volodymyr Zelensky
Olena Zelenska|First Lady of Ukraine|Olena Zelenska|Olena Selenska;Selenska;Olena Zelenská;Zelenská
Dmytro Kuleba|Ukrainian Foreign Minister 2020-2024|Dmitry Kuleba|Dmitro Kuleba
Andrii Sybiha|Ukrainian Foreign Minister from 2024|Andriy Sybiha;Andrii Sybiga|Andrí Sibiga;Andrij Sybiha;Andriï Sybiha
Denys Shmyhal|Prime Minister of Ukraine 2020-2025, Defence Minister from 2025|Denys Shmygal|Denís Shmigal;Denys Chmyhal;Denys Schmyhal;Schmyhal;Denys Šmyhal;Šmyhal
Yulia Svyrydenko|Prime Minister of Ukraine from 2025|Yuliia Svyrydenko|Yulia Sviridenko;Ioulia Svyrydenko;Julija Swyrydenko;Swyrydenko;Julija Svyrydenková;Svyrydenková
Andriy Yermak|head of Ukraine's presidential office 2020-2025|Andrii Yermak;Andriy Yermak|Andrí Yermak;Andriï Iermak;Iermak;Andrij Jermak;Jermak
Rustem Umerov|Ukrainian Defence Minister 2023-2025, Security Council secretary||Rustem Umérov;Roustem Oumerov;Oumerov;Rustem Umjerow;Umjerow
Oleksii Reznikov|Ukrainian Defence Minister 2021-2023|Oleksiy Reznikov|Oleksi Réznikov;Oleksiï Reznikov;Olexij Resnikow;Resnikow;Oleksij Reznikov
Valerii Zaluzhnyi|Commander-in-Chief of Ukraine's armed forces 2021-2024, ambassador to the UK|Valery Zaluzhny;Valeriy Zaluzhnyi;Valerii Zaluzhny|Valeri Zaluzhni;Zaluzhni;Valeri Zaloujny;Zaloujny;Walerij Saluschnyj;Saluschnyj;Valerij Zalužnyj;Zalužnyj
Oleksandr Syrskyi|Commander-in-Chief of Ukraine's armed forces from 2024|Oleksandr Syrsky|Oleksandr Sirski;Sirski;Olexander Syrskyj;Oleksandr Syrskyj;Syrskyj
Kyrylo Budanov|head of Ukraine's military intelligence (HUR)|Kyrylo Budanov|Kirilo Budánov;Budánov;Kyrylo Boudanov;Boudanov;Kyrylo Budanow;Budanow
Vitali Klitschko|Mayor of Kyiv|Vitaliy Klitschko|Vitali Klitschkó;Vitalij Kličko;Kličko
Wladimir Klitschko|Ukrainian boxer|Volodymyr Klitschko|Vladimir Klitschko;Vladimir Kličko
Petro Poroshenko|President of Ukraine 2014-2019||Petró Poroshenko;Petro Porochenko;Porochenko;Petro Poroschenko;Poroschenko;Petro Porošenko;Porošenko
Yulia Tymoshenko|Prime Minister of Ukraine 2005, 2007-2010|Yulia Tymoshenko|Yulia Timoshenko;Timoshenko;Ioulia Timochenko;Timochenko;Julija Tymoschenko;Julija Timoschenko;Timoschenko;Julija Tymošenková;Tymošenková
Viktor Yanukovych|President of Ukraine 2010-2014|Viktor Yanukovich|Víktor Yanukóvich;Yanukóvich;Viktor Ianoukovitch;Ianoukovitch;Wiktor Janukowytsch;Janukowytsch;Viktor Janukovyč;Janukovyč
Mykhailo Podolyak|adviser to Ukraine's presidential office|Mykhailo Podoliak|Mijailo Podoliak;Mykhaïlo Podoliak;Mychajlo Podoljak;Podoljak
Dmytro Lubinets|Ukrainian parliamentary human rights commissioner||Dmitro Lubinets;Dmytro Lubinez
Ruslan Stefanchuk|Speaker of Ukraine's Verkhovna Rada||Ruslan Stefantschuk;Ruslan Stefančuk
Ihor Klymenko|Ukrainian Interior Minister|Igor Klymenko|Ihor Klymenko
Alexander Lukashenko|President of Belarus from 1994|Alyaksandr Lukashenka;Aleksandr Lukashenko|Alexandr Lukashenko;Aleksandr Lukashenko;Alexandre Loukachenko;Loukachenko;Alexander Lukaschenko;Lukaschenko;Alexandr Lukašenko;Lukašenko
Sviatlana Tsikhanouskaya|Belarusian opposition leader|Svetlana Tikhanovskaya;Sviatlana Tsikhanouskaya|Svetlana Tijanóvskaya;Tijanóvskaya;Svetlana Tikhanovskaïa;Swetlana Tichanowskaja;Tichanowskaja;Svjatlana Cichanouská;Cichanouská
Ilham Aliyev|President of Azerbaijan||Ilham Alíyev;Ilham Aliev;Ilham Alijew;Alijew;Ilham Alijev
Nikol Pashinyan|Prime Minister of Armenia||Nikol Pashinián;Nikol Pachinian;Pachinian;Nikol Paschinjan;Paschinjan;Nikol Pašinjan;Pašinjan
Irakli Kobakhidze|Prime Minister of Georgia from 2024||Irakli Kobajidze;Irakli Kobachidse;Kobachidse;Irakli Kobachidze
Bidzina Ivanishvili|founder of Georgian Dream||Bidzina Ivanishvili;Bidsina Iwanischwili;Iwanischwili;Bidzina Ivanišvili
Salome Zourabichvili|President of Georgia 2018-2024|Salome Zurabishvili|Salomé Zurabishvili;Salome Surabischwili;Surabischwili;Salome Zurabišviliová
`,
)

// ---- People: Central and Eastern Europe, Nordics, Balkans, Ireland, Greece ----
add(
  'person',
  `
Petr Fiala|Prime Minister of Czechia 2021-2025|||Petr Violet
Andrej Babiš|Prime Minister of Czechia 2017-2021 and from 2025, ANO leader|Andrej Babis|
Petr Pavel|President of Czechia from 2023||
Miloš Zeman|President of Czechia 2013-2023|Milos Zeman|
Bohuslav Sobotka|Prime Minister of Czechia 2014-2017||
Václav Klaus|President of Czechia 2003-2013|Vaclav Klaus|
Václav Havel|President of Czechoslovakia and Czechia, died 2011|Vaclav Havel|
Jan Lipavský|Czech Foreign Minister 2021-2025|Jan Lipavsky|
Vít Rakušan|Czech Interior Minister 2021-2025, STAN leader|Vit Rakusan|
Zbyněk Stanjura|Czech Finance Minister 2021-2025|Zbynek Stanjura|
Jana Černochová|Czech Defence Minister 2021-2025|Jana Cernochova|
Markéta Pekarová Adamová|Speaker of the Czech Chamber of Deputies 2021-2025|Marketa Pekarova Adamova|
Tomio Okamura|leader of Czechia's Freedom and Direct Democracy, Speaker from 2025||
Petr Macinka|leader of Czechia's Motorists party||
Aleš Michl|Governor of the Czech National Bank|Ales Michl|
Věra Jourová|EU Commission Vice-President 2019-2024|Vera Jourova|
Jozef Síkela|EU Commissioner for International Partnerships from 2024|Jozef Sikela|
Miloš Vystrčil|President of the Czech Senate|Milos Vystrcil|
Ivan Bartoš|Czech Pirate Party leader|Ivan Bartos|
Marian Jurečka|Czech Labour Minister 2021-2025|Marian Jurecka|
Karel Havlíček|ANO deputy leader, Czech Industry Minister|Karel Havlicek|
Zdeněk Hřib|Mayor of Prague 2018-2022|Zdenek Hrib|
Viktor Orbán|Prime Minister of Hungary from 2010|Viktor Orban|
Péter Szijjártó|Hungarian Foreign Minister|Peter Szijjarto|
Péter Magyar|leader of Hungary's Tisza party|Peter Magyar|
Katalin Novák|President of Hungary 2022-2024|Katalin Novak|Katalin Nováková
Tamás Sulyok|President of Hungary from 2024|Tamas Sulyok|
Robert Fico|Prime Minister of Slovakia 2012-2018 and from 2023||
Peter Pellegrini|President of Slovakia from 2024||
Zuzana Čaputová|President of Slovakia 2019-2024|Zuzana Caputova|
Michal Šimečka|leader of Progressive Slovakia|Michal Simecka|
Igor Matovič|Prime Minister of Slovakia 2020-2021|Igor Matovic|
Eduard Heger|Prime Minister of Slovakia 2021-2023||
Andrzej Duda|President of Poland 2015-2025||
Karol Nawrocki|President of Poland from 2025||
Donald Tusk|Prime Minister of Poland from 2023, European Council President 2014-2019||
Mateusz Morawiecki|Prime Minister of Poland 2017-2023||
Jarosław Kaczyński|leader of Poland's Law and Justice party|Jaroslaw Kaczynski|
Beata Szydło|Prime Minister of Poland 2015-2017|Beata Szydlo|Beata Szydłová
Radosław Sikorski|Polish Foreign Minister from 2023|Radoslaw Sikorski;Radek Sikorski|
Rafał Trzaskowski|Mayor of Warsaw|Rafal Trzaskowski|
Władysław Kosiniak-Kamysz|Polish Defence Minister from 2023|Wladyslaw Kosiniak-Kamysz|
Szymon Hołownia|Speaker of Poland's Sejm 2023-2025|Szymon Holownia|
Adam Glapiński|President of the National Bank of Poland|Adam Glapinski|
Lech Wałęsa|President of Poland 1990-1995|Lech Walesa|
Klaus Iohannis|President of Romania 2014-2025||
Nicușor Dan|President of Romania from 2025|Nicusor Dan|
Călin Georgescu|Romanian far-right presidential candidate 2024|Calin Georgescu|
George Simion|leader of Romania's AUR||
Marcel Ciolacu|Prime Minister of Romania 2023-2025||
Maia Sandu|President of Moldova from 2020||Maia Sanduová
Rumen Radev|President of Bulgaria||
Aleksandar Vučić|President of Serbia from 2017|Aleksandar Vucic|
Milorad Dodik|Bosnian Serb leader|Milorad Dodik|
Edi Rama|Prime Minister of Albania||
Andrej Plenković|Prime Minister of Croatia|Andrej Plenkovic|
Zoran Milanović|President of Croatia|Zoran Milanovic|
Robert Golob|Prime Minister of Slovenia||
Vjosa Osmani|President of Kosovo||
Albin Kurti|Prime Minister of Kosovo||
Kyriakos Mitsotakis|Prime Minister of Greece from 2019||
Alexis Tsipras|Prime Minister of Greece 2015-2019||
Yanis Varoufakis|Greek Finance Minister 2015||Yanis Varufakis;Ianis Varoufakis;Giannis Varoufakis
Nikos Christodoulides|President of Cyprus||
Gitanas Nausėda|President of Lithuania|Gitanas Nauseda|
Edgars Rinkēvičs|President of Latvia|Edgars Rinkevics|
Alar Karis|President of Estonia||
Kaja Kallas|EU High Representative for Foreign Affairs from 2024, Prime Minister of Estonia 2021-2024||Kaja Kallasová;Kallasová
Sanna Marin|Prime Minister of Finland 2019-2023||Sanna Marinová;Marinová
Sauli Niinistö|President of Finland 2012-2024|Sauli Niinisto|
Alexander Stubb|President of Finland from 2024||
Petteri Orpo|Prime Minister of Finland from 2023||
Mette Frederiksen|Prime Minister of Denmark from 2019||Mette Frederiksenová;Frederiksenová
Lars Løkke Rasmussen|Danish Foreign Minister|Lars Lokke Rasmussen|
King Frederik X|King of Denmark from 2024|Frederik X|Federico X;Frederico X;Frédéric X;Friedrich X
Ulf Kristersson|Prime Minister of Sweden from 2022||
Magdalena Andersson|Prime Minister of Sweden 2021-2022||Magdalena Anderssonová
Jonas Gahr Støre|Prime Minister of Norway from 2021|Jonas Gahr Store|
Erna Solberg|Prime Minister of Norway 2013-2021||Erna Solbergová
Jens Stoltenberg|NATO Secretary General 2014-2024, Norwegian Finance Minister||
Micheál Martin|Taoiseach of Ireland|Micheal Martin|
Leo Varadkar|Taoiseach of Ireland 2017-2020 and 2022-2024||
Simon Harris|Taoiseach of Ireland 2024-2025||
Mary Lou McDonald|President of Sinn Féin||
Catherine Connolly|President of Ireland from 2025||Catherine Connollyová
Michael D. Higgins|President of Ireland 2011-2025|Michael D Higgins|
Robert Abela|Prime Minister of Malta||
Kristrún Frostadóttir|Prime Minister of Iceland from 2024|Kristrun Frostadottir|
`,
)

// ---- People: Middle East, Africa ----
add(
  'person',
  `
Benjamin Netanyahu|Prime Minister of Israel|Bibi Netanyahu|Benjamín Netanyahu;Benjamin Netanjahu;Netanjahu;Benjamin Netanyahou;Netanyahou
Isaac Herzog|President of Israel from 2021|Yitzhak Herzog|Isaac Herzog
Naftali Bennett|Prime Minister of Israel 2021-2022||
Yair Lapid|Prime Minister of Israel 2022, opposition leader||Jair Lapid
Benny Gantz|Israeli centrist leader, Defence Minister 2020-2022||Beni Gantz
Yoav Gallant|Israeli Defence Minister 2022-2024||Joav Gallant;Joav Galant;Yoav Galant
Israel Katz|Israeli Defence Minister from 2024||
Itamar Ben-Gvir|Israeli National Security Minister|Itamar Ben Gvir|
Bezalel Smotrich|Israeli Finance Minister||Becalel Smotrič
Gideon Saar|Israeli Foreign Minister|Gideon Sa'ar|
Ron Dermer|Israeli Strategic Affairs Minister||
Yahya Sinwar|Hamas leader in Gaza, killed 2024||Yahia Sinwar;Yahya Sinouar;Jahja Sinwar;Jahja al-Sinwar;Jahjá Sinvár;Sinvár
Ismail Haniyeh|Hamas political leader, killed 2024|Ismail Haniya|Ismail Haniye;Ismaïl Haniyeh;Ismail Hanija;Hanija;Ismáíl Haníja;Haníja
Mohammed Deif|commander of Hamas's armed wing, killed 2024|Mohammed Dief|Mohamed Deif;Mohammed Daif
Khalil al-Hayya|Hamas leader in exile|Khalil al-Hayyah|Jalil al Hayya;Khalil al-Hayya;Chalil al-Haja
Hassan Nasrallah|Hezbollah leader, killed 2024||Hasán Nasralá;Nasralá;Hasan Nasralláh;Nasralláh
Naim Qassem|Hezbollah leader from 2024|Naim Kassem|Naim Qasem;Naïm Qassem;Naim Kassem;Naím Kásim
Mahmoud Abbas|President of the Palestinian Authority||Mahmud Abás;Abás;Mahmud Abbas;Mahmúd Abbás
Ali Khamenei|Supreme Leader of Iran|Ayatollah Ali Khamenei|Alí Jamenei;Jamenei;Ali Chamenei;Chamenei;Alí Chameneí;Chameneí;Ali Khamenei;Alì Khamenei
Ebrahim Raisi|President of Iran 2021-2024, died 2024||Ebrahim Raisí;Ebrahim Raïssi;Raïssi;Ebráhím Raísí;Raísí
Hassan Rouhani|President of Iran 2013-2021|Hassan Rohani|Hasán Rohaní;Rohaní;Hassan Ruhani;Hasan Rúhání;Rúhání
Masoud Pezeshkian|President of Iran from 2024||Masud Pezeshkian;Massoud Pezeshkian;Massud Peseschkian;Peseschkian;Masúd Pezeškján;Pezeškján
Abbas Araghchi|Iranian Foreign Minister from 2024|Abbas Araqchi|Abás Araqchí;Araqchí;Abbas Araghtschi;Araghtschi;Abbás Arakčí;Arakčí
Mohammad Javad Zarif|Iranian Foreign Minister 2013-2021|Javad Zarif|Mohamad Yavad Zarif;Yavad Zarif;Mohammed Dschawad Sarif;Sarif;Mohammad Džavád Zaríf
Hossein Amir-Abdollahian|Iranian Foreign Minister 2021-2024||Hosein Amir Abdolahian;Hossein Amir-Abdollahian;Hossein Amir Abdollahian
Qasem Soleimani|Iranian Quds Force commander, killed 2020|Qassem Soleimani|Qasem Soleimaní;Ghassem Soleimani;Kassem Soleimani;Kásim Sulejmání;Sulejmání
Narges Mohammadi|Iranian activist, Nobel Peace Prize 2023||Narges Mohammadiová
Mahsa Amini|Iranian woman who died in police custody 2022||Mahsa Aminiová;Mahsá Amíníová
Bashar al-Assad|President of Syria 2000-2024|Bashar Assad;Assad|Bashar al Asad;Bachar al-Assad;Baschar al-Assad;Bašár Asad;Bašár al-Asad;Bachar el-Assad
Ahmed al-Sharaa|President of Syria from 2025|Ahmad al-Sharaa;Abu Mohammed al-Jolani;Abu Mohammad al-Julani|Ahmed al Sharaa;Ahmed al-Charaa;Ahmed al-Chareh;Ahmed al-Scharaa;Ahmad aš-Šara;Abu Mohamed al Jolani;Abou Mohammed al-Joulani;Abu Mohammed al-Dscholani
Mohammed bin Salman|Crown Prince and Prime Minister of Saudi Arabia|MBS;Mohammad bin Salman|Mohamed bin Salmán;Mohammed ben Salmane;Mohammed bin Salmane;Muhammad bin Salmán;Mohamed bin Salman
King Salman|King of Saudi Arabia|Salman bin Abdulaziz|Rey Salmán;Roi Salmane;König Salman;Salmán bin Abdulaziz
Mohamed bin Zayed|President of the United Arab Emirates|Mohammed bin Zayed;MBZ|Mohamed bin Zayed;Mohammed ben Zayed;Muhammad bin Zájid
Tamim bin Hamad Al Thani|Emir of Qatar|Sheikh Tamim|Tamim bin Hamad al Thani;Tamim ben Hamad Al-Thani;Tamím bin Hamad Sání
Recep Tayyip Erdoğan|President of Turkey|Recep Tayyip Erdogan;Erdogan|Erdoğan
Hakan Fidan|Turkish Foreign Minister from 2023||
Ekrem İmamoğlu|Mayor of Istanbul, jailed 2025|Ekrem Imamoglu|
Özgür Özel|leader of Turkey's CHP|Ozgur Ozel|
Kemal Kılıçdaroğlu|leader of Turkey's CHP 2010-2023|Kemal Kilicdaroglu|
Abdel Fattah al-Sisi|President of Egypt|Abdel Fattah el-Sisi;Sisi;el-Sisi;al-Sisi|Abdelfatah al Sisi;Al Sisi;Abdel Fattah al-Sissi;Sissi;Abdal Fattáh Sísí;Sísí
King Abdullah II|King of Jordan|Abdullah II|Abdalá II;Rey Abdalá II;Abdallah II;Roi Abdallah II;Abdalláh II
Mohammed VI|King of Morocco|King Mohammed VI|Mohamed VI;Rey Mohamed VI;Muhammad VI
Abdelmadjid Tebboune|President of Algeria||Abdelmayid Tebún;Abdelmadjid Tebún;Abdalmadžíd Tabbún
Kais Saied|President of Tunisia|Kaïs Saïed;Kais Saïed|Kais Said;Kaïs Saïd;Kajs Saíd
Khalifa Haftar|Libyan military commander||Jalifa Haftar;Chalifa Haftar
Muammar Gaddafi|leader of Libya 1969-2011|Moammar Gadhafi;Muammar Qaddafi|Muamar el Gadafi;Gadafi;Muammar Kadafi;Mouammar Kadhafi;Kadhafi;Muammar Gheddafi;Gheddafi;Muammar al-Gaddafi;Muammar Kaddáfí;Kaddáfí
Osama bin Laden|al-Qaeda founder, killed 2011||Osama bin Laden;Oussama ben Laden;Usáma bin Ládin;Bin Ládin
Abu Bakr al-Baghdadi|Islamic State leader, killed 2019||Abu Bakr al Bagdadi;Abou Bakr al-Baghdadi;Abú Bakr al-Bagdádí
Abdel Fattah al-Burhan|head of Sudan's army and Sovereignty Council|Abdel Fattah Burhan|Abdelfatah al Burhan;Abdel Fattah al-Burhane;Abdal Fattáh Burhán
Mohamed Hamdan Dagalo|commander of Sudan's Rapid Support Forces|Hemedti;Mohamed Hamdan Daglo|Mohamed Hamdan Daglo;Hemetti;Mohammed Hamdan Daglo
Abiy Ahmed|Prime Minister of Ethiopia||Abiy Ahmed Ali
Cyril Ramaphosa|President of South Africa from 2018||
Jacob Zuma|President of South Africa 2009-2018||
Julius Malema|leader of South Africa's Economic Freedom Fighters||
Bola Tinubu|President of Nigeria from 2023||
Muhammadu Buhari|President of Nigeria 2015-2023, died 2025||
William Ruto|President of Kenya from 2022||
Paul Kagame|President of Rwanda||
Félix Tshisekedi|President of the DR Congo|Felix Tshisekedi|
Yoweri Museveni|President of Uganda||
Emmerson Mnangagwa|President of Zimbabwe||
Samia Suluhu Hassan|President of Tanzania||
Bassirou Diomaye Faye|President of Senegal from 2024||
Ousmane Sonko|Prime Minister of Senegal||
Macky Sall|President of Senegal 2012-2024||
Alassane Ouattara|President of Ivory Coast||
Assimi Goïta|leader of Mali's junta|Assimi Goita|
Ibrahim Traoré|leader of Burkina Faso's junta|Ibrahim Traore|
Abdourahamane Tiani|leader of Niger's junta|Abdourahamane Tchiani|
Mohamed Bazoum|President of Niger 2021-2023||
Paul Biya|President of Cameroon||
Brice Oligui Nguema|President of Gabon||
Mahamat Idriss Déby|President of Chad|Mahamat Deby|
Nelson Mandela|President of South Africa 1994-1999, died 2013||
`,
)

// ---- People: Asia ----
add(
  'person',
  `
Xi Jinping|President of China||Si Ťin-pching
Li Qiang|Premier of China from 2023||Li Čchiang
Li Keqiang|Premier of China 2013-2023, died 2023||Li Kche-čchiang
Wang Yi|Chinese Foreign Minister||Wang I
Qin Gang|Chinese Foreign Minister 2022-2023||Čchin Kang
Dong Jun|Chinese Defence Minister from 2023||Tung Ťün
Pan Gongsheng|Governor of the People's Bank of China from 2023||
Yi Gang|Governor of the People's Bank of China 2018-2023||
Mao Ning|Chinese Foreign Ministry spokeswoman||
Lin Jian|Chinese Foreign Ministry spokesman||
Wang Wenbin|Chinese Foreign Ministry spokesman 2020-2024||
Zhao Lijian|Chinese Foreign Ministry spokesman 2020-2023||
Hua Chunying|Chinese Foreign Ministry spokeswoman, vice minister||
Jack Ma|founder of Alibaba||
Tsai Ing-wen|President of Taiwan 2016-2024||Tsai Ing-wenová;Cchaj Jing-wen
Lai Ching-te|President of Taiwan from 2024|William Lai|Laj Čching-te
Kim Jong Un|leader of North Korea|Kim Jong-un|Kim Čong-un;Kim Čong Un
Kim Yo Jong|sister of Kim Jong Un|Kim Yo-jong|Kim Jo-čong;Kim Jo-čongová
Moon Jae-in|President of South Korea 2017-2022|Moon Jae In|Mun Če-in
Yoon Suk Yeol|President of South Korea 2022-2025|Yoon Suk-yeol|Jun Sok-jol
Lee Jae-myung|President of South Korea from 2025|Lee Jae Myung|I Če-mjong
Shinzo Abe|Prime Minister of Japan 2012-2020, killed 2022|Shinzō Abe|Šinzó Abe
Yoshihide Suga|Prime Minister of Japan 2020-2021||Jošihide Suga
Fumio Kishida|Prime Minister of Japan 2021-2024||Fumio Kišida;Kišida
Shigeru Ishiba|Prime Minister of Japan 2024-2025||Šigeru Išiba;Išiba
Sanae Takaichi|Prime Minister of Japan from 2025||Sanae Takaičiová;Takaičiová;Sanae Takaiči
Emperor Naruhito|Emperor of Japan from 2019|Naruhito|Emperador Naruhito;Imperador Naruhito;Empereur Naruhito;Imperatore Naruhito;Kaiser Naruhito;Císař Naruhito
Kazuo Ueda|Governor of the Bank of Japan from 2023||
Haruhiko Kuroda|Governor of the Bank of Japan 2013-2023||
Narendra Modi|Prime Minister of India from 2014||Naréndra Módí
Rahul Gandhi|Indian opposition leader, Congress party||Ráhul Gándhí
Subrahmanyam Jaishankar|Indian Foreign Minister|S. Jaishankar|
Nirmala Sitharaman|Indian Finance Minister||
Shehbaz Sharif|Prime Minister of Pakistan|Shahbaz Sharif|Šahbáz Šaríf
Imran Khan|Prime Minister of Pakistan 2018-2022||Imran Jan;Imrán Chán
Asim Munir|Chief of Pakistan's army||
Hibatullah Akhundzada|supreme leader of the Taliban||Hibatulá Ajundzada;Hibatullah Achundsada
Zabihullah Mujahid|Taliban spokesman||Zabihulá Muyahid;Sabihullah Mudschahid
Ashraf Ghani|President of Afghanistan 2014-2021||
Aung San Suu Kyi|Myanmar democracy leader||Aun Schan Su Ťij
Min Aung Hlaing|head of Myanmar's junta||
Rodrigo Duterte|President of the Philippines 2016-2022||
Ferdinand Marcos Jr.|President of the Philippines from 2022|Bongbong Marcos;Ferdinand Marcos Jr|
Sara Duterte|Vice President of the Philippines||
Joko Widodo|President of Indonesia 2014-2024|Jokowi|
Prabowo Subianto|President of Indonesia from 2024|Prabowo|
Anwar Ibrahim|Prime Minister of Malaysia||
Lawrence Wong|Prime Minister of Singapore from 2024||
Lee Hsien Loong|Prime Minister of Singapore 2004-2024||
Hun Manet|Prime Minister of Cambodia||
Hun Sen|Prime Minister of Cambodia 1985-2023||
Sheikh Hasina|Prime Minister of Bangladesh 2009-2024||Šajch Hasína
Muhammad Yunus|Chief Adviser of Bangladesh's interim government||
Paetongtarn Shinawatra|Prime Minister of Thailand 2024-2025||
Thaksin Shinawatra|Prime Minister of Thailand 2001-2006||
Kassym-Jomart Tokayev|President of Kazakhstan||Kasim-Yomart Tokáyev;Kassym-Schomart Tokajew;Tokajew;Kasym-Žomart Tokajev
Shavkat Mirziyoyev|President of Uzbekistan||Shavkat Mirziyóyev;Schawkat Mirsijojew;Šavkat Mirzijojev
`,
)

// ---- People: international organisations and EU ----
add(
  'person',
  `
António Guterres|UN Secretary-General from 2017|Antonio Guterres|
Ban Ki-moon|UN Secretary-General 2007-2016|Ban Ki-Moon|Pan Ki-mun
Amina Mohammed|UN Deputy Secretary-General||
Stéphane Dujarric|spokesman for the UN Secretary-General|Stephane Dujarric|
Volker Türk|UN High Commissioner for Human Rights from 2022|Volker Turk|
Filippo Grandi|UN High Commissioner for Refugees 2016-2025||
Tom Fletcher|UN humanitarian chief from 2024||
Martin Griffiths|UN humanitarian chief 2021-2024||
Rafael Grossi|Director General of the IAEA|Rafael Mariano Grossi|
Tedros Adhanom Ghebreyesus|Director-General of the WHO|Tedros Adhanom;Tedros|
Kristalina Georgieva|Managing Director of the IMF from 2019||Kristalina Georgievová;Georgievová;Kristalina Georgiewa
Christine Lagarde|President of the European Central Bank from 2019, IMF chief 2011-2019||Christine Lagardeová;Lagardeová
Gita Gopinath|IMF First Deputy Managing Director 2022-2025||Gita Gopinathová
Ajay Banga|President of the World Bank from 2023||
David Malpass|President of the World Bank 2019-2023||
Ngozi Okonjo-Iweala|Director-General of the WTO from 2021||
Mathias Cormann|Secretary-General of the OECD||
Karim Khan|Prosecutor of the International Criminal Court||
Fatou Bensouda|Prosecutor of the International Criminal Court 2012-2021||
Philippe Lazzarini|head of UNRWA||
Francesca Albanese|UN Special Rapporteur on the Palestinian territories||Francesca Albaneseová
Simon Stiell|UN climate chief||
Catherine Russell|Executive Director of UNICEF||
Cindy McCain|Executive Director of the World Food Programme 2023-2025||
Ursula von der Leyen|President of the European Commission from 2019||Ursula von der Leyenová;von der Leyenová
Charles Michel|President of the European Council 2019-2024, Prime Minister of Belgium 2014-2019||
Jean-Claude Juncker|President of the European Commission 2014-2019||
Josep Borrell|EU High Representative for Foreign Affairs 2019-2024|Josep Borrell Fontelles|José Borrell;Joseph Borrell
Federica Mogherini|EU High Representative for Foreign Affairs 2014-2019||Federica Mogheriniová
Roberta Metsola|President of the European Parliament from 2022||Roberta Metsolová;Metsolová;Roberta Metsolaová
David Sassoli|President of the European Parliament 2019-2022, died 2022||
Valdis Dombrovskis|EU Commissioner for Economy||
Margrethe Vestager|EU Competition Commissioner 2014-2024||Margrethe Vestagerová;Vestagerová
Maroš Šefčovič|EU Trade Commissioner|Maros Sefcovic|
Henna Virkkunen|EU Commission Executive Vice-President for Tech Sovereignty||Henna Virkkunenová
Dubravka Šuica|EU Commissioner for the Mediterranean|Dubravka Suica|
Ylva Johansson|EU Home Affairs Commissioner 2019-2024||Ylva Johanssonová
Didier Reynders|EU Justice Commissioner 2019-2024||
Olivér Várhelyi|EU Health Commissioner|Oliver Varhelyi|
Marta Kos|EU Enlargement Commissioner from 2024||Marta Kosová
Andrius Kubilius|EU Defence Commissioner from 2024||
Magnus Brunner|EU Migration Commissioner from 2024||
Wopke Hoekstra|EU Climate Commissioner||
Raffaele Fitto|EU Commission Executive Vice-President for Cohesion||
Luis de Guindos|Vice-President of the European Central Bank||
Philip Lane|Chief Economist of the European Central Bank||
Isabel Schnabel|Member of the ECB Executive Board||Isabel Schnabelová
Piero Cipollone|Member of the ECB Executive Board||
Werner Hoyer|President of the European Investment Bank 2012-2023||
Pierre Gramegna|Managing Director of the European Stability Mechanism||
Paschal Donohoe|Eurogroup President 2020-2025||
Iratxe García|leader of the Socialists and Democrats in the European Parliament|Iratxe Garcia|
Valérie Hayer|leader of Renew Europe|Valerie Hayer|
Peter Stano|EU foreign affairs spokesman||
Eric Mamer|European Commission chief spokesman 2019-2024||
`,
)

// ---- People: royals ----
add(
  'person',
  `
King Charles III|King of the United Kingdom from 2022|Charles III;King Charles;Prince Charles|Carlos III;Rey Carlos III;Rei Carlos III;Carlo III;Re Carlo III;Karel III;Král Karel III;Príncipe Carlos;Principe Carlo
Queen Camilla|Queen of the United Kingdom from 2022|Camilla Parker Bowles;Camilla|Reina Camila;Rainha Camilla;Regina Camilla;Camila Parker Bowles;Královna Camilla
Queen Elizabeth II|Queen of the United Kingdom 1952-2022|Elizabeth II|Isabel II;Reina Isabel II;Rainha Isabel II;Élisabeth II;Reine Élisabeth II;Elisabetta II;Regina Elisabetta II;Königin Elisabeth II;Alžběta II;Královna Alžběta II
Prince William|Prince of Wales, heir to the British throne|William, Prince of Wales|Príncipe Guillermo;Guillermo de Inglaterra;Príncipe Guilherme;Prinz William;Princ William
Catherine, Princess of Wales|Princess of Wales|Kate Middleton;Princess Kate;Kate, Princess of Wales;Catherine Middleton|Kate Middletonová;Princesa Catalina;Princezna Kate
Prince Harry|Duke of Sussex|Harry, Duke of Sussex|Príncipe Enrique;Príncipe Harry;Principe Harry;Prinz Harry;Princ Harry
Meghan Markle|Duchess of Sussex|Meghan, Duchess of Sussex|Meghan Markleová;Markleová
Prince Andrew|brother of King Charles III|Andrew Mountbatten-Windsor|Príncipe Andrés;Príncipe André;Principe Andrea;Prinz Andrew;Princ Andrew
Prince Philip|Duke of Edinburgh, died 2021|Duke of Edinburgh|Felipe de Edimburgo;Príncipe Felipe de Edimburgo;Filipe de Edimburgo;Principe Filippo;Prinz Philip;Princ Philip
Prince Albert II|Prince of Monaco|Albert II of Monaco|Alberto II de Mónaco;Alberto de Mónaco;Alberto II di Monaco;Albert II. von Monaco
`,
)

// ---- People: sport ----
add(
  'person',
  `
Lionel Messi|Argentine footballer|Leo Messi|
Cristiano Ronaldo|Portuguese footballer|CR7|
Neymar|Brazilian footballer|Neymar Jr;Neymar Jr.;Neymar da Silva Santos Júnior|
Kylian Mbappé|French footballer|Kylian Mbappe;Mbappe|
Erling Haaland|Norwegian footballer|Erling Braut Haaland|
Vinícius Júnior|Brazilian footballer|Vinicius Junior;Vinícius Jr.;Vinicius Jr;Vini Jr.;Vini Jr;Vinícius|
Rodrygo|Brazilian footballer|Rodrygo Goes|
Jude Bellingham|English footballer||
Luka Modrić|Croatian footballer|Luka Modric|
Karim Benzema|French footballer||
Robert Lewandowski|Polish footballer||
Mohamed Salah|Egyptian footballer|Mo Salah|Mohammed Salah
Harry Kane|English footballer||
Kevin De Bruyne|Belgian footballer||
Antoine Griezmann|French footballer||
Lamine Yamal|Spanish footballer||
Pedri|Spanish footballer|Pedro González López|
Gavi|Spanish footballer|Pablo Gavira|
Raphinha|Brazilian footballer||
Luis Suárez|Uruguayan footballer|Luis Suarez|
Sergio Ramos|Spanish footballer||
Andrés Iniesta|Spanish footballer|Andres Iniesta|
Xavi Hernández|Spanish footballer and coach|Xavi;Xavi Hernandez|
Gerard Piqué|Spanish footballer|Gerard Pique|
Sergio Busquets|Spanish footballer||
Iker Casillas|Spanish goalkeeper||
Fernando Torres|Spanish footballer||
Rodri|Spanish footballer|Rodrigo Hernández|
Dani Carvajal|Spanish footballer||
Álvaro Morata|Spanish footballer|Alvaro Morata|
Nico Williams|Spanish footballer||
Dani Olmo|Spanish footballer||
Marc-André ter Stegen|German goalkeeper|Marc-Andre ter Stegen|
Thibaut Courtois|Belgian goalkeeper||
Toni Kroos|German footballer||
Thomas Müller|German footballer|Thomas Mueller|
Manuel Neuer|German goalkeeper||
Jamal Musiala|German footballer||
Florian Wirtz|German footballer||
Joshua Kimmich|German footballer||
İlkay Gündoğan|German footballer|Ilkay Gundogan;Ilkay Gündogan|
Kai Havertz|German footballer||
Paul Pogba|French footballer||
N'Golo Kanté|French footballer|N'Golo Kante|
Ousmane Dembélé|French footballer, Ballon d'Or 2025|Ousmane Dembele|
Olivier Giroud|French footballer||
Zinedine Zidane|French coach and former footballer|Zizou|
Thierry Henry|French former footballer||
Didier Deschamps|France national team coach||
Hugo Lloris|French goalkeeper||
Aurélien Tchouaméni|French footballer|Aurelien Tchouameni|
Eduardo Camavinga|French footballer||
Federico Valverde|Uruguayan footballer|Fede Valverde|
Darwin Núñez|Uruguayan footballer|Darwin Nunez|
Edinson Cavani|Uruguayan footballer||
Ángel Di María|Argentine footballer|Angel Di Maria|
Julián Álvarez|Argentine footballer|Julian Alvarez|
Lautaro Martínez|Argentine footballer|Lautaro Martinez|
Emiliano Martínez|Argentine goalkeeper|Emi Martínez;Dibu Martínez;Emiliano Martinez|
Enzo Fernández|Argentine footballer|Enzo Fernandez|
Alexis Mac Allister|Argentine footballer||
Paulo Dybala|Argentine footballer||
Sergio Agüero|Argentine former footballer|Sergio Aguero;Kun Agüero|
Lionel Scaloni|Argentina national team coach||
Diego Maradona|Argentine footballer, died 2020|Diego Armando Maradona|
Pelé|Brazilian footballer, died 2022|Pele|
Ronaldinho|Brazilian former footballer|Ronaldinho Gaúcho|
Ronaldo Nazário|Brazilian former footballer|Ronaldo Nazario|
Kaká|Brazilian former footballer|Kaka|
Casemiro|Brazilian footballer||
Alisson Becker|Brazilian goalkeeper|Alisson|
Marquinhos|Brazilian footballer||
Thiago Silva|Brazilian footballer||
Gabriel Jesus|Brazilian footballer||
Richarlison|Brazilian footballer||
Endrick|Brazilian footballer||
Dani Alves|Brazilian former footballer|Daniel Alves|
Dorival Júnior|Brazilian coach|Dorival Junior|
Tite|Brazilian coach|Adenor Leonardo Bacchi|
Bruno Fernandes|Portuguese footballer||
Bernardo Silva|Portuguese footballer||
João Félix|Portuguese footballer|Joao Felix|
Rafael Leão|Portuguese footballer|Rafael Leao|
Rúben Dias|Portuguese footballer|Ruben Dias|
Diogo Jota|Portuguese footballer, died 2025||
Vitinha|Portuguese footballer||
Roberto Martínez|Portugal national team coach|Roberto Martinez|
José Mourinho|Portuguese coach|Jose Mourinho|
Rúben Amorim|Portuguese coach|Ruben Amorim|
Abel Ferreira|Portuguese coach of Palmeiras||
Jorge Jesus|Portuguese coach||
Francesco Totti|Italian former footballer||
Andrea Pirlo|Italian former footballer and coach||
Gianluigi Buffon|Italian goalkeeper||
Gianluigi Donnarumma|Italian goalkeeper||
Federico Chiesa|Italian footballer||
Nicolò Barella|Italian footballer|Nicolo Barella|
Sandro Tonali|Italian footballer||
Giorgio Chiellini|Italian footballer||
Mario Balotelli|Italian footballer||
Roberto Baggio|Italian former footballer||
Fabio Cannavaro|Italian former footballer and coach||
Simone Inzaghi|Italian coach||
Antonio Conte|Italian coach|||Antonio Count
Massimiliano Allegri|Italian coach||
Stefano Pioli|Italian coach||
Gian Piero Gasperini|Italian coach|Gasperini|
Maurizio Sarri|Italian coach||
Claudio Ranieri|Italian coach||
Luciano Spalletti|Italian coach||
Carlo Ancelotti|Italian coach, Brazil national team coach from 2025||
Roberto Mancini|Italian coach||
Gennaro Gattuso|Italian coach||
Thiago Motta|Italian-Brazilian coach||
Pep Guardiola|Spanish coach of Manchester City|Josep Guardiola|
Jürgen Klopp|German coach|Jurgen Klopp;Juergen Klopp|
Arne Slot|Dutch coach of Liverpool||
Mikel Arteta|Spanish coach of Arsenal||
Xabi Alonso|Spanish coach||
Luis Enrique|Spanish coach of Paris Saint-Germain||
Unai Emery|Spanish coach||
Diego Simeone|Argentine coach of Atlético Madrid|Cholo Simeone|
Luis de la Fuente|Spain national team coach||
Hansi Flick|German coach of Barcelona||
Julian Nagelsmann|Germany national team coach||
Thomas Tuchel|German coach, England national team coach from 2025||
Joachim Löw|Germany national team coach 2006-2021|Joachim Loew;Jogi Löw|
Vincent Kompany|Belgian coach of Bayern Munich||
Erik ten Hag|Dutch coach||
Ronald Koeman|Dutch coach||
Louis van Gaal|Dutch coach||
Marcelo Bielsa|Argentine coach||
Mauricio Pochettino|Argentine coach, US national team coach||
Gareth Southgate|England national team coach 2016-2024||
Enzo Maresca|Italian coach||
Luis Rubiales|President of the Spanish Football Federation 2018-2023||
Jenni Hermoso|Spanish footballer|Jennifer Hermoso|
Alexia Putellas|Spanish footballer||
Aitana Bonmatí|Spanish footballer|Aitana Bonmati|
Marta Vieira da Silva|Brazilian footballer|Marta|
Florentino Pérez|President of Real Madrid|Florentino Perez|
Joan Laporta|President of FC Barcelona||
Nasser Al-Khelaifi|President of Paris Saint-Germain|Nasser al-Khelaifi|
Aurelio De Laurentiis|President of Napoli||
Javier Tebas|President of La Liga||
Gianni Infantino|President of FIFA from 2016||
Aleksander Čeferin|President of UEFA|Aleksander Ceferin|
Sepp Blatter|President of FIFA 1998-2015||
Michel Platini|President of UEFA 2007-2015||
Achraf Hakimi|Moroccan footballer||
Victor Osimhen|Nigerian footballer||
Khvicha Kvaratskhelia|Georgian footballer|Kvaratskhelia|Jvicha Kvaratsjelia;Chwitscha Kwarazchelia
Dušan Vlahović|Serbian footballer|Dusan Vlahovic|
Romelu Lukaku|Belgian footballer||
Son Heung-min|South Korean footballer|Heung-min Son|
Virgil van Dijk|Dutch footballer||
Frenkie de Jong|Dutch footballer||
Bukayo Saka|English footballer||
Phil Foden|English footballer||
Declan Rice|English footballer||
Marcus Rashford|English footballer||
Cole Palmer|English footballer||
Trent Alexander-Arnold|English footballer||
Wayne Rooney|English former footballer||
David Beckham|English former footballer, Inter Miami co-owner||
Zlatan Ibrahimović|Swedish former footballer|Zlatan Ibrahimovic;Zlatan|
Gareth Bale|Welsh former footballer||
Eden Hazard|Belgian former footballer||
Patrik Schick|Czech footballer||
Tomáš Souček|Czech footballer|Tomas Soucek|
Rafael Nadal|Spanish tennis player|Rafa Nadal|
Novak Djokovic|Serbian tennis player|Novak Djoković|Novak Đoković;Đoković
Roger Federer|Swiss tennis player||
Carlos Alcaraz|Spanish tennis player||
Jannik Sinner|Italian tennis player||
Daniil Medvedev|Russian tennis player||Daniil Medvédev;Daniil Medwedew;Daniil Medveděv
Alexander Zverev|German tennis player|Sascha Zverev|Alexander Swerew
Stefanos Tsitsipas|Greek tennis player||
Andy Murray|British tennis player||
Casper Ruud|Norwegian tennis player||
Holger Rune|Danish tennis player||
Andrey Rublev|Russian tennis player|Andrei Rublev|Andréi Rubliov;Rubliov;Andreï Roublev;Roublev;Andrej Rubljow;Rubljow;Andrej Rubljov;Rubljov
Iga Świątek|Polish tennis player|Iga Swiatek|Iga Świąteková;Świąteková;Iga Swiateková
Aryna Sabalenka|Belarusian tennis player|Arina Sabalenka|Aryna Sabalenková;Sabalenková
Coco Gauff|US tennis player||Coco Gauffová;Gauffová
Elena Rybakina|Kazakh tennis player||Jelena Rybakinová;Rybakinová
Serena Williams|US tennis player||Serena Williamsová
Venus Williams|US tennis player||Venus Williamsová
Naomi Osaka|Japanese tennis player||Naomi Ósakaová;Naomi Osaková
Emma Raducanu|British tennis player||Emma Raducanuová
Jasmine Paolini|Italian tennis player||Jasmine Paoliniová
Paula Badosa|Spanish tennis player||Paula Badosová
Garbiñe Muguruza|Spanish tennis player|Garbine Muguruza|Garbiñe Muguruzová
Maria Sharapova|Russian tennis player||María Sharápova;Marija Scharapowa;Scharapowa;Marija Šarapovová;Šarapovová
Simona Halep|Romanian tennis player||Simona Halepová
Petra Kvitová|Czech tennis player|Petra Kvitova|
Barbora Krejčíková|Czech tennis player|Barbora Krejcikova|
Markéta Vondroušová|Czech tennis player|Marketa Vondrousova|
Karolína Muchová|Czech tennis player|Karolina Muchova|
Karolína Plíšková|Czech tennis player|Karolina Pliskova|
Linda Nosková|Czech tennis player|Linda Noskova|
Jiří Lehečka|Czech tennis player|Jiri Lehecka|
Jakub Menšík|Czech tennis player|Jakub Mensik|
João Fonseca|Brazilian tennis player|Joao Fonseca|
Max Verstappen|Dutch Formula One driver||
Lewis Hamilton|British Formula One driver||
Charles Leclerc|Monegasque Formula One driver||
Carlos Sainz|Spanish Formula One driver|Carlos Sainz Jr.;Carlos Sainz Jr|
Fernando Alonso|Spanish Formula One driver||
Lando Norris|British Formula One driver, 2025 world champion||
Oscar Piastri|Australian Formula One driver||
George Russell|British Formula One driver||
Sergio Pérez|Mexican Formula One driver|Sergio Perez;Checo Pérez;Checo Perez|
Sebastian Vettel|German former Formula One driver||
Kimi Räikkönen|Finnish former Formula One driver|Kimi Raikkonen|
Pierre Gasly|French Formula One driver||
Esteban Ocon|French Formula One driver||
Andrea Kimi Antonelli|Italian Formula One driver|Kimi Antonelli|
Gabriel Bortoleto|Brazilian Formula One driver||
Franco Colapinto|Argentine Formula One driver||
Toto Wolff|Mercedes team principal||
Christian Horner|Red Bull team principal 2005-2025||
Frédéric Vasseur|Ferrari team principal|Fred Vasseur;Frederic Vasseur|
Stefano Domenicali|Formula One CEO||
Michael Schumacher|German former Formula One driver||
Marc Márquez|Spanish MotoGP rider|Marc Marquez|
Francesco Bagnaia|Italian MotoGP rider|Pecco Bagnaia|
Jorge Martín|Spanish MotoGP rider|Jorge Martin|
Valentino Rossi|Italian former MotoGP rider||
Tadej Pogačar|Slovenian cyclist|Tadej Pogacar|
Jonas Vingegaard|Danish cyclist||
Remco Evenepoel|Belgian cyclist||
Usain Bolt|Jamaican sprinter||
Armand Duplantis|Swedish pole vaulter|Mondo Duplantis|
Simone Biles|US gymnast||Simone Bilesová
Rebeca Andrade|Brazilian gymnast||Rebeca Andradeová
Léon Marchand|French swimmer|Leon Marchand|
Michael Phelps|US swimmer||
LeBron James|US basketball player||
Stephen Curry|US basketball player||
Luka Dončić|Slovenian basketball player|Luka Doncic|
Nikola Jokić|Serbian basketball player|Nikola Jokic|
Victor Wembanyama|French basketball player||
Pau Gasol|Spanish former basketball player||
Jon Rahm|Spanish golfer||
Tiger Woods|US golfer||
Saúl Álvarez|Mexican boxer|Canelo Álvarez;Canelo Alvarez;Canelo;Saul Alvarez|
Oleksandr Usyk|Ukrainian boxer||Oleksandr Usik;Oleksandr Oussyk;Oleksandr Ussyk;Ussyk
Imane Khelif|Algerian boxer||Imane Khelifová
Mikaela Shiffrin|US skier||Mikaela Shiffrinová
Ester Ledecká|Czech skier and snowboarder|Ester Ledecka|
Jaromír Jágr|Czech ice hockey player|Jaromir Jagr|
David Pastrňák|Czech ice hockey player|David Pastrnak|
`,
)

// ---- People: culture, entertainment, business ----
add(
  'person',
  `
Taylor Swift|US singer||Taylor Swiftová;Swiftová
Beyoncé|US singer|Beyonce|
Shakira|Colombian singer||
Rosalía|Spanish singer|Rosalia|
Bad Bunny|Puerto Rican singer||
Karol G|Colombian singer||
J Balvin|Colombian singer|J. Balvin|
Maluma|Colombian singer||
Daddy Yankee|Puerto Rican singer||
Anitta|Brazilian singer||
Gilberto Gil|Brazilian musician||
Caetano Veloso|Brazilian musician||
Chico Buarque|Brazilian musician and writer||
Gisele Bündchen|Brazilian model|Gisele Bundchen|Gisele Bündchenová
Xuxa|Brazilian TV presenter|Xuxa Meneghel|
Stromae|Belgian singer||
Aya Nakamura|French singer||
Mylène Farmer|French singer|Mylene Farmer|
Johnny Hallyday|French singer, died 2017||
Céline Dion|Canadian singer|Celine Dion|Céline Dionová
Måneskin|Italian rock band|Maneskin|
Laura Pausini|Italian singer||Laura Pausiniová
Eros Ramazzotti|Italian singer||
Andrea Bocelli|Italian tenor||
Helene Fischer|German singer||Helene Fischerová
Rammstein|German rock band||
Karel Gott|Czech singer, died 2019||
Madonna|US singer||
Lady Gaga|US singer||
Rihanna|Barbadian singer||
Dua Lipa|British singer||
Ed Sheeran|British singer||
Adele|British singer||
Harry Styles|British singer||
Elton John|British musician|Sir Elton John|
Paul McCartney|British musician|Sir Paul McCartney|
Mick Jagger|British singer, Rolling Stones|Sir Mick Jagger|
Bruce Springsteen|US musician||
Bob Dylan|US musician, Nobel Prize in Literature 2016||
Kanye West|US rapper|Ye|
Kim Kardashian|US media personality||Kim Kardashianová
Sean Combs|US rapper and producer|Diddy;P. Diddy;Puff Daddy|
Mark Zuckerberg|CEO of Meta||
Jeff Bezos|founder of Amazon||
Bill Gates|co-founder of Microsoft||
Warren Buffett|CEO of Berkshire Hathaway||
Sam Altman|CEO of OpenAI||
Jensen Huang|CEO of Nvidia||
Tim Cook|CEO of Apple||
Sundar Pichai|CEO of Alphabet||
Satya Nadella|CEO of Microsoft||
Bernard Arnault|CEO of LVMH||
Amancio Ortega|founder of Inditex||
Ana Botín|Executive Chair of Banco Santander|Ana Botin|
Brad Pitt|US actor||
Angelina Jolie|US actress||Angelina Jolieová
Leonardo DiCaprio|US actor||
Tom Cruise|US actor||
Johnny Depp|US actor||
Amber Heard|US actress||Amber Heardová
Penélope Cruz|Spanish actress|Penelope Cruz|Penélope Cruzová
Javier Bardem|Spanish actor||
Antonio Banderas|Spanish actor||
Pedro Almodóvar|Spanish film director|Pedro Almodovar|
Guillermo del Toro|Mexican film director||
Alfonso Cuarón|Mexican film director|Alfonso Cuaron|
Alejandro González Iñárritu|Mexican film director|Alejandro Gonzalez Inarritu|
Salma Hayek|Mexican actress||Salma Hayeková
Jennifer Lopez|US singer and actress|J.Lo;JLo|Jennifer Lopezová
Ricky Martin|Puerto Rican singer||
Julio Iglesias|Spanish singer|||Julio Churches
Enrique Iglesias|Spanish singer|||Enrique Churches
Alejandro Sanz|Spanish singer||
Isabel Preysler|Spanish socialite||
Fernanda Torres|Brazilian actress||Fernanda Torresová
Fernanda Montenegro|Brazilian actress||
Wagner Moura|Brazilian actor||
Walter Salles|Brazilian film director||
Gérard Depardieu|French actor|Gerard Depardieu|
Catherine Deneuve|French actress||Catherine Deneuveová
Marion Cotillard|French actress||Marion Cotillardová
Omar Sy|French actor||
Juliette Binoche|French actress||Juliette Binocheová
Roman Polanski|Franco-Polish film director||
Sophia Loren|Italian actress||Sophia Lorenová
Monica Bellucci|Italian actress||Monica Bellucciová
Roberto Benigni|Italian actor and director||
Paolo Sorrentino|Italian film director||
Chiara Ferragni|Italian influencer||Chiara Ferragniová
Timothée Chalamet|US actor|Timothee Chalamet|
Greta Thunberg|Swedish climate activist||Greta Thunbergová;Thunbergová
Malala Yousafzai|Pakistani activist, Nobel Peace Prize 2014||Malala Yousafzaiová;Malála Júsufzajová
Oprah Winfrey|US TV host||Oprah Winfreyová
Harvey Weinstein|US film producer||
Gabriel García Márquez|Colombian writer, died 2014|Gabriel Garcia Marquez|
Mario Vargas Llosa|Peruvian writer, died 2025||
Annie Ernaux|French writer, Nobel Prize in Literature 2022||Annie Ernauxová
`,
)

// ---- Works whose titles machine translation renders word for word ----
add(
  'work',
  `
Racine carrée|album by Stromae (2013)|||Square Root
`,
)

// ---- Institutions: international ----
add(
  'org',
  `
European Union|supranational union|EU|Unión Europea;União Europeia;Union européenne;Unione europea;Europäische Union;Evropská unie;UE
European Commission|EU executive|Commission|Comisión Europea;Comissão Europeia;Commission européenne;Commissione europea;Europäische Kommission;EU-Kommission;Evropská komise
European Parliament|EU legislature||Parlamento Europeo;Parlamento Europeu;Parlement européen;Europäisches Parlament;EU-Parlament;Evropský parlament;Eurocámara;Europarlamento
European Council|EU heads of state or government||Consejo Europeo;Conselho Europeu;Conseil européen;Consiglio europeo;Europäischer Rat;Evropská rada
Council of the European Union|EU ministers' council|Council of the EU;EU Council|Consejo de la Unión Europea;Conselho da União Europeia;Conseil de l'Union européenne;Consiglio dell'Unione europea;Rat der Europäischen Union;Rada Evropské unie
Court of Justice of the European Union|EU court|European Court of Justice;ECJ;CJEU|Tribunal de Justicia de la Unión Europea;TJUE;Tribunal de Justiça da União Europeia;Cour de justice de l'Union européenne;CJUE;Corte di giustizia dell'Unione europea;Gerichtshof der Europäischen Union;EuGH;Soudní dvůr Evropské unie
European Court of Human Rights|court of the Council of Europe|ECHR;Strasbourg court|Tribunal Europeo de Derechos Humanos;TEDH;Tribunal Europeu dos Direitos Humanos;Cour européenne des droits de l'homme;CEDH;Corte europea dei diritti dell'uomo;Europäischer Gerichtshof für Menschenrechte;EGMR;Evropský soud pro lidská práva
European Central Bank|central bank of the euro area|ECB|Banco Central Europeo;Banque centrale européenne;Europäische Zentralbank;Banca centrale europea;Banco Central Europeu;EZB;Evropská centrální banka
European Investment Bank|EU bank|EIB|Banco Europeo de Inversiones;BEI;Banco Europeu de Investimento;Banque européenne d'investissement;Banca europea per gli investimenti;Europäische Investitionsbank;Evropská investiční banka
Eurogroup|euro-area finance ministers||Eurogrupo;Eurogroupe;Eurogruppo;Eurogruppe;Euroskupina
Council of Europe|human rights organisation||Consejo de Europa;Conselho da Europa;Conseil de l'Europe;Consiglio d'Europa;Europarat;Rada Evropy
Frontex|EU border agency||
Europol|EU police agency||
NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organization;Nato|OTAN;Organización del Tratado del Atlántico Norte;Organisation du traité de l'Atlantique nord;Organização do Tratado do Atlântico Norte;Organizzazione del Trattato dell'Atlantico del Nord;Severoatlantická aliance
United Nations|international organisation|UN;U.N.|Naciones Unidas;Nações Unidas;Nations unies;Nazioni Unite;Vereinte Nationen;Organizace spojených národů;ONU;UNO;OSN;Organización de las Naciones Unidas;Organisation des Nations unies;Organização das Nações Unidas
UN Security Council|UN body|Security Council;United Nations Security Council|Consejo de Seguridad;Conselho de Segurança;Conseil de sécurité;Consiglio di sicurezza;UN-Sicherheitsrat;Sicherheitsrat;Rada bezpečnosti OSN;Consejo de Seguridad de la ONU;Conseil de sécurité de l'ONU
UN General Assembly|UN body|General Assembly;UNGA|Asamblea General de la ONU;Asamblea General;Assembleia Geral da ONU;Assemblée générale de l'ONU;Assemblea generale dell'ONU;UN-Vollversammlung;Valné shromáždění OSN
World Health Organization|UN health agency|WHO;World Health Organisation|Organización Mundial de la Salud;Organização Mundial da Saúde;Organisation mondiale de la santé;Organizzazione mondiale della sanità;Weltgesundheitsorganisation;Světová zdravotnická organizace;OMS;SZO
International Monetary Fund|international financial institution|IMF|Fondo Monetario Internacional;Fundo Monetário Internacional;Fonds monétaire international;Fondo monetario internazionale;Internationaler Währungsfonds;Mezinárodní měnový fond;FMI;IWF
World Bank|international financial institution||Banco Mundial;Banque mondiale;Banca mondiale;Weltbank;Světová banka
World Trade Organization|international trade body|WTO;World Trade Organisation|Organización Mundial del Comercio;Organização Mundial do Comércio;Organisation mondiale du commerce;Organizzazione mondiale del commercio;Welthandelsorganisation;Světová obchodní organizace;OMC
OECD|Organisation for Economic Co-operation and Development|Organisation for Economic Co-operation and Development|OCDE;OCSE;Organización para la Cooperación y el Desarrollo Económicos;Organisation de coopération et de développement économiques
OPEC|oil exporters' cartel|OPEC+|OPEP;OPEP+;Organización de Países Exportadores de Petróleo
International Criminal Court|court in The Hague|ICC|Corte Penal Internacional;Tribunal Penal Internacional;TPI;Cour pénale internationale;Corte penale internazionale;Internationaler Strafgerichtshof;IStGH;Mezinárodní trestní soud
International Court of Justice|UN court in The Hague|ICJ;World Court|Corte Internacional de Justicia;CIJ;Tribunal Internacional de Justiça;Corte Internacional de Justiça;Cour internationale de justice;Corte internazionale di giustizia;Internationaler Gerichtshof;IGH;Mezinárodní soudní dvůr
International Atomic Energy Agency|UN nuclear watchdog|IAEA|Organismo Internacional de Energía Atómica;OIEA;Agência Internacional de Energia Atômica;AIEA;Agence internationale de l'énergie atomique;Agenzia internazionale per l'energia atomica;Internationale Atomenergiebehörde;IAEO;Mezinárodní agentura pro atomovou energii;MAAE
UNHCR|UN refugee agency|UN Refugee Agency|ACNUR;HCR;Alto Comisionado de las Naciones Unidas para los Refugiados;Haut-Commissariat des Nations unies pour les réfugiés;UNO-Flüchtlingshilfswerk;UN-Flüchtlingshilfswerk
UNICEF|UN children's agency||
UNRWA|UN agency for Palestinian refugees||
World Food Programme|UN food agency|WFP;World Food Program|Programa Mundial de Alimentos;Programa Alimentar Mundial;Programme alimentaire mondial;Programma alimentare mondiale;Welternährungsprogramm;Světový potravinový program
International Committee of the Red Cross|humanitarian organisation|ICRC;Red Cross|Comité Internacional de la Cruz Roja;CICR;Cruz Roja;Cruz Vermelha;Comité international de la Croix-Rouge;Croix-Rouge;Croce Rossa;Comitato internazionale della Croce Rossa;Internationales Komitee vom Roten Kreuz;IKRK;Rotes Kreuz;Červený kříž;Mezinárodní výbor Červeného kříže
Amnesty International|human rights organisation|Amnesty|Amnistía Internacional;Anistia Internacional;Amnistia Internacional;Amnistie internationale
Human Rights Watch|human rights organisation|HRW|
Doctors Without Borders|medical charity|Médecins Sans Frontières;Medecins Sans Frontieres;MSF|Médicos Sin Fronteras;Médicos Sem Fronteiras;Medici senza frontiere;Ärzte ohne Grenzen;Lékaři bez hranic
Reporters Without Borders|press freedom organisation|Reporters sans frontières;RSF|Reporteros Sin Fronteras;Repórteres Sem Fronteiras;Reporter senza frontiere;Reporter ohne Grenzen;Reportéři bez hranic
Greenpeace|environmental organisation||
International Energy Agency|energy agency|IEA|Agencia Internacional de la Energía;AIE;Agência Internacional de Energia;Agence internationale de l'énergie;Agenzia internazionale dell'energia;Internationale Energieagentur;Mezinárodní energetická agentura
G7|Group of Seven|Group of Seven|Grupo de los Siete;Groupe des Sept;Gruppo dei Sette;Gruppe der Sieben
G20|Group of Twenty|Group of Twenty|Grupo de los Veinte;Groupe des Vingt;Gruppo dei Venti
BRICS|bloc of emerging economies||
Mercosur|South American trade bloc|Mercosul|
African Union|continental union|AU|Unión Africana;União Africana;Union africaine;Unione africana;Afrikanische Union;Africká unie
Organization of American States|regional organisation|OAS|Organización de los Estados Americanos;OEA;Organização dos Estados Americanos;Organisation des États américains;Organizzazione degli Stati americani;Organisation Amerikanischer Staaten
Arab League|regional organisation||Liga Árabe;Ligue arabe;Lega araba;Arabische Liga;Arabská liga
OSCE|Organization for Security and Co-operation in Europe|Organization for Security and Co-operation in Europe|OSZE;OBSE;Organización para la Seguridad y la Cooperación en Europa
FIFA|world football governing body||
UEFA|European football governing body||
International Olympic Committee|Olympic movement|IOC|Comité Olímpico Internacional;Comitê Olímpico Internacional;Comité international olympique;Comitato Olimpico Internazionale;Internationales Olympisches Komitee;IOK;Mezinárodní olympijský výbor
Court of Arbitration for Sport|sports court in Lausanne|CAS|Tribunal de Arbitraje Deportivo;TAS;Tribunal Arbitral do Esporte;Tribunal arbitral du sport;Tribunale arbitrale dello sport;Internationaler Sportgerichtshof;Sportgerichtshof
World Anti-Doping Agency|anti-doping body|WADA|Agencia Mundial Antidopaje;Agência Mundial Antidopagem;Agence mondiale antidopage;Agenzia mondiale antidoping;Welt-Anti-Doping-Agentur;Světová antidopingová agentura
Hamas|Palestinian Islamist movement||Hamás
Hezbollah|Lebanese Shiite movement|Hizbollah;Hizbullah|Hezbolá;Hezbolah;Hezbollah;Hisbollah;Hizballáh
Houthis|Yemeni rebel movement|Houthi;Ansar Allah|Hutíes;Hutis;Huthis;Houthistes;Huthi;Húsíové
Taliban|Afghan Islamist movement||Talibán;Talibanes;Talibãs;Talibans;Tálibán
Islamic State|jihadist group|ISIS;ISIL;Daesh|Estado Islámico;Estado Islâmico;État islamique;Stato islamico;Islamischer Staat;Islámský stát;EIIL
al-Qaeda|jihadist group|al-Qaida;Al Qaeda|Al Qaida;Al-Qaïda;Al Qaïda;Al-Kaida;Al-Káida
Wagner Group|Russian mercenary group|Wagner|Grupo Wagner;Groupe Wagner;Gruppo Wagner;Wagner-Gruppe;Wagnerova skupina
Rapid Support Forces|Sudanese paramilitary group|RSF|Fuerzas de Apoyo Rápido;Forças de Apoio Rápido;Forces de soutien rapide;FSR;Forze di supporto rapido
`,
)

// ---- Institutions: national (government seats, central banks, courts, agencies) ----
add(
  'org',
  `
White House|US presidency||Casa Blanca;Casa Branca;Maison Blanche;Casa Bianca;Weißes Haus;Bílý dům
Pentagon|US Department of Defense||Pentágono;Pentagone;Pentagono
State Department|US foreign ministry|US State Department;Department of State|Departamento de Estado;Departamento de Estado de EE.UU.;Département d'État;Dipartimento di Stato;US-Außenministerium;Ministerstvo zahraničí USA
US Congress|US legislature|Congress|Congreso de Estados Unidos;Congresso dos Estados Unidos;Congrès américain;Congresso americano;US-Kongress;Americký Kongres
US Capitol|seat of the US Congress|Capitol;Capitol Hill|Capitolio;Capitólio;Capitole;Kapitol
Federal Reserve|US central bank|Fed;US Federal Reserve|Reserva Federal;Réserve fédérale;Riserva Federale;US-Notenbank;Federální rezervní systém
Federal Bureau of Investigation|US federal police|FBI|Buró Federal de Investigaciones;Oficina Federal de Investigación
Central Intelligence Agency|US intelligence agency|CIA|Agencia Central de Inteligencia;Agência Central de Inteligência;Agence centrale de renseignement
Kremlin|Russian presidency||Kreml;Cremlino
Downing Street|UK prime minister's office|Number 10;No 10|
Bank of England|UK central bank|BoE|Banco de Inglaterra;Banque d'Angleterre;Banca d'Inghilterra;Bank von England;Anglická banka
Élysée Palace|French presidency|Élysée;Elysee;Elysee Palace|Palacio del Elíseo;Elíseo;Palácio do Eliseu;Eliseu;Palais de l'Élysée;Palazzo dell'Eliseo;Eliseo;Élysée-Palast;Elysejský palác
Matignon|French prime minister's office|Hôtel Matignon|
Quai d'Orsay|French foreign ministry||
Banque de France|French central bank|Bank of France|Banco de Francia;Banco de França;Banca di Francia
French National Assembly|French lower house|National Assembly|Asamblea Nacional;Assembleia Nacional;Assemblée nationale;Assemblea nazionale;Nationalversammlung;Národní shromáždění
Bundestag|German parliament||
Bundesrat|German federal council||
Bundesbank|German central bank|Deutsche Bundesbank|
German Chancellery|German chancellor's office|Chancellery|Kanzleramt;Bundeskanzleramt;Cancillería alemana;Chancelaria alemã;Chancellerie allemande;Cancelleria tedesca
Bundeswehr|German armed forces||
Federal Constitutional Court|German constitutional court|Constitutional Court of Germany|Bundesverfassungsgericht;Tribunal Constitucional Federal;Tribunal Constitucional alemán;Cour constitutionnelle fédérale;Corte costituzionale federale;Spolkový ústavní soud
German Weather Service|German meteorological service|DWD|Deutscher Wetterdienst;Servicio Meteorológico Alemán;Service météorologique allemand
Palazzo Chigi|Italian prime minister's office||Palacio Chigi
Quirinal Palace|Italian presidency|Quirinale;Quirinal|Palacio del Quirinal;Palais du Quirinal;Quirinalspalast
Bank of Italy|Italian central bank||Banca d'Italia;Banco de Italia;Banco de Itália;Banque d'Italie;Italienische Zentralbank;Italská centrální banka
Italian Civil Protection|Italian emergency agency|Protezione Civile;Civil Protection|Protección Civil italiana;Protection civile italienne;Italienischer Zivilschutz
Moncloa Palace|Spanish prime minister's office|Moncloa;La Moncloa;Palacio de la Moncloa|Palais de la Moncloa;Palazzo della Moncloa
Zarzuela Palace|Spanish royal residence|Zarzuela;La Zarzuela;Palacio de la Zarzuela|
Congress of Deputies|Spanish lower house||Congreso de los Diputados;Congreso;Congresso dos Deputados;Congrès des députés;Congresso dei Deputati;Kongres poslanců
Bank of Spain|Spanish central bank||Banco de España;Banque d'Espagne;Banca di Spagna;Banco de Espanha;Spanische Zentralbank
Spanish State Meteorological Agency|Spanish weather service|AEMET;Aemet|Agencia Estatal de Meteorología;Agência Estatal de Meteorologia
Generalitat of Catalonia|Catalan government|Generalitat;Generalitat de Catalunya|Generalidad de Cataluña;Gouvernement catalan;Katalanische Regionalregierung
Guardia Civil|Spanish police force|Civil Guard|Guarda Civil;Garde civile;Guardia civile
Bank of Portugal|Portuguese central bank||Banco de Portugal;Banque du Portugal;Banca del Portogallo
Planalto Palace|Brazilian presidency|Planalto;Palácio do Planalto;Palacio do Planalto|Palacio de Planalto;Palais du Planalto;Palazzo del Planalto|Plateau Palace
Itamaraty|Brazilian foreign ministry|Itamaraty Palace|
Supreme Federal Court|Brazil's supreme court|STF;Brazilian Supreme Court|Supremo Tribunal Federal;Tribunal Supremo Federal;Cour suprême fédérale;Supremo Tribunale Federale;Oberstes Bundesgericht
Superior Electoral Court|Brazilian electoral court|TSE|Tribunal Superior Eleitoral;Tribunal Superior Electoral
Central Bank of Brazil|Brazilian central bank|Brazilian Central Bank|Banco Central do Brasil;Banco Central de Brasil;Banque centrale du Brésil;Banca centrale del Brasile;Brasilianische Zentralbank
Petrobras|Brazilian state oil company||
Casa Rosada|Argentine presidency|||Pink House
Central Bank of Argentina|Argentine central bank|BCRA;Argentine Central Bank|Banco Central de la República Argentina;Banco Central de Argentina;Banque centrale d'Argentine
National Palace|Mexican presidency|Palacio Nacional|Palacio Nacional;Palácio Nacional;Palais national;Palazzo Nazionale;Nationalpalast
Bank of Mexico|Mexican central bank|Banxico|Banco de México;Banque du Mexique;Banca del Messico
Pemex|Mexican state oil company|Petróleos Mexicanos|
Miraflores Palace|Venezuelan presidency|Miraflores;Palacio de Miraflores|
La Moneda Palace|Chilean presidency|La Moneda;Palacio de La Moneda|
Casa de Nariño|Colombian presidency|Casa de Narino|
Bank of Japan|Japanese central bank|BoJ;BOJ|Banco de Japón;Banco do Japão;Banque du Japon;Banca del Giappone;Bank von Japan
People's Bank of China|Chinese central bank|PBOC;PBoC|Banco Popular de China;Banque populaire de Chine;Banca popolare cinese;Chinesische Volksbank;Čínská lidová banka
Central Bank of Russia|Russian central bank|Bank of Russia|Banco Central de Rusia;Banque centrale de Russie;Banca centrale russa;Russische Zentralbank;Ruská centrální banka
Swiss National Bank|Swiss central bank|SNB|Schweizerische Nationalbank;Banque nationale suisse;BNS;Banca nazionale svizzera;Banco Nacional Suizo
Czech National Bank|Czech central bank|CNB|Česká národní banka;ČNB;Banco Nacional Checo;Banque nationale tchèque;Tschechische Nationalbank
Prague Castle|Czech presidency|Hradčany|Pražský hrad;Castillo de Praga;Château de Prague;Castello di Praga;Prager Burg
Czech Television|Czech public broadcaster|ČT|Česká televize
Czech Chamber of Deputies|Czech lower house|Chamber of Deputies|Poslanecká sněmovna;Sněmovna
Knesset|Israeli parliament||Kneset
Israel Defense Forces|Israeli army|IDF;Israeli army|Fuerzas de Defensa de Israel;Forças de Defesa de Israel;Forces de défense d'Israël;Tsahal;Forze di difesa israeliane;Israelische Armee;Izraelské obranné síly
Mossad|Israeli intelligence agency||Mosad
Palestinian Authority|Palestinian government|PA|Autoridad Palestina;Autoridade Palestina;Autorité palestinienne;Autorità nazionale palestinese;ANP;Palästinensische Autonomiebehörde;Palestinská samospráva
Islamic Revolutionary Guard Corps|Iranian military force|Revolutionary Guards;IRGC|Guardia Revolucionaria;Cuerpo de la Guardia Revolucionaria Islámica;Guarda Revolucionária;Gardiens de la révolution;Pasdaran;Guardiani della rivoluzione;Revolutionsgarden;Iránské revoluční gardy
Verkhovna Rada|Ukrainian parliament|Rada|Rada Suprema;Verjovna Rada;Werchowna Rada;Nejvyšší rada
State Duma|Russian lower house|Duma|Duma Estatal;Duma d'État;Duma di Stato;Staatsduma;Státní duma
Gazprom|Russian gas company||
Rosneft|Russian oil company||
`,
)

// ---- Institutions: political parties ----
add(
  'org',
  `
PSOE|Spanish Socialist Workers' Party|Spanish Socialist Workers' Party;Socialist Party|Partido Socialista Obrero Español;Parti socialiste ouvrier espagnol;Partito Socialista Operaio Spagnolo;Spanische Sozialistische Arbeiterpartei
People's Party|Spanish conservative party (PP)|PP;Popular Party|Partido Popular;Parti populaire;Partito Popolare;Volkspartei;Lidová strana
Vox|Spanish far-right party||
Sumar|Spanish left-wing alliance||
Podemos|Spanish left-wing party||
Ciudadanos|Spanish centrist party|Cs;Citizens|
Republican Left of Catalonia|Catalan pro-independence party|ERC;Esquerra Republicana;Esquerra Republicana de Catalunya|Izquierda Republicana de Cataluña;Gauche républicaine de Catalogne;Sinistra Repubblicana di Catalogna;Republikanische Linke Kataloniens
Junts per Catalunya|Catalan pro-independence party|Junts;Together for Catalonia|Juntos por Cataluña;Ensemble pour la Catalogne;Insieme per la Catalogna;Gemeinsam für Katalonien
Basque Nationalist Party|Basque party|PNV;EAJ-PNV|Partido Nacionalista Vasco;Parti nationaliste basque;Partito Nazionalista Basco;Baskische Nationalistische Partei
EH Bildu|Basque left-wing party|Bildu|
National Rally|French far-right party|RN;Rassemblement National|Reagrupamiento Nacional;Agrupación Nacional;Reagrupación Nacional;Reunião Nacional;Rassemblement national;Raggruppamento Nazionale;Nationale Sammlungsbewegung;Národní sdružení
National Front|French far-right party until 2018|Front National|Frente Nacional;Front national;Fronte Nazionale;Nationale Front;Národní fronta
France Unbowed|French left-wing party|La France Insoumise;LFI;France Insoumise|Francia Insumisa;Francia Insumisa;França Insubmissa;Francia Ribelle;Unbeugsames Frankreich;Nepodvolená Francie
New Popular Front|French left-wing alliance 2024|NFP;Nouveau Front populaire|Nuevo Frente Popular;Nova Frente Popular;Novo Frente Popular;Nuovo Fronte Popolare;Neue Volksfront;Nová lidová fronta
Renaissance|Emmanuel Macron's party|La République En Marche;LREM;En Marche|La República en Marcha;La República em Marcha;La Repubblica in Cammino;Die Republik in Bewegung
Les Républicains|French centre-right party|The Republicans;LR|Los Republicanos;Os Republicanos;I Repubblicani;Die Republikaner
French Socialist Party|French centre-left party|Parti Socialiste;PS|Partido Socialista francés;Partito Socialista francese;Sozialistische Partei Frankreichs
Christian Democratic Union|German conservative party|CDU;Christian Democrats|Unión Demócrata Cristiana;União Democrata-Cristã;Union chrétienne-démocrate;Unione Cristiano-Democratica;Christlich Demokratische Union;Křesťanskodemokratická unie
Christian Social Union|Bavarian conservative party|CSU|Unión Social Cristiana;União Social-Cristã;Union chrétienne-sociale;Unione Cristiano-Sociale;Christlich-Soziale Union;Křesťanskosociální unie
Social Democratic Party of Germany|German centre-left party|SPD;Social Democrats;Social Democratic Party|Partido Socialdemócrata de Alemania;Partido Social-Democrata;Parti social-démocrate;Partito Socialdemocratico;Sozialdemokratische Partei Deutschlands;Sociálnědemokratická strana Německa
Alternative for Germany|German far-right party|AfD|Alternative für Deutschland;Alternativa para Alemania;Alternativa para a Alemanha;Alternative pour l'Allemagne;Alternativa per la Germania;Alternativa pro Německo
Free Democratic Party|German liberal party|FDP;Free Democrats|Freie Demokratische Partei;Partido Democrático Libre;Parti libéral-démocrate;Partito Liberale Democratico;Svobodná demokratická strana
Alliance 90/The Greens|German Green party|German Greens;Greens|Bündnis 90/Die Grünen;Die Grünen;Los Verdes;Les Verts;I Verdi;Zelení
Die Linke|German left-wing party|Left Party|La Izquierda;A Esquerda;La Gauche;La Sinistra;Levice
Sahra Wagenknecht Alliance|German left-populist party|BSW|Bündnis Sahra Wagenknecht;Alianza Sahra Wagenknecht;Alliance Sahra Wagenknecht;Alleanza Sahra Wagenknecht;Aliance Sahry Wagenknechtové
Brothers of Italy|Italian right-wing party|FdI|Fratelli d'Italia;Hermanos de Italia;Irmãos de Itália;Irmãos da Itália;Frères d'Italie;Brüder Italiens;Bratři Itálie
Lega|Italian right-wing party (League)|League;Northern League;Lega Nord|Liga Norte;Ligue du Nord
Five Star Movement|Italian populist party|M5S;Five Star|Movimento 5 Stelle;Movimiento 5 Estrellas;Movimiento Cinco Estrellas;Movimento 5 Estrelas;Movimento Cinco Estrelas;Mouvement 5 étoiles;Fünf-Sterne-Bewegung;Hnutí pěti hvězd
Forza Italia|Italian centre-right party||
Workers' Party|Brazilian left-wing party|PT|Partido dos Trabalhadores;Partido de los Trabajadores;Parti des travailleurs;Partito dei Lavoratori;Arbeiterpartei;Strana pracujících
Chega|Portuguese far-right party||
Law and Justice|Polish conservative party|PiS|Ley y Justicia;Lei e Justiça;Droit et justice;Diritto e Giustizia;Recht und Gerechtigkeit;Právo a spravedlnost;Prawo i Sprawiedliwość
Civic Coalition|Polish centrist alliance|KO;Civic Platform|Coalición Cívica;Coalizão Cívica;Coalition civique;Coalizione Civica;Bürgerkoalition;Občanská koalice;Plataforma Cívica;Plate-forme civique;Piattaforma Civica;Bürgerplattform;Občanská platforma
Fidesz|Hungarian ruling party||
Tisza|Hungarian opposition party|Tisza party|
ANO|Czech populist party|ANO 2011|
Civic Democratic Party|Czech centre-right party|ODS|Občanská demokratická strana;Partido Democrático Cívico;Parti démocratique civique;Partito Democratico Civico;Demokratische Bürgerpartei
Freedom and Direct Democracy|Czech far-right party||Svoboda a přímá demokracie;Libertad y Democracia Directa;Liberté et démocratie directe;Freiheit und direkte Demokratie
Czech Pirate Party|Czech liberal party|Pirates;Pirate Party|Česká pirátská strana;Piráti;Partido Pirata;Parti pirate;Partito Pirata;Piratenpartei
Mayors and Independents|Czech centrist party|STAN|Starostové a nezávislí;Alcaldes e Independientes;Maires et indépendants;Bürgermeister und Unabhängige
Motorists for Themselves|Czech right-wing party|Motorists|Motoristé sobě;Motoristé
Smer|Slovak ruling party|Smer-SD|
Progressive Slovakia|Slovak liberal party|PS|Progresívne Slovensko;Progresivní Slovensko
Reform UK|UK right-wing party|Reform|
Labour Party|UK centre-left party|Labour|Partido Laborista;Partido Trabalhista;Parti travailliste;Partito Laburista;Labour-Partei;Labouristická strana;Laboristas;Travaillistes;Laburisti
Conservative Party|UK centre-right party|Conservatives;Tories;Tory party|Partido Conservador;Parti conservateur;Partito Conservatore;Konservative Partei;Konzervativní strana
Scottish National Party|Scottish pro-independence party|SNP|Partido Nacional Escocés;Parti national écossais;Partito Nazionale Scozzese;Schottische Nationalpartei;Skotská národní strana
Sinn Féin|Irish republican party|Sinn Fein|
Republican Party|US right-wing party|GOP;Republicans|Partido Republicano;Parti républicain;Partito Repubblicano;Republikanische Partei;Republikánská strana
Democratic Party|US left-wing party|Democrats|Partido Demócrata;Partido Democrata;Parti démocrate;Demokratische Partei;Demokratická strana
Party for Freedom|Dutch far-right party|PVV|Partido por la Libertad;Parti pour la liberté;Partito per la Libertà;Partij voor de Vrijheid;Strana pro svobodu
Georgian Dream|Georgian ruling party||Sueño Georgiano;Sonho Georgiano;Rêve géorgien;Sogno Georgiano;Georgischer Traum;Gruzínský sen
United Russia|Russian ruling party||Rusia Unida;Rússia Unida;Russie unie;Russia Unita;Einiges Russland;Jednotné Rusko
Chinese Communist Party|China's ruling party|Communist Party of China;CCP;CPC|Partido Comunista de China;PCCh;Partido Comunista Chinês;Parti communiste chinois;PCC;Partito Comunista Cinese;Kommunistische Partei Chinas;KPCh;Komunistická strana Číny;KS Číny
Morena|Mexican ruling party||
Justicialist Party|Argentine Peronist party|Peronists;Partido Justicialista|Parti justicialiste;Partito Giustizialista
La Libertad Avanza|Javier Milei's party|Liberty Advances|
Likud|Israeli right-wing party||
`,
)

// ---- Clubs, leagues, competitions, teams ----
add(
  'org',
  `
Real Madrid|Spanish football club|Real Madrid CF||Royal Madrid
FC Barcelona|Spanish football club|Barcelona;Barça;Barca|Barcelone;Barcellona
Atlético Madrid|Spanish football club|Atletico Madrid;Atlético de Madrid;Atletico de Madrid;Atlético;Atleti|Atlético Madri;Atlético de Madri
Sevilla|Spanish football club|Sevilla FC|FC Séville;Siviglia
Valencia CF|Spanish football club|Valencia|
Athletic Bilbao|Spanish football club|Athletic Club;Athletic Club de Bilbao|
Real Betis|Spanish football club|Betis|
Real Sociedad|Spanish football club||
Villarreal|Spanish football club|Villarreal CF|
Girona FC|Spanish football club|Girona|
Bayern Munich|German football club|Bayern;FC Bayern|Bayern München;FC Bayern München;Bayern de Múnich;Bayern de Munique;Bayern Monaco;Bayern Mnichov;Bayern Munique
Borussia Dortmund|German football club|Dortmund;BVB|
Bayer Leverkusen|German football club|Leverkusen;Bayer 04 Leverkusen|
RB Leipzig|German football club|Leipzig|
Eintracht Frankfurt|German football club||Eintracht Fráncfort;Eintracht Francfort;Eintracht Francoforte
Juventus|Italian football club|Juve|Juventus de Turín;Juventus Turin;Juventus Torino
Inter Milan|Italian football club|Inter;Internazionale|Inter de Milán;Inter de Milão;Inter Mailand;Inter Milán;Inter Mediolan
AC Milan|Italian football club|Milan|Milan AC
Napoli|Italian football club|SSC Napoli|Nápoles;SSC Neapel
Roma|Italian football club|AS Roma|AS Rom
Lazio|Italian football club|SS Lazio|Lazio Roma
Atalanta|Italian football club|Atalanta Bergamo|
Fiorentina|Italian football club|ACF Fiorentina|
Torino FC|Italian football club|Torino|
Venezia FC|Italian football club|Venezia|
Paris Saint-Germain|French football club|PSG;Paris St-Germain;Paris St Germain|París Saint-Germain;Paris Saint-Germain FC
Olympique de Marseille|French football club|Marseille;OM|Olympique de Marsella;Olympique Marseille
Olympique Lyonnais|French football club|Lyon;OL|Olympique de Lyon
AS Monaco|French football club|Monaco|
Manchester United|English football club|Man United;Man Utd;United|Manchester Utd
Manchester City|English football club|Man City;City|
Liverpool FC|English football club|Liverpool|
Arsenal|English football club|Arsenal FC|
Chelsea|English football club|Chelsea FC|
Tottenham Hotspur|English football club|Tottenham;Spurs|
Newcastle United|English football club|Newcastle|
Aston Villa|English football club|Villa|
Ajax|Dutch football club|Ajax Amsterdam|Ajax de Ámsterdam;Ajax Ámsterdam;Ajax Amsterdão
PSV Eindhoven|Dutch football club|PSV|
Benfica|Portuguese football club|SL Benfica|Benfica de Lisboa;Benfica Lissabon;Benfica Lisabon
FC Porto|Portuguese football club|Porto|Oporto
Sporting CP|Portuguese football club|Sporting Lisbon;Sporting|Sporting de Lisboa;Sporting Lissabon;Sporting Lisabon
Galatasaray|Turkish football club||
Fenerbahçe|Turkish football club|Fenerbahce|
Celtic|Scottish football club|Celtic FC|Celtic de Glasgow;Celtic Glasgow
Red Star Belgrade|Serbian football club|Crvena Zvezda|Estrella Roja de Belgrado;Estrela Vermelha;Étoile rouge de Belgrade;Stella Rossa;Roter Stern Belgrad;Crvena zvezda Bělehrad
Sparta Prague|Czech football club||Sparta Praha;AC Sparta Praha;Sparta de Praga;Sparta Prag
Slavia Prague|Czech football club||Slavia Praha;SK Slavia Praha;Slavia de Praga;Slavia Prag
Viktoria Plzeň|Czech football club|Viktoria Plzen|
Shakhtar Donetsk|Ukrainian football club|Shakhtar|Shajtar Donetsk;Chakhtar Donetsk;Schachtar Donezk;Šachtar Doněck
Dynamo Kyiv|Ukrainian football club|Dynamo Kiev|Dinamo de Kiev;Dínamo de Kiev;Dynamo Kiev;Dinamo Kiev;Dynamo Kiew;Dynamo Kyjev
Flamengo|Brazilian football club|CR Flamengo|
Palmeiras|Brazilian football club||
Corinthians|Brazilian football club||
São Paulo FC|Brazilian football club|Sao Paulo FC|
Santos FC|Brazilian football club|Santos|
Fluminense|Brazilian football club||
Botafogo|Brazilian football club||
Vasco da Gama|Brazilian football club|Vasco|
Grêmio|Brazilian football club|Gremio|
Internacional|Brazilian football club|Inter de Porto Alegre|
Atlético Mineiro|Brazilian football club|Atletico Mineiro|
Boca Juniors|Argentine football club|Boca|
River Plate|Argentine football club|River|
Club América|Mexican football club|America|
Inter Miami|US football club|Inter Miami CF|
Al-Nassr|Saudi football club|Al Nassr|
Al-Hilal|Saudi football club|Al Hilal|
Red Bull Racing|Formula One team|Red Bull|
Scuderia Ferrari|Formula One team|Ferrari|
Mercedes|Formula One team and carmaker|Mercedes-Benz|
McLaren|Formula One team||
Premier League|English football league||
La Liga|Spanish football league|LaLiga|
Serie A|Italian football league||
Bundesliga|German football league||
Ligue 1|French football league||
Champions League|European club competition|UEFA Champions League|Liga de Campeones;Liga dos Campeões;Ligue des champions;Champions-League;Liga mistrů;Liga de los Campeones
Europa League|European club competition|UEFA Europa League|Liga Europa;Ligue Europa;Evropská liga
Copa Libertadores|South American club competition|Libertadores|Taça Libertadores
World Cup|FIFA World Cup|FIFA World Cup|Copa del Mundo;Copa do Mundo;Coupe du monde;Coppa del Mondo;Mondiali;Weltmeisterschaft;Mistrovství světa;Mundial
Ballon d'Or|football award|Ballon d'Or award|Balón de Oro;Bola de Ouro;Pallone d'oro;Goldener Ball;Zlatý míč
Roland Garros|French Open tennis tournament|French Open;Roland-Garros|
Wimbledon|tennis tournament||
Tour de France|cycling race||Tour de Francia;Volta da França;Giro di Francia;Frankreich-Rundfahrt;Tour de France
Giro d'Italia|cycling race||Giro de Italia;Volta da Itália;Tour d'Italie;Italien-Rundfahrt
Olympic Games|multi-sport event|Olympics|Juegos Olímpicos;Jogos Olímpicos;Jeux olympiques;Giochi olimpici;Olimpiadi;Olympische Spiele;Olympijské hry;JJ.OO.
`,
)

// ==== END DATA ====

// ---- Build ----
const WORDS = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu
const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
/** Folded lower-case word sequence, as the engine keys a form. */
const keyOf = (s) => (s.match(WORDS) ?? []).map((w) => fold(w).toLowerCase().replace(/’/g, "'")).join(' ')
const clean = (s) => s.replace(/\s+/g, ' ').trim()
const splitList = (s) => (s ? s.split(';').map(clean).filter(Boolean) : [])

/** @type {Map<string, {name: string, type: string, variants: string[], foreign: string[], literal: string[], role: string}>} */
const entries = new Map()
function put(type, name, { role = '', variants = [], foreign = [], literal = [] } = {}) {
  name = clean(name)
  if (!name) throw new Error(`empty name (${type})`)
  const id = `${type}\u0000${name}`
  let e = entries.get(id)
  if (!e) {
    e = { name, type, variants: [], foreign: [], literal: [], role: '' }
    entries.set(id, e)
  }
  if (!e.role && role) e.role = clean(role)
  for (const [field, list] of [
    ['variants', variants],
    ['foreign', foreign],
    ['literal', literal],
  ]) {
    for (const f of list.map(clean)) if (f && !e[field].includes(f)) e[field].push(f)
  }
  return e
}

// Countries and capitals from world-countries.
const LANGS = ['spa', 'por', 'fra', 'ita', 'deu', 'ces']
let countryCount = 0
let capitalCount = 0
for (const c of [...countries].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
  const name = COUNTRY_NAME[c.cca2] ?? c.name.common
  const variants = [c.name.common, c.name.official, ...(COUNTRY_VARIANTS[c.cca2] ?? [])].filter((v) => v !== name)
  const foreign = []
  for (const l of LANGS) {
    const t = c.translations?.[l]
    if (!t) continue
    // Drop "Congo (Rep. Dem.)"-style catalogue forms: nobody writes them in prose.
    if (t.common && !/[()]/.test(t.common)) foreign.push(t.common)
  }
  foreign.push(...(COUNTRY_FOREIGN[c.cca2] ?? []))
  const role = c.independent ? `country, ${c.subregion || c.region}` : `territory, ${c.subregion || c.region}`
  put('place', name, { role, variants, foreign })
  countryCount++
  for (const cap of c.capital ?? []) {
    const capName = CAPITAL_NAME[cap] ?? cap
    if (!capName) continue
    put('place', capName, {
      role: `capital of ${name}`,
      variants: capName === 'Washington' ? ['Washington, D.C.', 'Washington D.C.', 'Washington DC'] : [],
    })
    capitalCount++
  }
}

// Hand-curated blocks.
const handCount = {}
for (const [type, text] of BLOCKS) {
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const [name, role = '', variants = '', foreign = '', literal = ''] = line.split('|')
    put(type, name, {
      role,
      variants: splitList(variants),
      foreign: splitList(foreign),
      literal: splitList(literal),
    })
    handCount[type] = (handCount[type] ?? 0) + 1
  }
}

// ---- Clean-up ----
const isAcronym = (s) => /^[\p{Lu}\d.&+-]+$/u.test(s) && /\p{Lu}/u.test(s)
const isCommonWord = (s) => !/\s/.test(s) && !isAcronym(s) && !ALLOW_COMMON.has(s) && english.has(s.toLowerCase())
const dropped = { variantCommon: [], foreignCommon: [], foreignAccepted: [], literalAccepted: [], foreignShort: [] }

for (const e of entries.values()) {
  e.variants = e.variants.filter((v) => {
    if (v === e.name) return false
    if (isCommonWord(v)) {
      dropped.variantCommon.push(`${e.name}: ${v}`)
      return false
    }
    return true
  })
}
/** Every accepted form, keyed as the engine keys it, and every word of every accepted form. */
const acceptedForms = new Set()
const acceptedWords = new Set()
for (const e of entries.values()) {
  for (const f of [e.name, ...e.variants]) {
    const k = keyOf(f)
    acceptedForms.add(k)
    for (const w of k.split(' ')) acceptedWords.add(w)
  }
}
for (const e of entries.values()) {
  e.foreign = e.foreign.filter((f) => {
    const k = keyOf(f)
    if (!k || k.replace(/ /g, '').length < 2) {
      dropped.foreignShort.push(`${e.name}: ${f}`)
      return false
    }
    if (acceptedForms.has(k) || (!k.includes(' ') && acceptedWords.has(k))) {
      if (keyOf(e.name) !== k) dropped.foreignAccepted.push(`${e.name}: ${f}`)
      return false
    }
    if (isCommonWord(f)) {
      dropped.foreignCommon.push(`${e.name}: ${f}`)
      return false
    }
    return true
  })
  e.literal = e.literal.filter((f) => {
    const k = keyOf(f)
    if (!k || acceptedForms.has(k)) {
      dropped.literalAccepted.push(`${e.name}: ${f}`)
      return false
    }
    return true
  })
  // De-duplicate forms that only differ in case.
  for (const field of ['variants', 'foreign', 'literal']) {
    const seen = new Set()
    e[field] = e[field].filter((f) => {
      const k = field === 'variants' ? f.toLowerCase() : keyOf(f)
      if (seen.has(k)) return false
      seen.add(k)
      return true
    })
  }
}

// ---- Validation ----
const problems = []
for (const e of entries.values()) {
  if (!e.name) problems.push(`empty name: ${JSON.stringify(e)}`)
  if (e.foreign.includes(e.name)) problems.push(`foreign equals name: ${e.name}`)
  for (const f of [...e.variants, ...e.foreign, ...e.literal]) if (!f.trim()) problems.push(`empty form in ${e.name}`)
  for (const f of [...e.variants, ...e.foreign]) if (isCommonWord(f)) problems.push(`common word ${f} in ${e.name}`)
}
if (problems.length) {
  console.error(problems.join('\n'))
  process.exit(1)
}

// ---- Output ----
const sortKey = (s) => fold(s).toLowerCase()
const list = [...entries.values()].sort(
  (a, b) =>
    (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) ||
    (sortKey(a.name) < sortKey(b.name) ? -1 : sortKey(a.name) > sortKey(b.name) ? 1 : 0) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
)
const out = list.map((e) => {
  const o = { name: e.name, type: e.type, variants: e.variants, foreign: e.foreign, literal: e.literal }
  if (e.role) o.role = e.role
  return JSON.stringify(o)
})
const doc = `{\n"version": 1,\n"sources": ${JSON.stringify([
  'world-countries (ODbL-1.0, https://github.com/mledoze/countries) for countries, their es/pt/fr/it/de/cs names and capitals',
  'hand-curated list in scripts/build-gazetteer.mjs: exonyms of cities, regions and geographic features; people, institutions, parties and clubs in 2015-2026 news',
])},\n"entries": [\n${out.join(',\n')}\n]\n}\n`
JSON.parse(doc)
mkdirSync(dirname(outFile), { recursive: true })
writeFileSync(outFile, doc)

const byType = {}
for (const e of list) byType[e.type] = (byType[e.type] ?? 0) + 1
const sum = (k) => list.reduce((n, e) => n + e[k].length, 0)
console.log(`wrote ${outFile}`)
console.log(`entries: ${list.length}  by type: ${JSON.stringify(byType)}`)
console.log(`countries: ${countryCount}  capitals: ${capitalCount}  hand lines: ${JSON.stringify(handCount)}`)
console.log(`forms: variants ${sum('variants')}  foreign ${sum('foreign')}  literal ${sum('literal')}`)
for (const [k, v] of Object.entries(dropped)) {
  console.log(`dropped ${k}: ${v.length}`)
  if (process.argv.includes('--verbose')) for (const x of v) console.log(`  ${x}`)
}
