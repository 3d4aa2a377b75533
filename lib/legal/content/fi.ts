import type { Country } from '@/lib/i18n/locales';
import { list, paragraph, section } from '@/lib/legal/content/blocks';
import { inWords, lifetime } from '@/lib/legal/content/lifetime';
import type { CookieFact, LegalBlock, LegalDocument, LegalFacts, LegalSection, LegalTexts } from '@/lib/legal/legal-document';
import type { Trader } from '@/lib/legal/trader';

// Kaupan oikeudelliset tekstit suomeksi (fi-FI): toimitusehdot, peruuttamisoikeus peruuttamislomakkeineen ja
// tietosuojaseloste evästeluetteloineen, kirjoitettuina tosiasioista (lib/legal/legal-document.ts). facts.country
// valitsee, minkä maan lait, viranomaiset ja kirjanpitosäännöt teksti mainitsee. Pelkkää tekstiä.

/** What differs between the markets, as the Finnish text names it (in the case each sentence needs). */
type Market = {
  /** Illative: "Suomeen". */
  toCountry: string;
  /** "suomalaisiin osoitteisiin". */
  addresses: string;
  /** Essive: "euroina (EUR)". */
  currency: string;
  languages: string;
  /** Genitive, before "mukaan" / "mukainen": "kuluttajansuojalain 6 luvun". */
  withdrawalLaw: string;
  /** Genitive: "kirjanpitolain". */
  bookkeepingLaw: string;
  complaints: string[];
  disputes: string[];
  /** Why the personal data is kept as long as it is, when that covers the complaint period. */
  retentionReason: string;
  authority: string;
};

const markets: Record<Country, Market> = {
  dk: {
    toCountry: 'Tanskaan',
    addresses: 'tanskalaisiin osoitteisiin',
    currency: 'Tanskan kruunuina (DKK)',
    languages: 'tanskaksi tai englanniksi',
    withdrawalLaw: 'Tanskan kuluttajasopimuslain (forbrugeraftaleloven)',
    bookkeepingLaw: 'Tanskan kirjanpitolain (bogføringsloven)',
    complaints: [
      'Sinulla on Tanskan kauppalain (købeloven) mukainen kahden vuoden reklamaatio-oikeus (reklamationsret): voit reklamoida virheistä, jotka tuotteessa oli, kun sait sen, vaikka ne tulisivat esiin vasta myöhemmin. Jos tuote on virheellinen, voit vaatia sen korjaamista tai vaihtamista, hinnanalennusta tai, jos virhe ei ole vähäinen, kaupan purkamista ja rahojesi palauttamista.',
      'Reklamoi kohtuullisessa ajassa siitä, kun huomasit virheen: kahden kuukauden kuluessa tehty reklamaatio on aina ajoissa. Kaksi vuotta lasketaan päivästä, jona sait tuotteen. Tavanomainen kuluminen ja väärästä käytöstä johtuvat vauriot eivät ole virheitä.',
    ],
    disputes: [
      'Jos emme pääse sopuun, voit tehdä valituksen Tanskan kuluttajavalituslautakunnalle (Forbrugerklagenævnet), jonka asioita hoitaa Nævnenes Hus: naevneneshus.dk.',
    ],
    retentionReason:
      'Aika kattaa Tanskan kauppalain mukaisen kahden vuoden reklamaatioajan toimituksesta (købeloven § 83) ja lisäksi pienen varan, jotta voimme käsitellä vielä viimeisenä päivänä tehdyn reklamaation.',
    authority: 'Tanskan tietosuojaviranomainen Datatilsynet (datatilsynet.dk)',
  },
  fi: {
    toCountry: 'Suomeen',
    addresses: 'suomalaisiin osoitteisiin',
    currency: 'euroina (EUR)',
    languages: 'suomeksi tai englanniksi',
    withdrawalLaw: 'kuluttajansuojalain 6 luvun',
    bookkeepingLaw: 'kirjanpitolain',
    complaints: [
      'Vastaamme tuotteiden virheistä kuluttajansuojalain 5 luvun mukaisesti (virhevastuu). Virhevastuulla ei ole kiinteää määräaikaa: se riippuu siitä, kuinka kauan vastaavan tuotteen voi kohtuudella odottaa kestävän. Jos tuote on virheellinen, voit vaatia sen korjaamista tai vaihtamista, hinnanalennusta tai, jos virhe ei ole vähäinen, kaupan purkamista.',
      'Ilmoita virheestä kohtuullisessa ajassa siitä, kun huomasit sen. Tavanomainen kuluminen ja väärästä käytöstä johtuvat vauriot eivät ole virheitä.',
    ],
    disputes: [
      'Jos emme pääse sopuun, kuluttajaneuvonta antaa maksutta neuvoja ja sovittelee: kkv.fi/kuluttajaneuvonta. Sen jälkeen voit viedä asian kuluttajariitalautakunnan käsiteltäväksi: kuluttajariita.fi.',
    ],
    retentionReason:
      'Aika kattaa kaksi vuotta toimituksesta – lyhimmän ajan, jonka EU-oikeus antaa virheistä reklamoimiseen (Suomen laissa kiinteää takarajaa ei ole) – ja lisäksi pienen varan, jotta voimme käsitellä myöhäisenkin reklamaation.',
    authority: 'Tietosuojavaltuutetun toimisto (tietosuoja.fi)',
  },
};

const WITHDRAW_LINK = '”Peru ostoksesi tästä”';
const CONFIRM_BUTTON = '”Vahvista peruutus tästä”';
const PAY_BUTTON = '”Maksa MobilePaylla”';

/** The trader's business register numbers, labelled: "CVR-numero: 12345674", "Y-tunnus: 1234567-8". */
function registrations(trader: Trader): string[] {
  return [
    ...(trader.cvr === null ? [] : [`CVR-numero: ${trader.cvr}`]),
    ...(trader.businessId === null ? [] : [`Y-tunnus: ${trader.businessId}`]),
  ];
}

/** Who sells, one fact a line. */
const traderList = (trader: Trader): LegalBlock =>
  list([trader.name, trader.address, `Sähköposti: ${trader.email}`, `Puhelin: ${trader.phone}`, ...registrations(trader)]);

/** Who sells, on one line, for a sentence. */
const traderInline = (trader: Trader): string =>
  [trader.name, trader.address, `puhelin ${trader.phone}`, `sähköposti ${trader.email}`, ...registrations(trader)].join(', ');

/** The demo trader's pages say first that they are examples. */
const demoSection = (trader: Trader): LegalSection[] =>
  trader.demo
    ? [
        section(
          'demo',
          'Demotekstit',
          paragraph(
            `Nämä ovat demotekstejä demoyritykselle (${trader.name}) esimerkkikaupassa. Ne eivät ole oikeudellista neuvontaa eivätkä kuvaa todellista yritystä: tarkistuta ne juristilla, ennen kuin oikea kauppa käyttää niitä.`,
          ),
        ),
      ]
    : [];

const withdrawFunction = (facts: LegalFacts): string =>
  `peruuttamistoiminnolla osoitteessa ${facts.paths.withdraw} (linkki ${WITHDRAW_LINK} jokaisen sivun alareunassa)`;

function terms(facts: LegalFacts): LegalDocument {
  const { trader, paths } = facts;
  const market = markets[facts.country];
  const manual = facts.captureMethod === 'manual';
  return {
    title: 'Toimitusehdot',
    summary: `Nämä ehdot koskevat ostoksiasi verkkokaupastamme, jonka myyjä on ${trader.name}. Lyhyesti: hinnat sisältävät arvonlisäveron ja toimituksen ${market.toCountry}, maksat MobilePaylla, voit peruuttaa ostoksesi 14 päivän kuluessa tuotteiden vastaanottamisesta ja voit reklamoida virheellisistä tuotteista.`,
    sections: [
      ...demoSection(trader),
      section('trader', 'Myyjä', paragraph('Myyjä on:'), traderList(trader), paragraph('Kirjoita tai soita meille, jos sinulla on kysyttävää tilauksesta.')),
      section(
        'products-prices',
        'Tuotteet ja hinnat',
        paragraph('Kunkin tuotteen sivulla kerrotaan sen tärkeimmät ominaisuudet ja hinta.'),
        paragraph(
          `Hinnat ovat ${market.currency} ja sisältävät ${facts.vatRate} arvonlisäveron. Toimitus ${market.toCountry} sisältyy hintaan: kassalla ei lisätä maksuja, ja ostoskorin loppusumma on se, minkä maksat.`,
        ),
      ),
      section(
        'delivery',
        'Toimitus',
        paragraph(
          `Toimitamme tilauksia ${market.addresses}. Lähetämme tilauksesi yhtenä pakettina kassalla antamaasi osoitteeseen, ja se on perillä 2–5 arkipäivän kuluessa siitä, kun ${manual ? 'olet hyväksynyt maksun' : 'olet maksanut'}.`,
        ),
        paragraph('Jos toimitus kestää tätä kauemmin, kerromme siitä sähköpostitse. Jos paketti ei tule perille tai se on vahingoittunut, ota meihin yhteyttä.'),
      ),
      section(
        'ordering',
        'Näin tilaat',
        list([
          'Lisää tuotteet ostoskoriin. Voit muuttaa määriä tai poistaa tuotteita ennen maksamista.',
          'Anna kassalla nimesi, sähköpostiosoitteesi ja toimitusosoitteesi. Voit korjata niitä ennen maksamista.',
          `Paina ${PAY_BUTTON} ja hyväksy maksu MobilePayssa. Tilauksesi on sitova, kun olet hyväksynyt maksun.`,
          'Lähetämme sen jälkeen tilausvahvistuksen sähköpostitse.',
        ]),
        paragraph(`Voit asioida ${market.languages}. Tilauksesi tallentuu meille, ja nämä ehdot ovat aina luettavissa osoitteessa ${paths.terms}.`),
      ),
      section(
        'payment',
        'Maksaminen',
        paragraph('Maksat MobilePaylla. Maksun käsittelee maksupalveluntarjoajamme Stripe, ja hyväksyt maksun MobilePay-sovelluksessa.'),
        ...(manual
          ? [
              paragraph('Kun hyväksyt maksun MobilePayssa, summa varataan kortiltasi tai tililtäsi. Veloitamme sen vasta, kun lähetämme tilauksesi.'),
              paragraph(
                'Käyttämätön varaus vapautuu: heti, jos tilaus perutaan, ja muuten Stripe vapauttaa sen 7 päivän kuluttua. Jos emme ehdi lähettää tilausta näiden 7 päivän aikana, tilaus perutaan ja kerromme siitä sähköpostitse.',
              ),
            ]
          : [paragraph('Summa veloitetaan, kun hyväksyt maksun MobilePayssa.')]),
      ),
      section(
        'withdrawal',
        'Peruuttamisoikeus (14 päivää)',
        paragraph('Voit peruuttaa ostoksesi 14 päivän kuluessa siitä, kun olet saanut tuotteet, syytä ilmoittamatta.'),
        paragraph(
          `Voit peruuttaa ${withdrawFunction(facts)} tai lähettämällä sähköpostia osoitteeseen ${trader.email}. Voit käyttää peruuttamislomaketta, jonka löydät osoitteesta ${paths.withdrawal}, mutta se ei ole pakollista.`,
        ),
        paragraph(
          'Palautamme kaiken maksamasi 14 päivän kuluessa siitä, kun saimme peruuttamisilmoituksesi, samalla maksutavalla (MobilePay). Voimme odottaa palautuksen kanssa, kunnes olemme saaneet tuotteet takaisin tai olet osoittanut lähettäneesi ne.',
        ),
        paragraph(
          'Lähetä tuotteet takaisin 14 päivän kuluessa peruuttamisesta. Maksat itse tuotteiden palauttamisesta aiheutuvat suorat kustannukset. Jos olet käsitellyt tuotteita enemmän kuin niiden luonteen, ominaisuuksien ja toimivuuden toteamiseksi on tarpeen, voimme vähentää palautettavasta summasta tuotteiden arvon alentumisen.',
        ),
        paragraph(`Koko peruuttamisohje ja peruuttamislomake ovat osoitteessa ${paths.withdrawal}.`),
      ),
      section(
        'complaints',
        'Virheet ja reklamaatiot',
        ...market.complaints.map(paragraph),
        paragraph(
          `Kirjoita osoitteeseen ${trader.email} ja kerro tilausnumerosi ja se, mikä tuotteessa on vialla. Liitä mukaan kuva, jos voit. Jos reklamaatio on aiheellinen, maksamme tuotteen palauttamisen kohtuulliset kustannukset.`,
        ),
      ),
      section(
        'disputes',
        'Erimielisyydet',
        paragraph('Jos et ole tyytyväinen, ota ensin yhteyttä meihin – useimmat asiat ratkeavat nopeasti.'),
        ...market.disputes.map(paragraph),
      ),
      section(
        'personal-data',
        'Henkilötiedot',
        paragraph(
          `Käytämme nimeäsi, sähköpostiosoitettasi ja toimitusosoitettasi tilauksesi toimittamiseen ja säilytämme niitä vain niin kauan kuin on tarpeen. Tietosuojaselosteessamme osoitteessa ${paths.privacy} kerrotaan, mitä tietoja säilytämme, miksi ja kuinka kauan.`,
        ),
      ),
    ],
  };
}

function withdrawal(facts: LegalFacts): LegalDocument {
  const { trader, paths } = facts;
  const market = markets[facts.country];
  return {
    title: 'Peruuttamisoikeus',
    summary:
      'Voit peruuttaa ostoksesi 14 päivän kuluessa siitä, kun olet saanut tuotteet, syytä ilmoittamatta. Tällä sivulla kerrotaan, miten peruutat ja mitä sen jälkeen tapahtuu. Peruuttamislomake on sivun lopussa.',
    sections: [
      ...demoSection(trader),
      section(
        'right',
        'Peruuttamisoikeus',
        paragraph('Sinulla on oikeus peruuttaa tämä sopimus 14 päivän kuluessa syytä ilmoittamatta.'),
        paragraph(
          'Peruuttamisaika päättyy 14 päivän kuluttua siitä päivästä, jona saat tavarat fyysisesti haltuusi tai jona ne saa haltuunsa ilmoittamasi kolmas osapuoli, joka ei ole rahdinkuljettaja. Toimitamme tilauksesi yhtenä pakettina, joten aika lasketaan päivästä, jona saat paketin.',
        ),
        paragraph(
          `Peruuttamisoikeuden käyttämiseksi sinun on ilmoitettava meille (${traderInline(trader)}) päätöksestäsi peruuttaa tämä sopimus yksiselitteisellä ilmoituksella (esimerkiksi postitse lähetettävällä kirjeellä tai sähköpostilla). Voit käyttää alla olevaa peruuttamislomakemallia, mutta se ei ole pakollista.`,
        ),
        paragraph(
          `Voit myös peruuttaa verkkosivustollamme ${withdrawFunction(facts)}. Jos käytät tätä vaihtoehtoa, toimitamme sinulle viipymättä pysyvällä tavalla (sähköpostitse) vahvistuksen peruuttamisilmoituksen vastaanottamisesta.`,
        ),
        paragraph('Peruuttamisajan noudattamiseksi riittää, että lähetät ilmoituksen peruuttamisoikeuden käyttämisestä ennen peruuttamisajan päättymistä.'),
        paragraph(`Ohje noudattaa ${market.withdrawalLaw} mukaista peruuttamisohjetta.`),
      ),
      section(
        'withdrawal-function',
        'Näin käytät peruuttamistoimintoa',
        list([
          `Avaa ${paths.withdraw} (linkki ${WITHDRAW_LINK} jokaisen sivun alareunassa).`,
          'Anna tilausnumero (löydät sen tilausvahvistuksesta), sähköpostiosoite, jolla tilasit, ja nimesi.',
          `Tarkista tiedot ja paina ${CONFIRM_BUTTON}.`,
          'Lähetämme sinulle viipymättä sähköpostitse vahvistuksen, jossa on peruuttamisilmoituksesi sisältö sekä päivä ja kellonaika, jolloin saimme sen. Säilytä vahvistus: se osoittaa, että peruutit ajoissa.',
        ]),
        paragraph(
          `Toiminto peruuttaa koko tilauksen; jos haluat peruuttaa vain osan siitä, kirjoita meille. Voit peruuttaa myös ennen kuin tuotteet ovat perillä. Jos haluat mieluummin kirjoittaa, lähetä sähköpostia osoitteeseen ${trader.email}.`,
        ),
      ),
      section(
        'effects',
        'Peruuttamisen vaikutukset',
        paragraph(
          'Jos peruutat tämän sopimuksen, palautamme sinulta saadut maksut, mukaan lukien toimituskustannukset, viipymättä ja viimeistään 14 päivän kuluttua siitä päivästä, jona meille on ilmoitettu päätöksestäsi peruuttaa tämä sopimus. Toimitus sisältyy hintoihimme, joten saat takaisin koko maksamasi summan.',
        ),
        paragraph(
          'Suoritamme maksujen palautuksen käyttäen samaa maksutapaa, jota käytit alkuperäisessä liiketoimessa (MobilePay), ellet ole nimenomaisesti sopinut muuta; palautuksesta ei missään tapauksessa aiheudu sinulle kustannuksia.',
        ),
        paragraph(
          facts.captureMethod === 'manual'
            ? 'Jos peruutat ennen kuin olemme lähettäneet tilauksesi, perumme sen ja vapautamme MobilePayssa varatun summan, joten sinulta ei veloiteta mitään.'
            : 'Jos peruutat ennen kuin olemme lähettäneet tilauksesi, emme lähetä sitä, ja palautamme maksamasi summan.',
        ),
        paragraph(
          'Voimme pidättäytyä maksujen palauttamisesta, kunnes olemme saaneet tavarat takaisin tai kunnes olet toimittanut näytön tavaroiden palauttamisesta sen mukaan, kumpi tapahtuu ensin.',
        ),
        paragraph(
          `Sinun on palautettava tavarat tai luovutettava ne meille (${trader.name}, ${trader.address}) viipymättä ja joka tapauksessa viimeistään 14 päivän kuluttua siitä päivästä, jona ilmoitit meille tämän sopimuksen peruuttamisesta. Määräaikaa noudatetaan, jos palautat tavarat ennen 14 päivän määräajan päättymistä.`,
        ),
        paragraph('Sinun on vastattava tavaroiden palauttamisesta aiheutuvista suorista kustannuksista.'),
        paragraph(
          'Olet vastuussa ainoastaan tavaroiden arvon alentumisesta, joka johtuu tavaroiden muusta kuin niiden luonteen, ominaisuuksien tai toimivuuden toteamiseksi tarpeellisesta käsittelystä.',
        ),
      ),
      section(
        'model-form',
        'Peruuttamislomake',
        paragraph('(täytä ja palauta tämä lomake vain, jos haluat peruuttaa sopimuksen)'),
        paragraph(`Vastaanottaja: ${trader.name}, ${trader.address}, ${trader.email}`),
        paragraph('Ilmoitan/ilmoitamme (*), että haluan/haluamme (*) peruuttaa tekemäni/tekemämme (*) sopimuksen, joka koskee seuraavien tavaroiden kauppaa:'),
        list([
          'Tilattu (*) / vastaanotettu (*):',
          'Kuluttajan (kuluttajien) nimi:',
          'Kuluttajan (kuluttajien) osoite:',
          'Kuluttajan (kuluttajien) allekirjoitus (vain jos lomake toimitetaan paperilla):',
          'Päiväys:',
        ]),
        paragraph('(*) Tarpeeton yliviivataan.'),
      ),
    ],
  };
}

const cookiePurposes: Record<CookieFact['id'], string> = {
  cart: 'Ostoskorissasi olevat tuotteet.',
  cart_count: 'Ostoskorilinkin kohdalla näkyvä tuotemäärä; sivun skripti voi lukea sen.',
  locale: 'Valitsemasi maa ja kieli.',
  checkout: 'Yhdistää aloittamasi maksun selaimeesi. Asetetaan, kun maksat Stripe.js:n tai Stripe Checkoutin kautta.',
  admin_session: 'Kauppiaan kirjautuminen hallintapaneeliin. Asiakkaille sitä ei koskaan aseteta.',
  stripe_mid: 'Stripen skripti, joka vahvistaa maksusi selaimessa, asettaa sen: selaimesi tunniste Stripen petostentorjuntaa varten.',
  stripe_sid: 'Stripen skripti, joka vahvistaa maksusi selaimessa, asettaa sen: tämän käynnin tunniste Stripen petostentorjuntaa varten.',
};

/** The e-mails an order may bring, for the capture method the shop uses. */
const emailKinds = (facts: LegalFacts): string =>
  facts.captureMethod === 'manual'
    ? 'ilmoitus siitä, että olemme saaneet tilauksesi ja hyväksymäsi maksun, ilmoitus lähetyksestä, kun veloitamme maksun, ilmoitus tilauksen perumisesta, jos maksun hyväksyntä vapautuu, ilmoitukset rahojen palauttamisesta ja vahvistus peruuttamisesta'
    : 'tilausvahvistus, ilmoitus lähetyksestä, ilmoitukset rahojen palauttamisesta ja vahvistus peruuttamisesta';

function privacy(facts: LegalFacts): LegalDocument {
  const { trader } = facts;
  const market = markets[facts.country];
  const retention = inWords(facts.retentionDays, 'day', 'fi');
  const erased = `Poistetaan, kun tilauksesta on kulunut ${retention}.`;
  return {
    title: 'Tietosuojaseloste',
    summary: `Tässä selosteessa kerromme, mitä tietoja sinusta säilytetään, kun ostat kaupastamme, miksi ja kuinka kauan sekä kuka muu tietoja käsittelee. Rekisterinpitäjä on ${trader.name}. Lyhyesti: säilytämme vain tilauksen vaatimat tiedot ja poistamme ne, kun tilauksesta on kulunut ${retention}. Emme markkinoi, profiloi emmekä seuraa sinua.`,
    sections: [
      ...demoSection(trader),
      section(
        'controller',
        'Rekisterinpitäjä',
        paragraph('Henkilötietojesi rekisterinpitäjä on:'),
        traderList(trader),
        paragraph(`Kaikissa tietojasi koskevissa asioissa voit kirjoittaa osoitteeseen ${trader.email}.`),
      ),
      section(
        'data',
        'Mitä tietoja säilytämme ja miksi',
        list([
          `Nimesi, sähköpostiosoitteesi ja toimitusosoitteesi, jotka annat kassalla: tilauksen toimittamiseen, tilausta koskevien sähköpostien lähettämiseen sekä peruuttamisen tai reklamaation käsittelyyn. Käsittelyperuste: sopimus kanssasi (tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta). ${erased}`,
          'Tilauksen rivit ja summat (tuotteet, määrät, hinnat, arvonlisävero), sen päivämäärät ja maksun tunniste Stripessä: tilauksen toimittamiseen, rahojen palauttamiseen ja kirjanpitoon. Käsittelyperuste: sopimus (6 artiklan 1 kohdan b alakohta) ja kirjanpitovelvollisuutemme (6 artiklan 1 kohdan c alakohta).',
          `Sinulle lähettämämme sähköpostit (${emailKinds(facts)}): kirjaamme, minkä viestin lähetimme ja milloin. Viestin teksti muodostetaan tilauksen tiedoista lähetyshetkellä, emmekä säilytä siitä kopiota. Käsittelyperuste: sopimus (b alakohta). Kun nimesi ja osoitteesi on poistettu, tilausnumeron yhteyteen jää vain viestin laji ja päivämäärä.`,
          `Nimi, jonka annat peruuttaessasi, ja aika, jolloin saimme peruuttamisilmoituksen: peruuttamisen käsittelyyn ja sen osoittamiseen, milloin ilmoitus saapui. Käsittelyperuste: ${market.withdrawalLaw} mukainen lakisääteinen velvoitteemme (c alakohta). ${erased}`,
          `Laitteesi IP-osoite laskureissa, jotka rajoittavat, kuinka usein kassaa ja kaupan lomakkeita voi käyttää: kaupan ja maksusi suojaamiseen väärinkäytöltä. Käsittelyperuste: oikeutettu etumme huolehtia tietoturvasta (f alakohta). Poistetaan viimeistään 2 tunnin kuluessa.`,
          'Kauppiaan oma kirjautumisistunto kaupan hallintapaneeliin: se koskee vain kaupan henkilökuntaa, ei koskaan asiakkaita. Käsittelyperuste: oikeutettu etumme pitää hallintapaneeli suojattuna (f alakohta). Istunto päättyy, kun kirjautumiseväste vanhenee (ks. Evästeet).',
        ]),
        paragraph('Tarvitsemme nimesi, sähköpostiosoitteesi ja toimitusosoitteesi, jotta voimme ottaa tilauksen vastaan ja toimittaa sen; ilman niitä et voi tilata.'),
      ),
      section(
        'retention',
        'Kuinka kauan säilytämme tietoja',
        paragraph(
          `Poistamme nimesi, sähköpostiosoitteesi, toimitusosoitteesi sekä peruuttamisen yhteydessä annetun nimen, kun tilauksen tekemisestä on kulunut ${retention}; tieto siitä, mitä viestejä lähetettiin ja milloin, jää vain tilausnumeron yhteyteen.`,
        ),
        paragraph(facts.retentionDays > 730 ? market.retentionReason : 'Aika on lyhyempi kuin kaksi vuotta, joiden kuluessa tuotteiden virheistä voi reklamoida.'),
        paragraph('Sen jälkeenkin löydämme tilauksen kirjanpidostamme tilausvahvistuksessa olevan tilausnumeron avulla, joten säilytä tilausvahvistus.'),
        paragraph(
          `Meidän on ${market.bookkeepingLaw} mukaan säilytettävä kirjanpitoaineisto ${inWords(facts.bookkeepingYears, 'year', 'fi')} tilikauden päättymisestä: tilausnumerot, summat, arvonlisävero, päivämäärät ja maksujen tunnisteet. Säilytämme ne ilman nimeäsi, sähköpostiosoitettasi ja toimitusosoitettasi.`,
        ),
      ),
      section(
        'recipients',
        'Kenelle tietoja luovutetaan',
        list([
          'Stripe Payments Europe, Ltd. (Irlanti), maksupalveluntarjoajamme: saa maksun summan, nimesi, sähköpostiosoitteesi ja toimitusosoitteesi maksua varten. Stripe on myös itsenäinen rekisterinpitäjä omassa petostentorjunnassaan ja omien lakisääteisten velvoitteidensa hoitamisessa; sen tietosuojakäytäntö on osoitteessa stripe.com/privacy.',
          'MobilePay (Vipps MobilePay): hyväksyt maksun MobilePay-sovelluksessa sen omien ehtojen ja tietosuojakäytännön mukaisesti.',
          'Sähköpostipalvelu, joka toimittaa viestimme sinulle, henkilötietojen käsittelijänä puolestamme.',
          'Palveluntarjoaja, jonka palvelimilla kauppa ja sen tietokanta toimivat, henkilötietojen käsittelijänä puolestamme.',
        ]),
        paragraph(
          'Käsittelijämme käsittelevät tietoja vain ohjeidemme mukaan ja tietojenkäsittelysopimuksen nojalla (tietosuoja-asetuksen 28 artikla). Emme myy tietojasi emmekä luovuta niitä muille.',
        ),
      ),
      section(
        'transfers',
        'Tietojen siirrot EU:n ja ETA:n ulkopuolelle',
        paragraph(
          'Stripe voi siirtää tietoja Yhdysvaltoihin. Siirrot perustuvat EU:n ja Yhdysvaltojen väliseen tietosuojakehykseen (EU–US Data Privacy Framework) ja Euroopan komission vakiosopimuslausekkeisiin.',
        ),
      ),
      section(
        'no-tracking',
        'Ei profilointia, markkinointia eikä seurantaa',
        paragraph('Emme profiloi sinua emmekä tee sinusta automaattisia päätöksiä. Emme lähetä markkinointia, eikä kauppa käytä analytiikka- tai seurantatyökaluja.'),
      ),
      section(
        'rights',
        'Oikeutesi',
        list([
          'Oikeus saada pääsy tietoihisi ja kopio niistä (tietosuoja-asetuksen 15 artikla).',
          'Oikeus saada virheelliset tiedot oikaistuiksi (16 artikla).',
          `Oikeus tietojen poistamiseen (17 artikla) – lukuun ottamatta tietoja, jotka ${market.bookkeepingLaw} mukaan on säilytettävä.`,
          'Oikeus käsittelyn rajoittamiseen (18 artikla).',
          'Oikeus vastustaa käsittelyä, joka perustuu oikeutettuun etuumme (21 artikla).',
          'Oikeus siirtää tiedot järjestelmästä toiseen: saat tietosi tiedostona (20 artikla).',
        ]),
        paragraph(
          `Voit käyttää oikeuksiasi kirjoittamalla osoitteeseen ${trader.email} siitä sähköpostiosoitteesta, jolla tilasit. Vastaamme kuukauden kuluessa ja lähetämme tietosi tiedostona tai poistamme ne pyyntösi mukaan. Kirjaamme vastanneemme pyyntöön, mutta vain tilausnumeroin.`,
        ),
      ),
      section(
        'complaint',
        'Valitus valvontaviranomaiselle',
        paragraph(`Voit tehdä valituksen valvontaviranomaiselle: ${market.authority}. Toivomme kuitenkin, että otat ensin yhteyttä meihin, jotta voimme korjata asian.`),
      ),
      section(
        'cookies',
        'Evästeet',
        paragraph('Kauppa asettaa vain nämä evästeet:'),
        {
          kind: 'table',
          caption: 'Kaupan asettamat evästeet',
          head: ['Nimi', 'Käyttötarkoitus', 'Voimassaoloaika'],
          rows: facts.cookies.map((cookie) => [cookie.name, cookiePurposes[cookie.id], lifetime(cookie.maxAgeSeconds, 'fi')]),
        },
        paragraph(
          'Kaikki ne ovat välttämättömiä pyytämäsi palvelun tarjoamiseksi, joten kauppa ei pyydä suostumusta eikä näytä evästebanneria. Muita evästeitä kauppa ei aseta: ei analytiikka- eikä mainosevästeitä.',
        ),
      ),
    ],
  };
}

export const fi: LegalTexts = { terms, withdrawal, privacy };
