package org.babelbake.site;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskQueueTest {
    private static final Duration HANG = Duration.ofSeconds(60);

    @Test
    void everyTaskRunsExactlyOnce() {
        AtomicIntegerArray runs = new AtomicIntegerArray(2_000);
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < runs.length(); i++) {
            int task = i;
            tasks.add(() -> runs.incrementAndGet(task));
        }

        TaskQueue.runAll(tasks);

        for (int i = 0; i < runs.length(); i++) assertEquals(1, runs.get(i), "task " + i);
    }

    @Test
    void whileOneThreadIsHeldByASlowTaskAnotherRunsEveryOtherTask() {
        // A fixed split (a parallel stream's quarters) would leave tasks 1 to 24 behind task 0, which
        // waits for them: the queue must hand them to the other thread instead.
        CountDownLatch othersDone = new CountDownLatch(99);
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(() -> await(othersDone));
        for (int i = 1; i < 100; i++) tasks.add(othersDone::countDown);

        assertTimeoutPreemptively(HANG, () -> TaskQueue.runAll(tasks));

        assertEquals(0, othersDone.getCount());
    }

    @Test
    void theFirstFailureIsThrownAsItWasAndStopsTheTasksNotYetStarted() {
        IllegalStateException broken = new IllegalStateException("content/en/imnm/index.md: broken");
        AtomicInteger ran = new AtomicInteger();
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(() -> {
            throw broken;
        });
        for (int i = 1; i < 1_000; i++) tasks.add(() -> {
            ran.incrementAndGet();
            sleep(1);
        });

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> TaskQueue.runAll(tasks));

        assertSame(broken, thrown);
        assertTrue(ran.get() < 100, ran.get() + " tasks ran after the failure");
    }

    @Test
    void aTaskMayRunAQueueOfItsOwn() {
        AtomicInteger inner = new AtomicInteger();
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tasks.add(() -> TaskQueue.runAll(List.of(inner::incrementAndGet, inner::incrementAndGet, inner::incrementAndGet)));
        }

        assertTimeoutPreemptively(HANG, () -> TaskQueue.runAll(tasks));

        assertEquals(24, inner.get());
    }

    @Test
    void anEmptyListOrASingleTaskNeedsNoOtherThread() {
        TaskQueue.runAll(List.of());
        Thread[] ranOn = new Thread[1];
        TaskQueue.runAll(List.of(() -> ranOn[0] = Thread.currentThread()));
        assertSame(Thread.currentThread(), ranOn[0]);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) throw new AssertionError("the other tasks never ran");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
