package dev.jnode.binding;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class V8BindingTest {
    private final V8Binding v8 = new V8Binding(null);

    @Test
    void heapStatisticsAreTheJvmHeap() {
        double[] s = v8.heapStatistics();
        assertEquals(8, s.length);
        double committed = s[0];
        double used = s[2];
        double limit = s[3];
        assertTrue(used > 0 && used <= committed, "used within committed");
        assertTrue(committed <= limit, "committed within the limit");
        assertEquals(Runtime.getRuntime().maxMemory(), limit, limit * 0.05, "limit is -Xmx");
        assertTrue(s[1] > 0, "the code cache has code");
        for (double v : s) assertTrue(v >= 0);
    }

    @Test
    void spacesSplitYoungOldAndCode() {
        double[] s = v8.heapSpaceStatistics();
        assertEquals(12, s.length);
        double youngAndOld = s[0] + s[4];
        double heap = v8.heapStatistics()[0];
        // the young and old spaces together are the committed heap (G1's humongous regions
        // and pools that appear between the two reads allow a little slack)
        assertEquals(heap, youngAndOld, heap * 0.25);
        assertTrue(s[8] > 0 && s[9] > 0 && s[9] <= s[8], "code space committed and used");
        assertTrue(v8.codeUsed() > 0);
        for (double v : s) assertTrue(v >= 0);
    }
}
