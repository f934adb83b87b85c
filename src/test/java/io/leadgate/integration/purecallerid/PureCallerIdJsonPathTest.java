package io.leadgate.integration.purecallerid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PureCallerIdJsonPathTest {

    private static final JsonNode ANSWER = JsonMapper.shared().readTree("""
            {"status": "Rejected", "result": {"dnc": {"national": true}, "cases": [{"court": "N.D. Ill."}, {"court": "S.D. Fla."}],
             "line type": "wireless", "a/b": "slash", "empty": null}}""");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "$.status | Rejected",
        "$.result.dnc.national | true",
        "$.result.cases[1].court | S.D. Fla.",
        "$['result']['line type'] | wireless",
        "$.result[\"line type\"] | wireless",
        "$.result['a/b'] | slash",
        "/result/dnc/national | true",
        "/result/cases/0/court | N.D. Ill.",
        "/result/a~1b | slash",
        "'  $.status  ' | Rejected"
    })
    void readsAValueWrittenAsAJsonPathOrAJsonPointer(String path, String value) {
        assertThat(PureCallerIdJsonPath.parse(path).read(ANSWER)).hasValueSatisfying(node ->
                assertThat(node.asString()).isEqualTo(value));
    }

    @Test
    void findsNothingWhereTheAnswerHasNothingOrNull() {
        assertThat(PureCallerIdJsonPath.parse("$.result.litigator.hits").read(ANSWER)).isEmpty();
        assertThat(PureCallerIdJsonPath.parse("$.result.empty").read(ANSWER)).isEmpty();
        assertThat(PureCallerIdJsonPath.parse("$.result.cases[5]").read(ANSWER)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "status | neither a JSON path",
        "$ | names the whole answer",
        "$. | empty or wildcard name",
        "$.result.* | empty or wildcard name",
        "$.cases[*] | only an array index",
        "$.cases[?(@.court)] | only an array index",
        "$..court | empty or wildcard name",
        "$.cases[0 | never closes it",
        "$x | where . or [ was expected"
    })
    void refusesWhatItCannotReadNamingTheProblem(String path, String problem) {
        assertThatThrownBy(() -> PureCallerIdJsonPath.parse(path)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(problem);
    }

    @Test
    void refusesAnEmptyPath() {
        assertThatThrownBy(() -> PureCallerIdJsonPath.parse(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
