import type { Country } from '@/lib/i18n/locales';
import { list, paragraph, section } from '@/lib/legal/content/blocks';
import { inWords, lifetime } from '@/lib/legal/content/lifetime';
import type { CookieFact, LegalBlock, LegalDocument, LegalFacts, LegalSection, LegalTexts } from '@/lib/legal/legal-document';
import type { Trader } from '@/lib/legal/trader';

// Butikkens juridiske tekster på dansk (da-DK): handelsbetingelser, fortrydelsesret med standardfortrydelsesformularen
// og privatlivspolitik med cookielisten, skrevet ud fra fakta (lib/legal/legal-document.ts). facts.country vælger,
// hvilket lands regler, myndigheder og bogføringslov teksten nævner. Ren tekst.

/** What differs between the markets, as the Danish text names it. */
type Market = {
  country: string;
  currency: string;
  languages: string;
  withdrawalLaw: string;
  bookkeepingLaw: string;
  complaints: string[];
  disputes: string[];
  /** Why the personal data is kept as long as it is, when that covers the complaint period. */
  retentionReason: string;
  authority: string;
};

const markets: Record<Country, Market> = {
  dk: {
    country: 'Danmark',
    currency: 'danske kroner (DKK)',
    languages: 'dansk eller engelsk',
    withdrawalLaw: 'forbrugeraftaleloven',
    bookkeepingLaw: 'bogføringsloven',
    complaints: [
      'Du har 2 års reklamationsret efter købeloven. Det betyder, at du kan klage over fejl og mangler, som varen havde, da du modtog den – også selv om de først viser sig senere. Er varen mangelfuld, kan du få den repareret eller byttet, få et afslag i prisen eller, hvis manglen ikke er uvæsentlig, hæve købet og få pengene tilbage.',
      'Du skal reklamere inden rimelig tid, efter at du har opdaget manglen. Reklamerer du inden 2 måneder, er det altid rettidigt. De 2 år regnes fra den dag, du modtog varen. Almindeligt slid og skader, der skyldes forkert brug, er ikke mangler.',
    ],
    disputes: [
      'Finder vi ikke en løsning sammen, kan du klage til Nævnenes Hus, som behandler forbrugerklager i Forbrugerklagenævnet: naevneneshus.dk.',
    ],
    retentionReason:
      'Perioden dækker reklamationsretten på 2 år fra levering (købeloven § 83) plus en margen, så vi også kan behandle en reklamation, der kommer på den sidste dag.',
    authority: 'Datatilsynet (datatilsynet.dk)',
  },
  fi: {
    country: 'Finland',
    currency: 'euro (EUR)',
    languages: 'finsk eller engelsk',
    withdrawalLaw: 'kapitel 6 i den finske forbrugerbeskyttelseslov (kuluttajansuojalaki)',
    bookkeepingLaw: 'den finske bogføringslov (kirjanpitolaki)',
    complaints: [
      'Vi hæfter for fejl ved varen (virhevastuu) efter kapitel 5 i den finske forbrugerbeskyttelseslov (kuluttajansuojalaki). Ansvaret har ingen fast frist: Det afhænger af, hvor længe en vare af den slags med rimelighed kan forventes at holde. Er varen mangelfuld, kan du få den repareret eller byttet, få et afslag i prisen eller, hvis fejlen ikke er ubetydelig, hæve købet.',
      'Giv os besked om fejlen inden rimelig tid, efter at du har opdaget den. Almindeligt slid og skader, der skyldes forkert brug, er ikke fejl.',
    ],
    disputes: [
      'Finder vi ikke en løsning sammen, kan du få gratis råd og mægling hos den finske forbrugerrådgivning (kuluttajaneuvonta): kkv.fi/kuluttajaneuvonta. Derefter kan du indbringe sagen for det finske forbrugerklagenævn, Kuluttajariitalautakunta: kuluttajariita.fi.',
    ],
    retentionReason:
      'Perioden dækker 2 år fra levering – den korteste tid, EU-retten giver til at klage over fejl (finsk ret har ingen fast frist) – plus en margen, så vi også kan behandle en sen reklamation.',
    authority: 'den finske databeskyttelsesmyndighed, Tietosuojavaltuutetun toimisto (tietosuoja.fi)',
  },
};

const WITHDRAW_LINK = '"Fortryd dit køb her"';
const CONFIRM_BUTTON = '"Bekræft fortrydelse her"';
const PAY_BUTTON = '"Betal med MobilePay"';

/** The trader's business register numbers, labelled: "CVR-nr.: 12345674", "Finsk virksomheds-id (Y-tunnus): 1234567-8". */
function registrations(trader: Trader): string[] {
  return [
    ...(trader.cvr === null ? [] : [`CVR-nr.: ${trader.cvr}`]),
    ...(trader.businessId === null ? [] : [`Finsk virksomheds-id (Y-tunnus): ${trader.businessId}`]),
  ];
}

/** Who sells, one fact a line. */
const traderList = (trader: Trader): LegalBlock =>
  list([trader.name, trader.address, `E-mail: ${trader.email}`, `Telefon: ${trader.phone}`, ...registrations(trader)]);

/** Who sells, on one line, for a sentence. */
const traderInline = (trader: Trader): string =>
  [trader.name, trader.address, `telefon ${trader.phone}`, `e-mail ${trader.email}`, ...registrations(trader)].join(', ');

/** The demo trader's pages say first that they are examples. */
const demoSection = (trader: Trader): LegalSection[] =>
  trader.demo
    ? [
        section(
          'demo',
          'Demotekster',
          paragraph(
            `Dette er demotekster for en demovirksomhed (${trader.name}) i en referencebutik. De er ikke juridisk rådgivning og beskriver ikke en rigtig virksomhed: Få dem gennemgået af en advokat, før en rigtig butik bruger dem.`,
          ),
        ),
      ]
    : [];

const withdrawFunction = (facts: LegalFacts): string =>
  `fortrydelsesfunktionen på ${facts.paths.withdraw} (${WITHDRAW_LINK}, linket nederst på alle sider)`;

function terms(facts: LegalFacts): LegalDocument {
  const { trader, paths } = facts;
  const market = markets[facts.country];
  const manual = facts.captureMethod === 'manual';
  return {
    title: 'Handelsbetingelser',
    summary: `Betingelserne gælder, når du køber hos ${trader.name}. Kort fortalt: Priserne er inkl. moms og levering i ${market.country}, du betaler med MobilePay, du kan fortryde inden for 14 dage efter modtagelsen af varerne, og du kan klage over varer med fejl.`,
    sections: [
      ...demoSection(trader),
      section('trader', 'Hvem sælger', paragraph('Du køber hos:'), traderList(trader), paragraph('Skriv eller ring til os, hvis du har spørgsmål til en ordre.')),
      section(
        'products-prices',
        'Varer og priser',
        paragraph('På hver vares side står dens vigtigste egenskaber og dens pris.'),
        paragraph(
          `Priserne er i ${market.currency} og inkluderer ${facts.vatRate} moms. Levering i ${market.country} er inkluderet i prisen: Der lægges ingen gebyrer til ved kassen, og totalen i kurven er det, du betaler.`,
        ),
      ),
      section(
        'delivery',
        'Levering',
        paragraph(
          `Vi leverer til adresser i ${market.country}. Vi sender din ordre som én pakke til den adresse, du oplyser ved kassen, og den er fremme inden for 2–5 hverdage, efter at du ${manual ? 'har godkendt betalingen' : 'har betalt'}.`,
        ),
        paragraph('Tager leveringen længere tid, giver vi dig besked på e-mail. Kommer pakken ikke frem, eller er den beskadiget, så kontakt os.'),
      ),
      section(
        'ordering',
        'Sådan bestiller du',
        list([
          'Læg varerne i kurven. Du kan ændre antal eller fjerne varer, indtil du betaler.',
          'Skriv dit navn, din e-mailadresse og din leveringsadresse ved kassen. Du kan rette dem, indtil du betaler.',
          `Tryk på ${PAY_BUTTON}, og godkend betalingen i MobilePay. Din ordre er bindende, når du har godkendt den.`,
          'Derefter sender vi dig en ordrebekræftelse på e-mail.',
        ]),
        paragraph(`Du kan handle på ${market.languages}. Vi gemmer din ordre, og betingelserne kan altid læses på ${paths.terms}.`),
      ),
      section(
        'payment',
        'Betaling',
        paragraph('Du betaler med MobilePay. Betalingen behandles af vores betalingsformidler, Stripe, og du godkender den i MobilePay-appen.'),
        ...(manual
          ? [
              paragraph('Når du godkender betalingen i MobilePay, reserveres beløbet på dit kort eller din konto. Vi trækker det først, når vi sender din ordre.'),
              paragraph(
                'En reservation, vi ikke bruger, bliver frigivet: med det samme, hvis ordren annulleres, og ellers frigiver Stripe den efter 7 dage. Kan vi ikke sende ordren inden for de 7 dage, bliver den annulleret, og du får besked på e-mail.',
              ),
            ]
          : [paragraph('Beløbet trækkes, når du godkender betalingen i MobilePay.')]),
      ),
      section(
        'withdrawal',
        'Fortrydelsesret (14 dage)',
        paragraph('Du kan fortryde dit køb inden for 14 dage efter, at du har modtaget varerne, uden at give en begrundelse.'),
        paragraph(
          `Du fortryder ved at bruge ${withdrawFunction(facts)} eller ved at sende en e-mail til ${trader.email}. Du kan bruge standardfortrydelsesformularen på ${paths.withdrawal}, men det er ikke et krav.`,
        ),
        paragraph(
          'Vi tilbagebetaler alt, hvad du har betalt, senest 14 dage efter, at vi har modtaget din fortrydelse, med samme betalingsmiddel (MobilePay). Vi må vente med tilbagebetalingen, til vi har fået varerne tilbage, eller du har vist, at du har sendt dem.',
        ),
        paragraph(
          'Send varerne tilbage senest 14 dage efter, at du har fortrudt. Du betaler selv de direkte udgifter til at returnere dem. Har du håndteret varerne mere, end det er nødvendigt for at fastslå deres art, egenskaber og funktion, kan vi trække værdiforringelsen fra i tilbagebetalingen.',
        ),
        paragraph(`Hele vejledningen om fortrydelsesret med standardfortrydelsesformularen står på ${paths.withdrawal}.`),
      ),
      section(
        'complaints',
        'Reklamation over fejl og mangler',
        ...market.complaints.map(paragraph),
        paragraph(
          `Skriv til ${trader.email} med dit ordrenummer, hvad der er galt, og gerne et billede. Er reklamationen berettiget, betaler vi rimelige udgifter til at sende varen tilbage.`,
        ),
      ),
      section(
        'disputes',
        'Klagemuligheder',
        paragraph('Er du ikke tilfreds, så kontakt os først – de fleste sager løser vi hurtigt.'),
        ...market.disputes.map(paragraph),
      ),
      section(
        'personal-data',
        'Personoplysninger',
        paragraph(
          `Vi bruger dit navn, din e-mailadresse og din leveringsadresse til at levere din ordre og gemmer dem kun, så længe det er nødvendigt. I vores privatlivspolitik på ${paths.privacy} kan du læse, hvad vi gemmer, hvorfor og hvor længe.`,
        ),
      ),
    ],
  };
}

function withdrawal(facts: LegalFacts): LegalDocument {
  const { trader, paths } = facts;
  const market = markets[facts.country];
  return {
    title: 'Fortrydelsesret',
    summary:
      'Du kan fortryde dit køb inden for 14 dage efter, at du har modtaget varerne, uden at give en begrundelse. Her kan du læse, hvordan du gør, og hvad der så sker, og du finder standardfortrydelsesformularen nederst.',
    sections: [
      ...demoSection(trader),
      section(
        'right',
        'Fortrydelsesret',
        paragraph('Du har ret til at fortryde denne aftale inden for 14 dage uden at angive nogen grund.'),
        paragraph(
          'Fortrydelsesfristen udløber 14 dage efter den dag, hvor du eller en af dig angivet tredjemand, dog ikke transportøren, får varerne i fysisk besiddelse. Vi leverer din ordre i én pakke, så fristen regnes fra den dag, pakken når frem til dig.',
        ),
        paragraph(
          `For at udøve fortrydelsesretten skal du meddele os (${traderInline(trader)}) din beslutning om at fortryde denne aftale i en utvetydig erklæring (f.eks. et brev sendt med posten eller en e-mail). Du kan anvende standardfortrydelsesformularen nedenfor, men det er ikke obligatorisk.`,
        ),
        paragraph(
          `Du kan også fortryde på vores hjemmeside med ${withdrawFunction(facts)}. Hvis du benytter denne mulighed, sender vi dig straks en bekræftelse på modtagelsen af din fortrydelse på et varigt medium (en e-mail).`,
        ),
        paragraph(
          'Fortrydelsesfristen er overholdt, hvis du sender din meddelelse vedrørende din udøvelse af fortrydelsesretten, inden fortrydelsesfristen er udløbet.',
        ),
        paragraph(`Vejledningen følger standardvejledningen om fortrydelsesret i ${market.withdrawalLaw}.`),
      ),
      section(
        'withdrawal-function',
        'Sådan bruger du fortrydelsesfunktionen',
        list([
          `Åbn ${paths.withdraw} (linket ${WITHDRAW_LINK} nederst på alle sider).`,
          'Skriv dit ordrenummer (det står i din ordrebekræftelse), den e-mailadresse, du bestilte med, og dit navn.',
          `Tjek oplysningerne, og tryk på ${CONFIRM_BUTTON}.`,
          'Vi sender dig straks en kvittering på e-mail med indholdet af din fortrydelse og den dato og det klokkeslæt, hvor vi modtog den. Gem den: Den viser, at du har fortrudt i tide.',
        ]),
        paragraph(
          `Funktionen fortryder hele ordren; vil du kun fortryde en del af den, så skriv til os. Du kan også fortryde, før varerne er nået frem. Vil du hellere skrive, så send en e-mail til ${trader.email}.`,
        ),
      ),
      section(
        'effects',
        'Virkninger af fortrydelse',
        paragraph(
          'Hvis du fortryder denne aftale, refunderer vi alle betalinger modtaget fra dig, herunder leveringsomkostninger, uden unødig forsinkelse og under alle omstændigheder senest 14 dage fra den dato, hvor vi har modtaget meddelelse om din beslutning om at fortryde denne aftale. Levering er inkluderet i vores priser, så du får hele det beløb tilbage, du har betalt.',
        ),
        paragraph(
          'Vi gennemfører en sådan tilbagebetaling med samme betalingsmiddel, som du benyttede ved den oprindelige transaktion (MobilePay), medmindre du udtrykkeligt har accepteret noget andet; du pålægges under ingen omstændigheder gebyrer som følge af tilbagebetalingen.',
        ),
        paragraph(
          facts.captureMethod === 'manual'
            ? 'Fortryder du, før vi har sendt din ordre, annullerer vi den og frigiver det beløb, der er reserveret i MobilePay, så du ikke bliver trukket noget.'
            : 'Fortryder du, før vi har sendt din ordre, sender vi den ikke, og vi tilbagebetaler det beløb, du har betalt.',
        ),
        paragraph(
          'Vi kan tilbageholde tilbagebetalingen, indtil vi har modtaget varerne retur, eller du har fremlagt dokumentation for at have returneret dem, alt efter hvad der sker først.',
        ),
        paragraph(
          `Du skal returnere varerne eller levere dem til os (${trader.name}, ${trader.address}) uden unødig forsinkelse og under alle omstændigheder senest 14 dage efter den dato, hvor du har meddelt os din beslutning om at fortryde denne aftale. Fristen er overholdt, hvis du returnerer varerne inden udløbet af fristen på 14 dage.`,
        ),
        paragraph('Du skal afholde de direkte udgifter i forbindelse med tilbagelevering af varerne.'),
        paragraph(
          'Du hæfter kun for eventuel forringelse af varernes værdi, som skyldes anden håndtering, end hvad der er nødvendigt for at fastslå varernes art, egenskaber og den måde, hvorpå de fungerer.',
        ),
      ),
      section(
        'model-form',
        'Standardfortrydelsesformular',
        paragraph('(denne formular udfyldes og returneres kun, hvis fortrydelsesretten gøres gældende)'),
        paragraph(`Til ${trader.name}, ${trader.address}, ${trader.email}:`),
        paragraph(
          'Jeg/vi (*) meddeler herved, at jeg/vi (*) ønsker at gøre fortrydelsesretten gældende i forbindelse med min/vores (*) købsaftale om følgende varer:',
        ),
        list([
          'Bestilt den (*) / modtaget den (*):',
          'Forbrugerens (forbrugernes) navn:',
          'Forbrugerens (forbrugernes) adresse:',
          'Forbrugerens (forbrugernes) underskrift (kun hvis formularens indhold meddeles på papir):',
          'Dato:',
        ]),
        paragraph('(*) Det ikke relevante udstreges.'),
      ),
    ],
  };
}

const cookiePurposes: Record<CookieFact['id'], string> = {
  cart: 'Varerne i din kurv.',
  cart_count: 'Antallet ved linket til kurven; sidens script kan læse det.',
  locale: 'Det land og sprog, du har valgt.',
  checkout: 'Knytter en betaling, du har startet, til din browser. Sættes, når du betaler med Stripe.js eller Stripe Checkout.',
  admin_session: 'Butiksejerens login til kontrolpanelet. Sættes aldrig for kunder.',
  stripe_mid: 'Sættes af Stripes script, der bekræfter betalingen i din browser: et id for din browser til Stripes forebyggelse af svindel.',
  stripe_sid: 'Sættes af Stripes script, der bekræfter betalingen i din browser: et id for dette besøg til Stripes forebyggelse af svindel.',
};

/** The e-mails an order may bring, for the capture method the shop uses. */
const emailKinds = (facts: LegalFacts): string =>
  facts.captureMethod === 'manual'
    ? 'beskeden om, at vi har modtaget din ordre og din godkendte betaling, besked om afsendelse, når vi trækker betalingen, besked om annullering, hvis godkendelsen frigives, besked om tilbagebetalinger og kvitteringen for en fortrydelse'
    : 'ordrebekræftelsen, besked om afsendelse, besked om tilbagebetalinger og kvitteringen for en fortrydelse';

function privacy(facts: LegalFacts): LegalDocument {
  const { trader } = facts;
  const market = markets[facts.country];
  const retention = inWords(facts.retentionDays, 'day', 'da');
  const erased = `Slettes ${retention} efter ordren.`;
  return {
    title: 'Privatlivspolitik',
    summary: `Her kan du læse, hvilke oplysninger ${trader.name} gemmer om dig, når du handler her, hvorfor og hvor længe, og hvem der ellers får dem. Kort fortalt: kun det, en ordre kræver, og det slettes ${retention} efter ordren. Ingen markedsføring, ingen profilering, ingen sporing.`,
    sections: [
      ...demoSection(trader),
      section(
        'controller',
        'Dataansvarlig',
        paragraph('Dataansvarlig for dine personoplysninger er:'),
        traderList(trader),
        paragraph(`Skriv til ${trader.email} om alt, der har med dine oplysninger at gøre.`),
      ),
      section(
        'data',
        'Det gemmer vi, og hvorfor',
        list([
          `Dit navn, din e-mailadresse og din leveringsadresse, som du oplyser ved kassen: for at levere din ordre, sende dig e-mails om den og behandle en fortrydelse eller reklamation. Grundlag: aftalen med dig (GDPR art. 6, stk. 1, litra b). ${erased}`,
          'Ordrens linjer og beløb (varer, antal, priser, moms), dens datoer og betalingens reference hos Stripe: for at levere, tilbagebetale og føre regnskab. Grundlag: aftalen (art. 6, stk. 1, litra b) og vores pligt til at bogføre (art. 6, stk. 1, litra c).',
          `De e-mails, vi sender dig (${emailKinds(facts)}): Vi noterer, hvilken slags vi har sendt, og hvornår. Teksten skrives ud fra ordren, når e-mailen sendes; vi gemmer ingen kopi af den. Grundlag: aftalen (art. 6, stk. 1, litra b). Når dit navn og dine adresser er slettet, står kun slags og dato tilbage ved ordrenummeret.`,
          `Det navn, du oplyser, når du fortryder, og tidspunktet, hvor vi modtog fortrydelsen: for at behandle fortrydelsen og kunne vise, hvornår den nåede frem. Grundlag: vores retlige forpligtelse (art. 6, stk. 1, litra c) efter ${market.withdrawalLaw}. ${erased}`,
          `Din enheds IP-adresse i tællere, der begrænser, hvor ofte kassen og butikkens formularer kan bruges: for at beskytte butikken og din betaling mod misbrug. Grundlag: vores legitime interesse i sikkerhed (art. 6, stk. 1, litra f). Slettes inden for ${inWords(2, 'hour', 'da')}.`,
          'Butiksejerens eget login til butikkens kontrolpanel: Det vedrører kun butikkens personale, aldrig kunder. Grundlag: vores legitime interesse i at holde kontrolpanelet sikkert (art. 6, stk. 1, litra f). Det udløber med login-cookien (se Cookies).',
        ]),
        paragraph('Vi skal bruge dit navn, din e-mailadresse og din leveringsadresse for at kunne tage imod og levere en ordre; uden dem kan du ikke bestille.'),
      ),
      section(
        'retention',
        'Så længe gemmer vi dem',
        paragraph(
          `Vi sletter dit navn, din e-mailadresse, din leveringsadresse og navnet fra en fortrydelse ${retention} efter, at ordren blev afgivet; hvilke e-mails der blev sendt og hvornår, står derefter kun ved ordrenummeret.`,
        ),
        paragraph(facts.retentionDays > 730 ? market.retentionReason : 'Det er kortere end de 2 år, hvor du kan klage over fejl ved varen.'),
        paragraph('Derefter kan vi stadig finde ordren i vores regnskab ud fra ordrenummeret i din ordrebekræftelse – så gem den.'),
        paragraph(
          `Efter ${market.bookkeepingLaw} skal vi opbevare vores regnskabsmateriale i ${inWords(facts.bookkeepingYears, 'year', 'da')} fra udgangen af regnskabsåret: ordrenumre, beløb, moms, datoer og betalingsreferencer. Det gemmer vi uden dit navn, din e-mailadresse og din leveringsadresse.`,
        ),
      ),
      section(
        'recipients',
        'Hvem får dine oplysninger',
        list([
          'Stripe Payments Europe, Ltd. (Irland), vores betalingsformidler: får beløbet, dit navn, din e-mailadresse og din leveringsadresse til betalingen. Stripe er også selvstændigt dataansvarlig for sin egen forebyggelse af svindel og sine egne lovpligtige opgaver; Stripes privatlivspolitik står på stripe.com/privacy.',
          'MobilePay (Vipps MobilePay): Du godkender betalingen i MobilePay-appen efter MobilePays egne vilkår og privatlivspolitik.',
          'Den e-mailudbyder, der leverer vores e-mails til dig, som vores databehandler.',
          'Den hostingudbyder, der driver butikkens servere og database, som vores databehandler.',
        ]),
        paragraph(
          'Vores databehandlere må kun bruge oplysningerne efter vores instruks og under en databehandleraftale (GDPR art. 28). Vi sælger ikke dine oplysninger og deler dem ikke med andre.',
        ),
      ),
      section(
        'transfers',
        'Overførsel uden for EU/EØS',
        paragraph('Stripe kan overføre oplysninger til USA. Det sker efter EU-US Data Privacy Framework og EU-Kommissionens standardkontraktbestemmelser.'),
      ),
      section(
        'no-tracking',
        'Ingen profilering, markedsføring eller sporing',
        paragraph(
          'Vi laver ingen profiler af dig og træffer ingen automatiske afgørelser om dig. Vi sender ingen markedsføring, og butikken bruger hverken statistik- eller sporingsværktøjer.',
        ),
      ),
      section(
        'rights',
        'Dine rettigheder',
        list([
          'Indsigt: en kopi af de oplysninger, vi har om dig (GDPR art. 15).',
          'Berigtigelse af oplysninger, der er forkerte (art. 16).',
          `Sletning (art. 17) – undtagen det, ${market.bookkeepingLaw} kræver, at vi gemmer.`,
          'Begrænsning af behandlingen (art. 18).',
          'Indsigelse mod behandling, der bygger på vores legitime interesse (art. 21).',
          'Dataportabilitet: dine oplysninger i en fil, du kan tage med andre steder hen (art. 20).',
        ]),
        paragraph(
          `Vil du bruge dine rettigheder, så skriv til ${trader.email} fra den e-mailadresse, du bestilte med. Vi svarer inden for en måned og sender dig dine oplysninger som en fil eller sletter dem, alt efter hvad du beder om. Vi noterer, at vi har svaret, men kun med ordrenumre.`,
        ),
      ),
      section(
        'complaint',
        'Klage',
        paragraph(`Du kan klage til tilsynsmyndigheden, ${market.authority}. Vi vil dog gerne have, at du kontakter os først, så vi kan rette op på det.`),
      ),
      section(
        'cookies',
        'Cookies',
        paragraph('Butikken sætter kun disse cookies:'),
        {
          kind: 'table',
          caption: 'Cookies, som butikken sætter',
          head: ['Navn', 'Formål', 'Levetid'],
          rows: facts.cookies.map((cookie) => [cookie.name, cookiePurposes[cookie.id], lifetime(cookie.maxAgeSeconds, 'da')]),
        },
        paragraph(
          'De er alle strengt nødvendige for den tjeneste, du beder om, så butikken beder ikke om samtykke og viser intet cookiebanner. Den sætter ingen andre cookies: ingen statistik, ingen annoncering.',
        ),
      ),
    ],
  };
}

export const da: LegalTexts = { terms, withdrawal, privacy };
