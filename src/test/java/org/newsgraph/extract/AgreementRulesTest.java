package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AgreementMention;

/** Resolution of agreement wordings to catalogue entries, on texts written for the test. */
class AgreementRulesTest {
    private static List<String> keys(String text, LocalDate published) {
        return Texts.extract(text, published).agreements().stream().map(AgreementMention::agreement)
                .map(a -> a.key()).toList();
    }

    @Test
    void theSochiAccordOfAnOctober2019ArticleIsTheOneJustSignedThere() {
        List<String> found = keys("Under the memorandum agreed by Putin and Erdogan in Sochi on Tuesday, the YPG has"
                + " 150 hours to withdraw. The Sochi accord builds on earlier arrangements.", LocalDate.of(2019, 10, 23));

        assertEquals(List.of("sochi-2019-10", "sochi-2019-10"), found);
    }

    @Test
    void nothingIsReferredToBeforeItWasConcluded() {
        List<String> found = keys("Turkey says Russia has not fulfilled the Sochi agreement on the Idlib"
                + " demilitarized zone.", LocalDate.of(2019, 5, 10));

        assertEquals(List.of("sochi-2018"), found, "the October 2019 memorandum did not exist yet");
    }

    @Test
    void anIdlibContextPicksTheIdlibMemorandumAfterBothExist() {
        List<String> found = keys("Russia accused Turkey of failing to separate moderate rebels from terrorists in Idlib"
                + " under the Sochi agreement.", LocalDate.of(2020, 2, 11));

        assertTrue(found.contains("sochi-2018"), found.toString());
    }
}
