package dev.chancery.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chancery.Fixtures;
import dev.chancery.load.ActorIndex;
import dev.chancery.load.World;
import org.junit.jupiter.api.Test;

class ActorMentionsTest {
    private static final World WORLD = Fixtures.bundled();
    private final ActorMentions mentions = new ActorMentions(new ActorIndex(WORLD.actors()), WORLD.actors());

    private String ids(String text) {
        return String.join(" ", mentions.find(text).stream().map(m -> m.actor().id()).toList());
    }

    @Test
    void resolvesNamesAliasesAndCapitalsOfTheFacts() {
        assertThat(ids("North Korea, the North, Pyongyang, DPRK and the Democratic People's Republic of Korea"))
                .isEqualTo("PRK PRK PRK PRK PRK");
        assertThat(ids("The North's foreign minister wrote to Moscow and Damascus")).isEqualTo("PRK RUS SYR");
        assertThat(ids("the Donetsk People's Republic, the People's Republic of Donetsk, the Lugansk People's Republic"))
                .isEqualTo("DPR DPR LPR");
        assertThat(ids("the DPR and the LPR, Donetsk and Luhansk")).isEqualTo("DPR LPR DPR LPR");
        assertThat(ids("the People’s Republic of Donetsk")).isEqualTo("DPR");
    }

    @Test
    void aNewspapersNameIsNoActor() {
        assertThat(ids("The Taipei Times and China Daily reported that Chad recognized Kosovo")).isEqualTo("TCD XKX");
        assertThat(ids("The Islamic Republic and the Jordan Times")).isEqualTo("IRN");
    }

    @Test
    void demonymsBeforeAnOfficeOrAStateNameTheirActor() {
        assertThat(mentions.find("Chinese Foreign Minister Wang Yi and Kiribati's President met"))
                .extracting(m -> m.actor().id() + "=" + m.text())
                .containsExactly("CHN=Chinese Foreign Minister Wang Yi", "KIR=Kiribati");
        assertThat(ids("the Russian President, the Georgian Foreign Ministry, the Kremlin")).isEqualTo("RUS GEO RUS");
        assertThat(ids("a Palestinian state; Abkhazian and South Ossetian independence; the Russian recognition of"))
                .isEqualTo("PSE ABK SOS RUS");
        assertThat(ids("in recognising Sahrawi State")).isEqualTo("ESH");
        assertThat(ids("The Nicaraguan administration decided")).isEqualTo("NIC");
        assertThat(ids("Pakistan accorded recognition to East Berlin")).isEqualTo("PAK GDR");
        assertThat(ids("its split with the R.O.C.; the Sahrawi Democratic Republic")).isEqualTo("TWN ESH");
        assertThat(ids("Russian-backed rebels, the Georgian region, Russian news agencies")).isEmpty();
        assertThat(ids("Yugoslavia, South Yemen and East Germany")).isEqualTo("YUG YMD GDR");
        // short forms news text uses
        assertThat(ids("Nationalist China, Formosa, the Solomons, Saudi, St Kitts, St. Vincent, Trinidad and Tel Aviv"))
                .isEqualTo("TWN TWN SLB SAU KNA VCT TTO ISR");
        assertThat(ids("his Dominican counterpart Miguel Vargas; her Costa Rican counterpart")).isEqualTo("DOM CRI");
        // every UN member that has an adjective of its own: "the Macedonian government", "the Burmese junta"
        assertThat(ids("the Macedonian government; the Macedonian Foreign Ministry; the Burmese government"))
                .isEqualTo("MKD MKD MMR");
        assertThat(ids("the East Timorese President; the Sammarinese government; the Vincentian Prime Minister"))
                .isEqualTo("TLS SMR VCT");
        assertThat(ids("the Macedonian region, Macedonian wine")).isEmpty();
    }

    @Test
    void capitalsInANameNeedCapitalsInTheText() {
        assertThat(ids("in the north of the country, us and them")).isEmpty();
        assertThat(ids("the US and the U.S.")).isEqualTo("USA USA");
    }

    @Test
    void accentsAndParentheticalAliasesMatch() {
        assertThat(ids("São Tomé and Príncipe; Chișinău; Asunción")).isEqualTo("STP MDA PRY");
        assertThat(mentions.find("the Republic of China (Taiwan) and the SADR")).extracting(m -> m.actor().id() + "=" + m.text())
                .containsExactly("TWN=Republic of China (Taiwan)", "ESH=SADR");
    }

    @Test
    void longestNameWinsAndWordsStayWhole() {
        assertThat(ids("the Republic of Korea and South Korea")).isEqualTo("KOR KOR");
        assertThat(ids("the Korean Central News Agency; Nigeria; Niger")).isEqualTo("NGA NER");
        assertThat(ids("the Donetsk and Luhansk People's Republics")).isEqualTo("DPR LPR");
    }

    @Test
    void aLongFormBeforeAStatesNameIsPartOfTheMention() {
        assertThat(mentions.find("the Republic of Guyana, the Kingdom of Jordan and the Federal Democratic Republic of Ethiopia"))
                .extracting(m -> m.actor().id() + "=" + m.text())
                .containsExactly("GUY=Republic of Guyana", "JOR=Kingdom of Jordan", "ETH=Federal Democratic Republic of Ethiopia");
        assertThat(mentions.find("the government of Guyana, the authorities in Dakar, a statement from the government of Nauru"))
                .extracting(m -> m.actor().id() + "=" + m.text())
                .containsExactly("GUY=government of Guyana", "SEN=authorities in Dakar", "NRU=Nauru");
        // a long name of the facts stays the name it is
        assertThat(ids("the Republic of China, the Federal Republic of Germany, the Democratic Republic of the Congo"))
                .isEqualTo("TWN DEU COD");
        // not a long form: a lower-case word, or a word that goes on before it
        assertThat(mentions.find("the state of Chad and the Minister of State of Niger")).extracting(m -> m.text())
                .containsExactly("Chad", "Niger");
    }

    @Test
    void aNameOfSeveralWordsIsReadAsOneWordOneCharacterForOne() {
        String sentence = "Trinidad and Tobago and Côte d'Ivoire recognised Kosovo.";
        assertThat(ActorMentions.namesAsOneWord(sentence, mentions.find(sentence)))
                .isEqualTo("Trinidad-and-Tobago and Côte-d-Ivoire recognised Kosovo.");
    }
}
