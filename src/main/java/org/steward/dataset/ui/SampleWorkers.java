package org.steward.dataset.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that inspect, validate, store and analyse uploaded samples for the portal, off the UI thread. Two at
 * a time: a large sample takes memory while it is read, so further uploads wait their turn.
 */
@SpringComponent
class SampleWorkers implements java.util.concurrent.Executor {

    private static final int THREADS = 2;

    private final ExecutorService executor;

    SampleWorkers() {
        var count = new AtomicInteger();
        ThreadFactory threads = task -> {
            var thread = new Thread(task, "sample-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.executor = Executors.newFixedThreadPool(THREADS, threads);
    }

    @Override
    public void execute(Runnable task) {
        executor.execute(task);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
