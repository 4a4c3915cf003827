package org.babelbake.site;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a list of tasks on every core, each thread taking the next task in the list as soon as it
 * has finished one. A parallel stream cuts the list into four fixed parts up front on two cores,
 * so one thread could be left with a part of slow tasks while the other waited (at 2,100 articles
 * one core idled for about a quarter of a second at the end); here a thread waits for at most the
 * task the other is running. Put the longest tasks first.
 */
final class TaskQueue {
    private TaskQueue() {
    }

    /**
     * Runs every task once, in the calling thread and the common pool's threads, and returns when
     * all have finished. When a task fails, no further task starts; the first failure is thrown
     * as it was thrown, once the tasks already running have ended.
     */
    static void runAll(List<? extends Runnable> tasks) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable takeTurns = () -> {
            for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
                try {
                    tasks.get(i).run();
                } catch (RuntimeException | Error e) {
                    if (!failure.compareAndSet(null, e)) failure.get().addSuppressed(e);
                    next.set(tasks.size()); // the others stop after their current task
                }
            }
        };
        List<ForkJoinTask<?>> helpers = new ArrayList<>();
        int others = Math.min(ForkJoinPool.getCommonPoolParallelism(), tasks.size() - 1);
        for (int i = 0; i < others; i++) helpers.add(ForkJoinPool.commonPool().submit(takeTurns));
        takeTurns.run();
        helpers.forEach(ForkJoinTask::quietlyJoin);
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException e) throw e;
        if (failed instanceof Error e) throw e;
    }
}
