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
const ALLOW_COMMON = new Set(['Poutine', 'Chine', 'Fed', 'Kiev', 'Lula', 'Brasil', 'Chypre', 'Finsko', 'Cambogia', 'Soudan', 'Holland', 'Emirates', 'Congo'])

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
  US: ['EE.UU.', 'EE. UU.', 'EEUU', 'EUA', 'Estados Unidos de América', "Stati Uniti", 'Vereinigten Staaten', 'États-Unis d\'Amérique'],
  GB: ['Gran Bretaña', 'Grã-Bretanha', 'Grande-Bretagne', 'Gran Bretagna', 'Großbritannien', 'Velká Británie', 'Britannia'],
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
  CZ: ['República Checa', 'República Tcheca', 'République tchèque', 'Repubblica Ceca', 'Tschechische Republik', 'Česká republika'],
  RU: ['Federación de Rusia', 'Russische Föderation', 'Ruská federace'],
  MX: ['Messico'],
  IR: ['Irã'],
  AE: ['Emiratos Árabes Unidos', 'Emirados Árabes Unidos', 'Émirats arabes unis', 'Emirati Arabi Uniti', 'Vereinigte Arabische Emirate', 'Spojené arabské emiráty', 'EAU'],
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
Luhansk|city, Ukraine|Lugansk|Luhanschtschyna
Odesa|city, Ukraine|Odessa|Oděsa
Zaporizhzhia|city, Ukraine|Zaporizhia;Zaporozhye;Zaporizhzhya|Saporischschja;Saporischja;Zaporiyia;Zaporiyia;Zaporijia;Zaporijjia;Záporoží
Bakhmut|city, Ukraine|Artemivsk|Bachmut;Bakhmout;Bajmut
Kherson|city, Ukraine||Cherson;Jersón
Lviv|city, Ukraine|Lvov;Lwów|Lwiw;Leópolis;Leopoli;Lvov
Mariupol|city, Ukraine||Mariúpol;Marioupol
Dnipro|city, Ukraine|Dnipropetrovsk|Dnipró
Avdiivka|town, Ukraine|Avdiyivka|Awdijiwka;Avdiivka;Avdíivka;Avdijivka
Pokrovsk|town, Ukraine||Pokrowsk
Kursk|city, Russia||Kursko
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
Düsseldorf|city, Germany|Dusseldorf|Dusseldorfo
Aachen|city, Germany||Aquisgrán;Aix-la-Chapelle;Aquisgrana;Cáchy
Paris|capital of France||París;Parigi;Paříž
Marseille|city, France|Marseilles|Marsella;Marselha;Marsiglia
Lyon|city, France|Lyons|Lione
Nice|city, France||Niza;Nizza
Strasbourg|city, France||Estrasburgo;Strasburgo;Straßburg;Štrasburk
Bordeaux|city, France||Burdeos;Bordéus
Toulouse|city, France||Tolosa
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
Sarajevo|capital of Bosnia and Herzegovina||Sarajevu
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
Elbe|river, Germany/Czechia||Elba;Labe
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
Amazon|river and rainforest, South America|Amazonia;Amazon rainforest|Amazonas;Amazonía;Amazônia;Amazónia;Amazonie;Amazzonia;Rio delle Amazzoni;Amazonien;Amazonka
Andes|mountain range, South America||Andes;Anden;Ande;Andy
Patagonia|region, Argentina/Chile||Patagônia;Patagonie;Patagonien;Patagonie
Sahara|desert, Africa||Saara;Sahara
Sahel|region, Africa||Sahel
Himalayas|mountain range, Asia|Himalaya|Himalaya;Himalaia;Himálaj
Mount Everest|mountain|Everest|Monte Everest;Mont Everest;Mount Everest
Vesuvius|volcano, Italy|Mount Vesuvius|Vesubio;Vesúvio;Vésuve;Vesuvio;Vesuv
Mount Etna|volcano, Sicily|Etna|Monte Etna;Ätna
Canary Current|current||
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
Gulf|region|Persian Gulf;Gulf region|Golfo Pérsico;Golfe persique;Golfo Persico;Persischer Golf;Perský záliv
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
Washington|capital of the United States||Washington D. C.;Washington D.C
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
Patagonia Argentina|region, Argentina||
Falkland Islands|archipelago|Falklands|Islas Malvinas;Malvinas;Ilhas Malvinas;Îles Malouines;Malouines;Isole Falkland;Falklandinseln;Falklandy
Tierra del Fuego|archipelago||Terra do Fogo;Terre de Feu;Terra del Fuoco;Feuerland;Ohňová země
# Africa and Asia
Cape Town|city, South Africa||Ciudad del Cabo;Cidade do Cabo;Le Cap;Città del Capo;Kapstadt;Kapské Město
Johannesburg|city, South Africa||Johannesburgo;Joanesburgo
Algiers|capital of Algeria||Argel;Alger;Algeri;Algier;Alžír
Tripoli|capital of Libya||Trípoli;Trípoli;Tripolis
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
Moscow Oblast|region, Russia||
`,
)

// ==== END DATA ====

// ---- Build ----
const WORDS = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu
const fold = (s) => s.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC')
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
      const k = f.toLowerCase()
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
