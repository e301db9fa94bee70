package org.rehabtrack.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestEvaluations;

@QuarkusTest
class KeptStatusesTest {

    @Inject KeptStatuses kept;

    private Map<String, CenterStatus> today(Optional<Set<Long>> only) {
        List<CenterStatus> statuses =
                QuarkusTransaction.requiringNew().call(() -> kept.today(only));
        return statuses.stream()
                .collect(Collectors.toMap(s -> s.center().code(), Function.identity()));
    }

    @Test
    void keepsACentersStatusUntilOneOfItsRecordsChanges() {
        String changed = TestCenters.create();
        String unchanged = TestCenters.create();
        Map<String, CenterStatus> first = today(Optional.empty());
        assertEquals(Rag.GREEN, first.get(changed).rag());
        assertSame(
                first.get(changed), today(Optional.empty()).get(changed), "kept, not worked out");

        TestEvaluations.finding(
                TestEvaluations.create(changed, "INITIAL", Map.of("personsDesignCapacity", 50)),
                "CRITICAL");
        Map<String, CenterStatus> after = today(Optional.empty());
        assertNotSame(first.get(changed), after.get(changed));
        assertEquals(Rag.RED, after.get(changed).rag());
        assertEquals(1, after.get(changed).openCritical());
        assertSame(first.get(unchanged), after.get(unchanged));
    }

    @Test
    void answersOnlyTheCentersAReaderSeesInCodeOrder() {
        String seen = TestCenters.create();
        String other = TestCenters.create();
        long id = today(Optional.empty()).get(seen).center().id();
        Map<String, CenterStatus> shown = today(Optional.of(Set.of(id)));
        assertEquals(Set.of(seen), shown.keySet());
        assertEquals(Map.of(), today(Optional.of(Set.of())));
        List<String> codes =
                QuarkusTransaction.requiringNew().call(() -> kept.today(Optional.empty())).stream()
                        .map(s -> s.center().code())
                        .toList();
        assertEquals(codes.stream().sorted().toList(), codes);
        assertEquals(true, codes.contains(other));
    }
}
