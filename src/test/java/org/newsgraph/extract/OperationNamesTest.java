package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperationNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ankara began Operation Peace Spring east of the river on a Wednesday.|Operation Peace Spring",
        "The army pushed on with its so-called “Peace Spring” Operation for a week.|Operation Peace Spring",
        "An incursion, codenamed Olive Branch, took the town within two months.|Operation Olive Branch",
        "Troops of the Spring Shield operation shelled the airfield.|Operation Spring Shield",
        "Turkey Starts Operation Peace Spring In Northern Syria|Operation Peace Spring",
        "Officers in the joint operations room said nothing.|",
        "The Joint Operations Command of the army issued a note.|",
        "The Turkish military operation in the north went on.|",
        "The operation in Idlib went on for days.|",
        "A so-called Russian operation was denied by the ministry.|",
    })
    void findsTheNameOfAnOperationAndNothingElse(String sentence, String expected) {
        assertEquals(Optional.ofNullable(expected), OperationNames.find(sentence));
    }
}
