package org.briefing.classification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.classification.entity.Classification;
import org.briefing.classification.entity.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifierTest {

  private static final Classifier CLASSIFIER = Classifier.fromClasspath();

  /** The event type's vocabulary word, as the tests write it. */
  private static String type(Event e) {
    return e.type().word();
  }

  private static Classification classify(String body) {
    return CLASSIFIER.classify("", body);
  }

  @Test
  void resolvesCapitalsToStates() {
    var c = classify("Beijing imposed export controls on gallium shipments to Tokyo on Friday.");
    assertThat(c.events())
        .extracting(Event::actor, Event::target, ClassifierTest::type)
        .containsExactly(tuple("CN", "JP", "impose-restriction"));
  }

  @Test
  void knowsStatesAndLeadersAcrossTheWorld() {
    var c =
        classify(
            "Turkmenistan offered Papua New Guinea access to its lithium. Jaishankar later met"
                + " Penny Wong in Ashgabat.");
    assertThat(c.actors()).contains("TM", "PG", "IN", "AU");
    assertThat(c.people()).contains("Subrahmanyam Jaishankar", "Penny Wong");
  }

  @Test
  void aLeaderAndHisCounterpartSignAsOnePair() {
    var c =
        classify(
            "Prime Minister Anthony Albanese and his Japanese counterpart Shigeru Ishiba signed a"
                + " memorandum on rare earths.");
    assertThat(c.events())
        .extracting(Event::actor, Event::target, ClassifierTest::type)
        .containsExactly(tuple("AU", "JP", "sign-agreement"));
  }

  @Test
  void aPlaceOpeningTheSentenceIsNoPartOfTheSubjects() {
    var c =
        classify("In Washington, Uzbekistan and the USA signed a memorandum on critical minerals.");
    assertThat(c.events())
        .extracting(Event::actor, Event::target, ClassifierTest::type)
        .containsExactly(tuple("US", "UZ", "sign-agreement"));
  }

  @Test
  void talksAboutARestrictionImposeNone() {
    var c =
        classify(
            "Ursula von der Leyen met Xi Jinping and agreed to an upgraded dialogue on export"
                + " controls of rare earths.");
    assertThat(c.events()).extracting(ClassifierTest::type).doesNotContain("impose-restriction");
  }

  @Test
  void resolvesAdjectivesToStates() {
    var c = classify("Chinese curbs on Japan hit rare earth supplies.");
    assertThat(c.events())
        .extracting(Event::actor, Event::target, ClassifierTest::type)
        .containsExactly(tuple("CN", "JP", "impose-restriction"));
  }

  @Test
  void resolvesBodiesAndOfficesToStates() {
    var c =
        classify(
            "The Kremlin offered Washington access to rare earths. The Commerce Secretary welcomed"
                + " the offer from Moscow.");
    assertThat(c.actors()).containsExactly("RU", "US");
    assertThat(c.events())
        .extracting(Event::actor, Event::target, ClassifierTest::type)
        .contains(tuple("RU", "US", "offer-cooperation"));
  }

  @Test
  void resolvesPeopleToTheirStateAndAliasesToOnePerson() {
    var c =
        classify(
            "President Volodymyr Zelenskiy said Ukraine was ready to sign the minerals deal with"
                + " the United States. Zelensky met Trump on Friday. Mr Zelenskyy later left.");
    assertThat(c.people()).containsExactly("Volodymyr Zelensky", "Donald Trump");
    assertThat(c.events())
        .extracting(Event::actor, Event::target, ClassifierTest::type)
        .contains(tuple("UA", "US", "offer-cooperation"), tuple("UA", "US", "negotiate"));
  }

  @Test
  void findsUnlistedPeopleByTheirTitleAndLaterBySurname() {
    var c =
        classify(
            "Congo's Mines Minister Kizito Pakabomba said Kinshasa had offered the United States"
                + " access to cobalt. Pakabomba spoke in Washington.");
    assertThat(c.people()).containsExactly("Kizito Pakabomba");
  }

  @Test
  void findsUnlistedPeopleNamedBeforeTheirTitle() {
    var c =
        classify(
            "\"Talks are going well,\" said Olena Kovalenko, Ukraine's deputy economy minister, on"
                + " Monday. \"The market is tight,\" said Ewa Manthey, a strategist at ING.");
    assertThat(c.people()).containsExactly("Olena Kovalenko", "Ewa Manthey");
  }

  @Test
  void aPortfolioOrAnEventAfterATitleIsNoPerson() {
    var c =
        classify(
            "The Vice-President for Interinstitutional Relations met Jared Kushner during the UN"
                + " General Assembly High-Level Week.");
    assertThat(c.people()).containsExactly("Jared Kushner");
  }

  @Test
  void aNameWithAMiddleInitialBeforeItsTitleIsWhole() {
    var c =
        classify(
            "\"Peru is an invaluable partner,\" José W. Fernández, Under Secretary for Economic"
                + " Growth at the State Department, told local media.");
    assertThat(c.people()).containsExactly("José W. Fernández");
  }

  @Test
  void reportedSpeechTakesTheActorOfTheReportedClause() {
    var c = classify("Putin said Russia was ready to offer American companies access to lithium.");
    assertThat(c.events())
        .extracting(Event::actor, Event::target, ClassifierTest::type)
        .containsExactly(tuple("RU", "US", "offer-cooperation"));
  }

  @Test
  void passiveVoiceTakesTheAgentAfterBy() {
    var c =
        classify("New restrictions on graphite exports to South Korea were imposed by Beijing.");
    assertThat(c.events())
        .extracting(Event::actor, Event::target, ClassifierTest::type)
        .containsExactly(tuple("CN", "KR", "impose-restriction"));
  }

  @Test
  void negatedActsAreNoEvents() {
    var c =
        classify("Ukraine and the United States did not sign the minerals agreement on Friday.");
    assertThat(c.events()).isEmpty();
  }

  @Test
  void rejectionIsAnEventOfItsOwn() {
    var c =
        classify("Greenland rejected an offer from the United States to finance a lithium mine.");
    assertThat(c.events())
        .extracting(Event::actor, Event::target, ClassifierTest::type)
        .contains(tuple("GL", "US", "reject"), tuple("US", "GL", "offer-cooperation"));
  }

  @Test
  void pastPerfectIsBackground() {
    var c = classify("Putin had previously accused the US of trying to seize Russia's minerals.");
    assertThat(c.events()).singleElement().satisfies(e -> assertThat(e.background()).isTrue());
  }

  @Test
  void aListOfSimilarDealsIsEarlierSignatures() {
    var c =
        classify(
            "Washington has already signed similar deals on nickel and cobalt with other countries"
                + " in the region, such as Peru and Chile. Uzbekistan was among ten countries, such"
                + " as the UAE, with which the United States has concluded similar agreements.");
    assertThat(c.events())
        .extracting(Event::actor, Event::target, ClassifierTest::type, Event::background)
        .containsExactlyInAnyOrder(
            tuple("PE", "US", "sign-agreement", true),
            tuple("CL", "US", "sign-agreement", true),
            tuple("AE", "US", "sign-agreement", true));
  }

  @Test
  void theCooperationADealIsSignedForIsNoOfferOfItsOwn() {
    var c =
        classify(
            "The UK would deepen its collaboration with Saudi Arabia on lithium. Peru and Chile"
                + " signed a memorandum to strengthen cooperation on copper.");
    assertThat(c.events())
        .extracting(Event::actor, Event::target, ClassifierTest::type)
        .containsExactlyInAnyOrder(
            tuple("GB", "SA", "offer-cooperation"), tuple("CL", "PE", "sign-agreement"));
  }

  @Test
  void talksBetweenTwoPartiesNamedWithTheirAbbreviations() {
    var c =
        classify(
            "Negotiations are ongoing between the Democratic Republic of Congo (DRC) and the United"
                + " Arab Emirates (UAE) regarding a cobalt mining agreement.");
    assertThat(c.events())
        .extracting(Event::actor, Event::target, ClassifierTest::type)
        .containsExactly(tuple("AE", "CD", "negotiate"));
  }

  @Test
  void aBanThatIsLiftedIsNoNewBan() {
    var c =
        classify("Beijing said it would suspend the export ban on gallium to the United States.");
    assertThat(c.events())
        .extracting(Event::actor, Event::target, ClassifierTest::type)
        .containsExactly(tuple("CN", "US", "ease-restriction"));
  }

  @Test
  void aDealSignedBetweenTwoPartiesAndWhatTheTwoSidesDoNext() {
    var c =
        classify(
            "A memorandum on lithium was signed between Kazakhstan and the European Union. The"
                + " two sides also agreed to expand cooperation on rare earths.");
    assertThat(c.events())
        .extracting(Event::actor, Event::target, ClassifierTest::type, Event::direct)
        .containsExactly(
            tuple("EU", "KZ", "sign-agreement", true), tuple("EU", "KZ", "negotiate", false));
  }

  @Test
  void aNameRightAfterATitlesPortfolioIsAPerson() {
    var c =
        classify(
            "The memorandum was signed by Deputy Minister for Industry Olzhas Saparbekov and Trade"
                + " Minister Chris Bryant. Minister of Natural Resources and Environment Alexander"
                + " Kozlov said Russia's Minister of Energy and Mines would attend.");
    assertThat(c.people()).containsExactly("Olzhas Saparbekov", "Chris Bryant", "Alexander Kozlov");
  }

  @Test
  void twoSidedActsAreOrderedAlphabetically() {
    var a = classify("Washington and Kyiv signed a rare earths agreement on Wednesday.");
    var b = classify("Kyiv and Washington signed a rare earths agreement on Wednesday.");
    assertThat(a.events())
        .extracting(Event::actor, Event::target, ClassifierTest::type)
        .containsExactly(tuple("UA", "US", "sign-agreement"));
    assertThat(b.events())
        .extracting(Event::actor, Event::target)
        .containsExactly(tuple("UA", "US"));
  }

  @Test
  void aDealStillToBeSignedIsANegotiation() {
    var c =
        classify("Britain and Saudi Arabia will sign a critical minerals partnership next month.");
    assertThat(c.events())
        .extracting(Event::actor, Event::target, ClassifierTest::type)
        .containsExactly(tuple("GB", "SA", "negotiate"));
  }

  @Test
  void aRestrictionNamedByANounIsAimedAtTheSentencesOtherParty() {
    var c =
        classify(
            "The U.S. government is making efforts to respond to Chinese export curbs on rare"
                + " earths.");
    assertThat(c.events())
        .extracting(Event::actor, Event::target, ClassifierTest::type, Event::direct)
        .containsExactly(tuple("CN", "US", "impose-restriction", false));
  }

  @Test
  void aRestrictionProposedOrRenouncedIsNoAct() {
    var proposed = classify("Japan raised concerns over a Philippine bill proposing a nickel ban.");
    var renounced =
        classify("Malaysia committed to refrain from banning rare earth exports to the US.");
    assertThat(proposed.events())
        .extracting(Event::actor, Event::target, ClassifierTest::type)
        .containsExactly(tuple("JP", "PH", "accuse"));
    assertThat(renounced.events())
        .extracting(ClassifierTest::type)
        .doesNotContain("impose-restriction");
  }

  @Test
  void theSupplierADealReducesRelianceOnIsNoParty() {
    var c =
        classify(
            "The United States and Japan have signed a framework on critical minerals to lessen"
                + " dependence on China.");
    assertThat(c.events())
        .extracting(ClassifierTest::type, Event::actor, Event::target)
        .containsExactly(tuple("sign-agreement", "JP", "US"));
  }

  @Test
  void theDominanceADealCountersIsNoParty() {
    var c =
        classify(
            "Qatar Invests in US-Backed Fund to Loosen China Dominance of Critical Minerals. Qatar"
                + " will invest in the United States to counter China's influence, officials said.");
    assertThat(c.actors()).contains("QA", "US").doesNotContain("CN");
  }

  @Test
  void aLeaderHostedOrAVisitIsTalksBetweenTheTwoStates() {
    var hosted =
        classify("President Donald Trump hosted Saudi Crown Prince Mohammed bin Salman this week.");
    var visit = classify("The Mongolian Prime Minister's visit to Germany brought a lithium pact.");
    assertThat(hosted.events())
        .extracting(Event::actor, Event::target, ClassifierTest::type)
        .contains(tuple("SA", "US", "negotiate"));
    assertThat(visit.events())
        .extracting(Event::actor, Event::target, ClassifierTest::type)
        .contains(tuple("DE", "MN", "negotiate"));
  }

  @Test
  void anActWordInsideANameIsNoAct() {
    var c =
        classify(
            "The United States and Ukraine signed a minerals deal. The U.S. International"
                + " Development Finance Corporation will work alongside Ukraine's agency to settle"
                + " the fund's governance.");
    assertThat(c.events())
        .extracting(Event::actor, Event::target, ClassifierTest::type)
        .containsExactly(tuple("UA", "US", "sign-agreement"));
  }

  @Test
  void marketDemandIsNoDiplomaticDemand() {
    var c =
        classify(
            "The US remains dependent on China and demand for critical minerals will be enormous.");
    assertThat(c.events()).isEmpty();
  }

  @Test
  void aHeadlinesTwoPartiesJoinedByAComma() {
    var c = CLASSIFIER.classify("India, Australia Ink Critical Minerals Partnership", "");
    assertThat(c.events())
        .extracting(Event::actor, Event::target, ClassifierTest::type)
        .containsExactly(tuple("AU", "IN", "sign-agreement"));
  }

  @Test
  void minerals_without_diplomacy_is_not_relevant() {
    var c =
        CLASSIFIER.classify(
            "Lithium miner swings to loss",
            "Lithium prices fell again in the fourth quarter, the company said on Wednesday.");
    assertThat(c.relevant()).isFalse();
    assertThat(c.topics()).containsExactly("lithium", "prices");
    assertThat(c.reasons()).isNotEmpty();
  }

  @Test
  void diplomacyWithoutMineralsIsNotRelevant() {
    var c =
        CLASSIFIER.classify(
            "Russia, Ukraine hold peace talks",
            "Russian and Ukrainian delegations held talks in Istanbul. Kyiv accused Moscow of"
                + " making unacceptable demands.");
    assertThat(c.relevant()).isFalse();
    assertThat(c.topics()).isEmpty();
    assertThat(c.actors()).contains("RU", "UA");
  }

  @Test
  void sanctionsOverAWarAreNoMineralsTopic() {
    var c = classify("The EU imposed new sanctions on Russia over the war in Ukraine.");
    assertThat(c.topics()).doesNotContain("sanctions");
  }

  @Test
  void exploringDepositsIsMiningConcessionsAndExportPermitsAreExportControls() {
    var explore = classify("Russia and Mali agreed to jointly explore lithium deposits in Mali.");
    var permits = classify("China delayed export permits for gallium shipments to Japan.");
    assertThat(explore.topics()).contains("lithium", "mining-concessions");
    assertThat(permits.topics()).contains("export-controls").doesNotContain("mining-concessions");
  }

  @Test
  void moneyToFundAProjectIsNoInvestmentFund() {
    var verb =
        classify("The United States agreed with Angola to fund a railway for copper exports.");
    var fund = classify("The United States and Ukraine set up a joint fund for lithium projects.");
    assertThat(verb.topics()).contains("copper").doesNotContain("investment-fund");
    assertThat(fund.topics()).contains("lithium", "investment-fund");
  }

  @Test
  void genericTermsAreTaggedBesideSpecificMinerals() {
    var c =
        classify("Japan and India agreed to cooperate on rare earths and other critical minerals.");
    assertThat(c.topics()).contains("rare-earths", "critical-minerals-general", "minerals-deal");
  }

  @Test
  void extraGazetteerFilesAddEntriesWithoutRecompiling(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("actors.tsv"), "XA\tstate\tAtlantis\tPoseidonia\tAtlantean\n");
    var classifier = Classifier.load(dir);
    var c = classifier.classify("", "Atlantis signed a lithium agreement with Japan on Monday.");
    assertThat(c.actors()).containsExactlyInAnyOrder("XA", "JP");
    assertThat(classifier.gazetteerSize()).isGreaterThan(CLASSIFIER.gazetteerSize());
  }
}
