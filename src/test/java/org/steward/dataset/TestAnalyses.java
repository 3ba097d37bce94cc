package org.steward.dataset;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.steward.identity.CurrentUser;

/**
 * Two analyses for the dataset tests: one records every call, one throws for a file a test arms it for. Both are
 * real {@link SampleAnalysis} beans, found by the service as any other.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestAnalyses {

    public static final String RECORDING = "Recording analysis";
    public static final String FAILING = "Failing analysis";

    @Bean
    Recording recordingAnalysis(CurrentUser currentUser) {
        return new Recording(currentUser);
    }

    @Bean
    Failing failingAnalysis() {
        return new Failing();
    }

    /** One call of the recording analysis: what it was given and in which circumstances. */
    public record Call(DatasetView dataset, ScoredSample sample, String user, boolean inTransaction) {
    }

    /** Records what it is given, who runs it and whether a transaction is open. */
    public static final class Recording implements SampleAnalysis {

        private final CurrentUser currentUser;
        private final List<Call> calls = new CopyOnWriteArrayList<>();

        Recording(CurrentUser currentUser) {
            this.currentUser = currentUser;
        }

        @Override
        public String name() {
            return RECORDING;
        }

        @Override
        public int order() {
            return 10;
        }

        @Override
        public void analyse(DatasetView dataset, ScoredSample sample, Progress progress) {
            progress.step("half way", 0.5);
            calls.add(new Call(dataset, sample, currentUser.username(),
                    TransactionSynchronizationManager.isActualTransactionActive()));
        }

        public List<Call> callsFor(long datasetId) {
            return calls.stream().filter(c -> c.dataset().id() == datasetId).toList();
        }

        public boolean calledFor(String fileName) {
            return calls.stream().anyMatch(c -> c.dataset().fileName().equals(fileName));
        }
    }

    /** Throws for the one file name it is armed for, and only then. */
    public static final class Failing implements SampleAnalysis {

        private volatile @Nullable String armedFor;

        @Override
        public String name() {
            return FAILING;
        }

        @Override
        public int order() {
            return 20;
        }

        public void armFor(@Nullable String fileName) {
            armedFor = fileName;
        }

        @Override
        public void analyse(DatasetView dataset, ScoredSample sample, Progress progress) {
            if (dataset.fileName().equals(armedFor)) {
                throw new IllegalStateException("the analysis broke on " + dataset.fileName());
            }
        }
    }
}
