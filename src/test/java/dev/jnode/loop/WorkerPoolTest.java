package dev.jnode.loop;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WorkerPoolTest {
    @Test
    void sizeFollowsLibuvRules() {
        assertEquals(4, WorkerPool.sizeFromEnv(null));
        assertEquals(4, WorkerPool.sizeFromEnv(""));
        assertEquals(4, WorkerPool.sizeFromEnv("abc"));
        assertEquals(1, WorkerPool.sizeFromEnv("0"));
        assertEquals(8, WorkerPool.sizeFromEnv("8"));
        assertEquals(1024, WorkerPool.sizeFromEnv("5000"));
    }
}
