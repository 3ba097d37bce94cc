package org.steward.dataset.ui;

import com.vaadin.flow.component.UI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a service call on a worker thread as the signed-in user, and hands its result or error back to the UI.
 * The app has no server push, so the UI polls while the call runs.
 */
final class Background {

    private static final int POLL_MILLIS = 500;

    private Background() {
    }

    /**
     * Starts {@code work}; {@code done} or {@code failed} then runs in the UI. The returned future completes after
     * that hand-over has been queued.
     */
    static <T> CompletableFuture<Void> run(UI ui, Executor workers, Supplier<T> work, Consumer<T> done,
                                           Consumer<RuntimeException> failed) {
        // on the UI thread the holder gives the session's context; the worker gets it for the duration of the call
        var asUser = new DelegatingSecurityContextExecutor(workers, SecurityContextHolder.getContext());
        ui.setPollInterval(POLL_MILLIS);
        return CompletableFuture.supplyAsync(work, asUser).handle((result, error) -> {
            ui.access(() -> {
                ui.setPollInterval(-1);
                if (error == null) {
                    done.accept(result);
                } else {
                    failed.accept(unwrap(error));
                }
            });
            return null;
        });
    }

    /** Passes a UI update from a worker thread to the UI. */
    static void inUi(UI ui, Runnable update) {
        ui.access(update::run);
    }

    private static RuntimeException unwrap(Throwable error) {
        var cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }
}
