package org.steward.explain.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;

/**
 * The thread that recomputes explanations for the portal, off the UI thread. One at a time: a surrogate uses every
 * core while it grows, and a second one would only slow both down.
 */
@SpringComponent
class ExplanationWorkers implements Executor {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "explanation-worker");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void execute(Runnable task) {
        executor.execute(task);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
